import { monthKey, type MonthKey } from "../domain/period/month";
import { UsageError } from "./exit-codes";

/** What the command line asks for. */
export interface CommandArgs {
  /** The workbook to refresh; null for the shipped sample. */
  readonly input: string | null;
  /** Where to write the refreshed copy; null for scorecard.xlsx in the current folder. */
  readonly out: string | null;
  /** `--month`, in place of the settings sheet's reporting month. */
  readonly month: MonthKey | null;
  /** `--sheet`, in place of the settings sheet's data sheet. */
  readonly sheet: string | null;
  /** `--authority`, in place of the settings sheet's Benchmark authority: a name or a code. */
  readonly authority: string | null;
  /** `--json`: only JSON on stdout. */
  readonly json: boolean;
  readonly help: boolean;
}

/** How to call the command, printed by --help and after a usage error. */
export const USAGE =
  "usage: csc-scorecard [input.xlsx] [--out output.xlsx] [--month YYYY-MM] [--sheet NAME] [--authority NAME-OR-CODE] [--json]";

const VALUED = new Set(["--out", "--month", "--sheet", "--authority"]);

/**
 * Reads the command's arguments (after `node script`). Options take their value as the next
 * argument or after `=`; `--` ends the options. Throws a `UsageError` naming what is wrong.
 * @example parseArgs(["data.xlsx", "--month", "2015-05", "--json"]) // { input: "data.xlsx", month: May 2015, json: true, … }
 */
export function parseArgs(argv: readonly string[]): CommandArgs {
  const values = new Map<string, string>();
  const positional: string[] = [];
  let json = false;
  let help = false;
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (optionsEnded || !arg.startsWith("-") || arg === "-") {
      positional.push(arg);
      continue;
    }
    if (arg === "--") {
      optionsEnded = true;
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (name === "--json" || name === "--help" || name === "-h") {
      if (eq > 0) throw new UsageError(`${name} takes no value.`);
      if (name === "--json") json = true;
      else help = true;
      continue;
    }
    if (!VALUED.has(name)) throw new UsageError(`unknown option ${name}.`);
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === "") throw new UsageError(`${name} needs a value.`);
    if (values.has(name)) throw new UsageError(`${name} is given twice.`);
    values.set(name, value);
  }
  if (positional.length > 1) {
    throw new UsageError(`one input workbook at a time, not ${positional.length}.`);
  }
  const month = values.get("--month");
  return {
    input: positional[0] ?? null,
    out: values.get("--out") ?? null,
    month: month === undefined ? null : readMonth(month),
    sheet: values.get("--sheet") ?? null,
    authority: values.get("--authority") ?? null,
    json,
    help,
  };
}

/** `--month 2015-05`: a calendar month, written as a scheduler would compute it. */
function readMonth(text: string): MonthKey {
  const match = /^(\d{4})-(\d{2})$/.exec(text);
  const month = Number(match?.[2]);
  if (match === null || month < 1 || month > 12) {
    throw new UsageError(`--month wants a month as YYYY-MM (such as 2015-05), not "${text}".`);
  }
  return monthKey(Number(match[1]), month);
}
