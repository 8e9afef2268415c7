import examples from "../../src/functions/examples.json";
import * as csc from "../../src/functions/functions";
import metadataOrder from "./function-exports";

/** Arguments of an example formula that are all literals: numbers, "text" and DATE(y,m,d). */
function literalArguments(formula: string): unknown[] | null {
  const match = /^=CSC\.[A-Z0-9]+\((.*)\)$/.exec(formula);
  if (!match) throw new Error(`not a CSC formula: ${formula}`);
  const args = match[1]!.trim() === "" ? [] : match[1]!.split(/,(?![^(]*\))/).map((a) => a.trim());
  const values: unknown[] = [];
  for (const arg of args) {
    const date = /^DATE\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(arg);
    if (date) values.push(Date.UTC(+date[1]!, +date[2]! - 1, +date[3]!) / 86_400_000 + 25_569);
    else if (/^-?\d+(\.\d+)?$/.test(arg)) values.push(Number(arg));
    else if (/^"[^"]*"$/.test(arg)) values.push(arg.slice(1, -1));
    else return null; // a cell reference: the example describes a sheet, not a literal result
  }
  return values;
}

/** How the README and help page show a result: % to 1 dp, numbers to the precision written. */
function shown(value: unknown, like: string): string {
  if (typeof value !== "number") return String(value);
  if (like.endsWith("%")) return `${(value * 100).toFixed(1)}%`;
  const decimals = like.includes(".") ? like.split(".")[1]!.length : 0;
  return value.toLocaleString("en-GB", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
}

describe("the worked examples in the function reference", () => {
  it.each(Object.entries(examples))(
    "%s's example returns what the reference says, when its arguments are literals",
    async (id, example) => {
      const args = literalArguments(example.formula);
      if (args === null) return;
      const fn = (csc as Record<string, unknown>)[metadataOrder[id]!] as (
        ...a: unknown[]
      ) => unknown;
      // Ranges arrive as 2D arrays: the RAG target is one.
      const call = id === "RAG" ? [args[0], [[args[1]]], ...args.slice(2)] : args;
      // CSC.BENCHMARK and CSC.SNAVERAGE return a promise (their dataset loads on first use).
      const value = await fn(...call);
      if (Array.isArray(value)) expect(value.length).toBeGreaterThan(1);
      else expect(shown(value, example.result)).toBe(example.result);
    }
  );

  it("checks most examples literally", () => {
    const literal = Object.values(examples).filter((e) => literalArguments(e.formula) !== null);
    expect(literal.length).toBeGreaterThanOrEqual(10);
  });
});
