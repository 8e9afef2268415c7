import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { RefreshHost } from "../refresh/refresh-host";
import { formatMonthIso } from "../domain/period/month";
import type { SettingSource } from "../refresh/reporting-month";
import { runRefresh, type RefreshOverrides } from "../refresh/run-refresh";
import { parseArgs, USAGE, type CommandArgs } from "./args";
import { paintFor } from "./colour";
import { EXIT, UsageError, type ExitCode } from "./exit-codes";
import { jsonReport } from "./json-report";
import { progressListener } from "./progress";
import { DEFAULT_OUTPUT } from "./sample/sample-file";
import { sameFile } from "./same-file";
import { terminalReport } from "./terminal-report";
import { writeAtomically } from "./write-atomically";

/** A host over an .xlsx file's bytes that gives the refreshed workbook back as bytes. */
export interface WorkbookHost extends RefreshHost {
  toBuffer(): Promise<Uint8Array>;
}

/** What the command touches of the world, so tests and the entry point give their own. */
export interface CommandContext {
  readonly argv: readonly string[];
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly now: () => Date;
  /** Opens an .xlsx file's bytes; rejects with a sentence when they are not an .xlsx workbook. */
  readonly openHost: (input: Uint8Array) => Promise<WorkbookHost>;
  /** The workbook refreshed when no input is named. */
  readonly sampleWorkbook: string;
}

/**
 * The scorecard command: refreshes a copy of an .xlsx workbook through the same `runRefresh` as
 * the task pane and writes it whole, never touching the input; prints the report (or `--json`) on
 * stdout and progress on stderr. Resolves to the exit status; a usage error is one line on stderr.
 * @example process.exitCode = await runCommand({ argv: process.argv.slice(2), … })
 */
export async function runCommand(context: CommandContext): Promise<ExitCode> {
  try {
    return await refreshCommand(context);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    context.stderr.write(`csc-scorecard: ${error.message}\n`);
    return EXIT.usage;
  }
}

async function refreshCommand(context: CommandContext): Promise<ExitCode> {
  const args = parseArgs(context.argv);
  if (args.help) {
    context.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  const input =
    args.input === null ? context.sampleWorkbook : path.resolve(context.cwd, args.input);
  const shownOut = args.out ?? DEFAULT_OUTPUT;
  const out = path.resolve(context.cwd, shownOut);
  if (path.extname(out).toLowerCase() !== ".xlsx") {
    throw new UsageError(`the output must be an .xlsx file, not "${shownOut}".`);
  }
  const bytes = await readInput(input, args.input ?? input);
  if (await sameFile(input, out)) {
    throw new UsageError(
      `--out names the input workbook; the input is never overwritten, so name another file.`
    );
  }
  const host = await openWorkbook(context, bytes, args.input ?? input);
  const onStep = progressListener({
    isTty: context.stderr.isTTY,
    inputBytes: bytes.byteLength,
    write: (line) => context.stderr.write(line),
  });
  const outcome = await runRefresh(host, context.now(), onStep, overridesOf(args));
  if (outcome.ok) await writeOutput(out, shownOut, await host.toBuffer());
  if (args.json) context.stdout.write(`${JSON.stringify(jsonReport(outcome), null, 2)}\n`);
  else {
    const paint = paintFor(context.stdout.isTTY, context.env);
    context.stdout.write(terminalReport(outcome, outcome.ok ? shownOut : null, paint));
  }
  return outcome.ok ? EXIT.ok : EXIT.workbookProblems;
}

/** `--month` and `--sheet`, each labelled as the option it came from for the messages that name it. */
function overridesOf(args: CommandArgs): RefreshOverrides {
  const month = args.month;
  const sheet = args.sheet;
  return {
    ...(month === null ? {} : { reportingMonth: month }),
    ...(sheet === null ? {} : { dataSheet: sheet }),
    ...(args.authority === null ? {} : { authority: args.authority }),
    sources: {
      ...(month === null ? {} : { reportingMonth: given("--month", formatMonthIso(month)) }),
      ...(sheet === null ? {} : { dataSheet: given("--sheet", sheet) }),
    },
  };
}

function given(name: string, value: string): SettingSource {
  return { kind: "given", option: { name, value } };
}

async function readInput(file: string, shown: string): Promise<Uint8Array> {
  try {
    if ((await stat(file)).isDirectory())
      throw new UsageError(`"${shown}" is a folder, not a workbook.`);
    return await readFile(file);
  } catch (error) {
    throw fileError(error, `cannot read "${shown}"`);
  }
}

async function openWorkbook(
  context: CommandContext,
  bytes: Uint8Array,
  shown: string
): Promise<WorkbookHost> {
  try {
    return await context.openHost(bytes);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new UsageError(`"${shown}" is not an .xlsx workbook this command can read: ${why}`);
  }
}

async function writeOutput(file: string, shown: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeAtomically(file, bytes);
  } catch (error) {
    throw fileError(error, `cannot write "${shown}"`);
  }
}

/** A file system error in the analyst's words; anything else is a bug and goes on up. */
function fileError(error: unknown, what: string): Error {
  if (error instanceof UsageError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const why: Readonly<Record<string, string>> = {
    ENOENT: "there is no such file or folder",
    EACCES: "permission denied",
    EPERM: "permission denied",
    EISDIR: "it is a folder",
    ENOTDIR: "a folder in its path is a file",
    ENOSPC: "the disk is full",
    EROFS: "the disk is read-only",
  };
  const reason = code === undefined ? undefined : why[code];
  if (reason === undefined) return error instanceof Error ? error : new Error(String(error));
  return new UsageError(`${what}: ${reason}.`);
}
