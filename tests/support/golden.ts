import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

// Golden fixtures: a test's actual value beside the JSON file it must equal. A fixture is written
// only when asked (UPDATE_GOLDEN=1), never in CI, and never because it is missing: a test that
// writes its own expectation when the file is absent passes whatever the code does.

/** A value JSON stores faithfully. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface GoldenOptions {
  /**
   * Compare and write only this property of the stored file: the rest is the test's input, as in
   * tests/fixtures/sheet/*, where a grid stands beside what the reader must make of it.
   */
  readonly property?: string;
  /** Spaces of indentation when writing (default 2); the plan fixture keeps 1 to stay small. */
  readonly indent?: number;
  /** Default process.env; the harness's own tests pass theirs so the real CI flag cannot leak in. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** The test file the "how to update" hint names: default the running jest test. */
  readonly testPath?: string;
  /** Where "wrote the fixture" notes go: default console.warn, so an update run shows what it did. */
  readonly report?: (message: string) => void;
}

/** What a check did: the fixture equalled the actual value, or UPDATE_GOLDEN=1 (re)wrote it. */
export type GoldenOutcome = "matched" | "written";

/**
 * Checks `actual` against the golden fixture `file`, and throws when they differ or the fixture is
 * missing. Key order and number spelling (21.0, 21) do not count as differences, as with toEqual.
 * With UPDATE_GOLDEN=1 (refused in CI) it writes the fixture instead, when it differs.
 *
 * @example
 * matchGolden(path.join(__dirname, "../fixtures/plan/thurrock-scorecard-plan.json"), plan, { indent: 1 });
 */
export function matchGolden(
  file: string,
  actual: unknown,
  options: GoldenOptions = {}
): GoldenOutcome {
  const { property, indent = 2, env = process.env, report = console.warn } = options;
  const updating = updateRequested(env);
  const actualJson = toJson(actual, property === undefined ? "$" : step("$", property));
  if (actualJson === undefined) throw new Error("a golden value cannot be undefined");
  const command = `UPDATE_GOLDEN=1 npm test -- ${shown(options.testPath ?? currentTestPath())}`;

  const stored = existsSync(file) ? readStored(file) : undefined;
  if (stored === undefined && property !== undefined)
    throw new Error(
      `golden fixture ${shown(file)} is missing; it holds the test's input beside "${property}", ` +
        `so write the input by hand, then fill in "${property}" with: ${command}`
    );
  const storedValue = property === undefined ? stored : propertyOf(stored, property, file);
  if (storedValue !== undefined && canonical(storedValue) === canonical(actualJson))
    return "matched";

  if (!updating) {
    if (storedValue === undefined)
      throw new Error(
        `golden fixture ${shown(file)} ${stored === undefined ? "is missing" : `has no "${property}"`}; ` +
          `create it with: ${command} (then review and commit it)`
      );
    throw new Error(
      `${shown(file)} differs from the actual value.\n` +
        `${differences(storedValue, actualJson, property)}\n` +
        `If the change is deliberate, rewrite the fixture with: ${command} (then review its diff)`
    );
  }

  const written =
    property === undefined
      ? actualJson
      : { ...(stored as Record<string, Json>), [property]: actualJson };
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(written, null, indent)}\n`);
  report(
    `UPDATE_GOLDEN=1: ${stored === undefined ? "created" : "rewrote"} ${shown(file)}; review its diff`
  );
  return "written";
}

/** The absolute paths of a fixtures folder's .json files, sorted so test order is stable. */
export function fixtureFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => path.join(folder, file));
}

/** Whether this run may write fixtures: only UPDATE_GOLDEN=1, and never in CI. */
function updateRequested(env: Readonly<Record<string, string | undefined>>): boolean {
  const flag = env.UPDATE_GOLDEN ?? "";
  if (flag === "" || flag === "0") return false;
  // CI checks the committed fixtures; a CI that regenerated them would pass whatever the code does.
  if (isCi(env))
    throw new Error(
      `UPDATE_GOLDEN=${flag} is refused in CI (CI=${env.CI ?? ""}): golden fixtures are written ` +
        "on a developer's machine, reviewed and committed"
    );
  if (flag !== "1") throw new Error(`UPDATE_GOLDEN=${flag} is not understood: set UPDATE_GOLDEN=1`);
  return true;
}

function isCi(env: Readonly<Record<string, string | undefined>>): boolean {
  const ci = env.CI ?? "";
  return ci !== "" && ci !== "0" && ci !== "false";
}

function currentTestPath(): string {
  return expect.getState().testPath ?? "<test file>";
}

/** A path as a hint shows it: relative to the repository when inside it, so it can be pasted. */
function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative;
}

function readStored(file: string): Json {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Json;
  } catch (error) {
    throw new Error(`golden fixture ${shown(file)} is not JSON: ${(error as Error).message}`);
  }
}

function propertyOf(stored: Json | undefined, property: string, file: string): Json | undefined {
  if (stored === undefined) return undefined;
  if (!isObject(stored)) throw new Error(`golden fixture ${shown(file)} is not a JSON object`);
  return stored[property];
}

/**
 * The value as JSON will store it, refusing what JSON would silently change (a Map or a Date
 * becomes {}, NaN becomes null), since a golden test of such a value would pass trivially.
 * Undefined properties are dropped, as toEqual ignores them.
 */
function toJson(value: unknown, at: string): Json | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value === "boolean" || typeof value === "string") return value;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`${at} is ${value}, which JSON cannot store`);
    return value;
  }
  if (Array.isArray(value))
    return value.map((item: unknown, i) => {
      const json = toJson(item, `${at}[${i}]`);
      if (json === undefined)
        throw new Error(`${at}[${i}] is undefined, which JSON stores as null`);
      return json;
    });
  const prototype: unknown = typeof value === "object" ? Object.getPrototypeOf(value) : undefined;
  if (prototype !== Object.prototype && prototype !== null)
    throw new Error(`${at} is a ${kindOf(value)}, which JSON cannot store: convert it first`);
  const json: Record<string, Json> = {};
  for (const [key, item] of Object.entries(value)) {
    const entry = toJson(item, step(at, key));
    if (entry !== undefined) json[key] = entry;
  }
  return json;
}

function kindOf(value: unknown): string {
  if (typeof value !== "object" || value === null) return typeof value;
  return (value as { constructor?: { name?: string } }).constructor?.name ?? "object";
}

function isObject(value: Json): value is { [key: string]: Json } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Pretty JSON with sorted keys: what two values are compared and diffed as. */
function canonical(value: Json): string {
  return JSON.stringify(sortKeys(value), null, 2);
}

function sortKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys(value[key] ?? null)])
  );
}

function step(at: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${at}.${key}` : `${at}[${JSON.stringify(key)}]`;
}

const CONTEXT_LINES = 3;
const SHOWN_LINES = 20;

/** Where the values first differ, by JSON path, then the differing lines (- stored, + actual). */
function differences(stored: Json, actual: Json, property: string | undefined): string {
  const root = property === undefined ? "$" : step("$", property);
  const a = canonical(stored).split("\n");
  const b = canonical(actual).split("\n");
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (
    end < a.length - start &&
    end < b.length - start &&
    a[a.length - 1 - end] === b[b.length - 1 - end]
  )
    end++;
  const capped = (lines: string[], sign: string) => [
    ...lines.slice(0, SHOWN_LINES).map((line) => `${sign} ${line}`),
    ...(lines.length > SHOWN_LINES ? [`${sign} … ${lines.length - SHOWN_LINES} more lines`] : []),
  ];
  return [
    `first difference at ${firstDifference(stored, actual, root)}`,
    `- stored, + actual (keys sorted, from line ${start + 1}):`,
    ...a.slice(Math.max(0, start - CONTEXT_LINES), start).map((line) => `  ${line}`),
    ...capped(a.slice(start, a.length - end), "-"),
    ...capped(b.slice(start, b.length - end), "+"),
  ].join("\n");
}

function firstDifference(stored: Json, actual: Json, at: string): string {
  if (Array.isArray(stored) && Array.isArray(actual)) {
    for (let i = 0; i < Math.max(stored.length, actual.length); i++) {
      const [s, t] = [stored[i], actual[i]];
      if (s === undefined) return `${at}[${i}]: an item that the fixture does not have`;
      if (t === undefined) return `${at}[${i}]: the fixture's item is no longer there`;
      if (canonical(s) !== canonical(t)) return firstDifference(s, t, `${at}[${i}]`);
    }
  } else if (isObject(stored) && isObject(actual)) {
    for (const key of [...new Set([...Object.keys(stored), ...Object.keys(actual)])].sort()) {
      const [s, t] = [stored[key], actual[key]];
      if (s === undefined) return `${step(at, key)}: a property that the fixture does not have`;
      if (t === undefined) return `${step(at, key)}: the fixture's property is no longer there`;
      if (canonical(s) !== canonical(t)) return firstDifference(s, t, step(at, key));
    }
  }
  return `${at}: stored ${brief(stored)}, actual ${brief(actual)}`;
}

function brief(value: Json): string {
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
