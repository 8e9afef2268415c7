import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fixtureFiles, matchGolden, type GoldenOptions } from "./golden";

// Every check passes its own environment: these tests run in CI too, where the real CI=true must
// not decide what they prove.
const PLAIN = { env: {}, testPath: "tests/x.test.ts" } satisfies GoldenOptions;
const UPDATE = { ...PLAIN, env: { UPDATE_GOLDEN: "1" } } satisfies GoldenOptions;

describe("golden fixtures", () => {
  let dir: string;
  let notes: string[];
  const file = (name: string) => path.join(dir, name);
  const quiet = (options: GoldenOptions): GoldenOptions => ({
    ...options,
    report: (note) => notes.push(note),
  });

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "golden-"));
    notes = [];
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("fails on a missing fixture, says how to create it, and writes nothing", () => {
    expect(() => matchGolden(file("plan.json"), { a: 1 }, PLAIN)).toThrow(
      /plan\.json is missing; create it with: UPDATE_GOLDEN=1 npm test -- tests\/x\.test\.ts/
    );
    expect(existsSync(file("plan.json"))).toBe(false);
  });

  it("passes when the fixture holds the same value, whatever its key order and number spelling", () => {
    writeFileSync(
      file("plan.json"),
      '{\n    "b": [21.0, "c"],\n    "a": { "y": null, "x": true }\n}\n'
    );
    const before = readFileSync(file("plan.json"), "utf8");
    expect(matchGolden(file("plan.json"), { a: { x: true, y: null }, b: [21, "c"] }, PLAIN)).toBe(
      "matched"
    );
    expect(readFileSync(file("plan.json"), "utf8")).toBe(before);
  });

  it("ignores undefined properties, as toEqual does", () => {
    writeFileSync(file("plan.json"), '{ "a": 1 }');
    expect(matchGolden(file("plan.json"), { a: 1, b: undefined }, PLAIN)).toBe("matched");
  });

  it("fails on a mismatch with the path of the first difference and the lines that differ", () => {
    const stored = { sheets: [{ name: "Scorecard", cells: [1, 2, 3] }], activate: "scorecard" };
    writeFileSync(file("plan.json"), JSON.stringify(stored, null, 2));
    const actual = { sheets: [{ name: "Scorecard", cells: [1, 5, 3] }], activate: "scorecard" };
    let message = "";
    try {
      matchGolden(file("plan.json"), actual, PLAIN);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("plan.json differs from the actual value");
    expect(message).toContain("first difference at $.sheets[0].cells[1]: stored 2, actual 5");
    const indent = " ".repeat(8);
    expect(message).toContain(`\n- ${indent}2,\n+ ${indent}5,\n`);
    expect(message).toContain(
      "rewrite the fixture with: UPDATE_GOLDEN=1 npm test -- tests/x.test.ts"
    );
    expect(JSON.parse(readFileSync(file("plan.json"), "utf8"))).toEqual(stored);
  });

  it("names a property the actual value adds or drops", () => {
    writeFileSync(file("plan.json"), '{ "a": 1, "gone": 2 }');
    expect(() => matchGolden(file("plan.json"), { a: 1 }, PLAIN)).toThrow(
      "$.gone: the fixture's property is no longer there"
    );
    expect(() => matchGolden(file("plan.json"), { a: 1, gone: 2, "new key": 3 }, PLAIN)).toThrow(
      '$["new key"]: a property that the fixture does not have'
    );
  });

  it("with UPDATE_GOLDEN=1 creates a missing fixture as pretty JSON, and says so", () => {
    expect(matchGolden(file("new/plan.json"), { b: 1, a: [true] }, quiet(UPDATE))).toBe("written");
    expect(readFileSync(file("new/plan.json"), "utf8")).toBe(
      '{\n  "b": 1,\n  "a": [\n    true\n  ]\n}\n'
    );
    expect(notes).toEqual([expect.stringMatching(/^UPDATE_GOLDEN=1: created .*plan\.json/)]);
    expect(matchGolden(file("new/plan.json"), { b: 1, a: [true] }, PLAIN)).toBe("matched");
  });

  it("with UPDATE_GOLDEN=1 rewrites a differing fixture at the indent asked for", () => {
    writeFileSync(file("plan.json"), '{ "a": 1 }');
    expect(matchGolden(file("plan.json"), { a: [2] }, quiet({ ...UPDATE, indent: 1 }))).toBe(
      "written"
    );
    expect(readFileSync(file("plan.json"), "utf8")).toBe('{\n "a": [\n  2\n ]\n}\n');
    expect(notes).toEqual([expect.stringContaining("rewrote")]);
  });

  it("with UPDATE_GOLDEN=1 leaves a matching fixture as it is written", () => {
    writeFileSync(file("plan.json"), '{ "a": 21.0 }');
    expect(matchGolden(file("plan.json"), { a: 21 }, quiet(UPDATE))).toBe("matched");
    expect(readFileSync(file("plan.json"), "utf8")).toBe('{ "a": 21.0 }');
    expect(notes).toEqual([]);
  });

  it("refuses UPDATE_GOLDEN in CI, writing nothing, so CI can never regenerate a fixture", () => {
    const ci = { ...PLAIN, env: { CI: "true", UPDATE_GOLDEN: "1" } };
    expect(() => matchGolden(file("plan.json"), { a: 1 }, ci)).toThrow(/refused in CI/);
    writeFileSync(file("plan.json"), '{ "a": 1 }');
    expect(() => matchGolden(file("plan.json"), { a: 2 }, ci)).toThrow(/refused in CI/);
    expect(() => matchGolden(file("plan.json"), { a: 1 }, ci)).toThrow(/refused in CI/);
    expect(readFileSync(file("plan.json"), "utf8")).toBe('{ "a": 1 }');
  });

  it("checks fixtures as usual in CI when UPDATE_GOLDEN is not set", () => {
    writeFileSync(file("plan.json"), '{ "a": 1 }');
    const ci = { ...PLAIN, env: { CI: "true" } };
    expect(matchGolden(file("plan.json"), { a: 1 }, ci)).toBe("matched");
    expect(() => matchGolden(file("plan.json"), { a: 2 }, ci)).toThrow(/differs/);
  });

  it("refuses an UPDATE_GOLDEN it does not understand rather than ignoring it", () => {
    writeFileSync(file("plan.json"), '{ "a": 1 }');
    const env = { UPDATE_GOLDEN: "yes" };
    expect(() => matchGolden(file("plan.json"), { a: 2 }, { ...PLAIN, env })).toThrow(
      "UPDATE_GOLDEN=yes is not understood: set UPDATE_GOLDEN=1"
    );
    expect(
      matchGolden(file("plan.json"), { a: 1 }, { ...PLAIN, env: { UPDATE_GOLDEN: "0" } })
    ).toBe("matched");
  });

  it("refuses values JSON would store as something else, so a golden test cannot pass trivially", () => {
    writeFileSync(file("plan.json"), '{ "a": {} }');
    expect(() => matchGolden(file("plan.json"), { a: new Map([["k", 1]]) }, PLAIN)).toThrow(
      "$.a is a Map, which JSON cannot store"
    );
    expect(() => matchGolden(file("plan.json"), { a: [1, Number.NaN] }, PLAIN)).toThrow(
      "$.a[1] is NaN"
    );
    expect(() => matchGolden(file("plan.json"), { a: [undefined] }, PLAIN)).toThrow(
      "$.a[0] is undefined"
    );
  });

  it("compares and rewrites only the property asked for, keeping the input beside it", () => {
    const input = '{\n  "grid": [[21.0]],\n  "expected": { "issues": [] }\n}\n';
    writeFileSync(file("case.json"), input);
    const expected = { property: "expected" } as const;
    expect(matchGolden(file("case.json"), { issues: [] }, { ...PLAIN, ...expected })).toBe(
      "matched"
    );
    expect(() =>
      matchGolden(file("case.json"), { issues: ["X"] }, { ...PLAIN, ...expected })
    ).toThrow("first difference at $.expected.issues[0]: an item that the fixture does not have");
    matchGolden(file("case.json"), { issues: ["X"] }, quiet({ ...UPDATE, ...expected }));
    expect(JSON.parse(readFileSync(file("case.json"), "utf8"))).toEqual({
      grid: [[21]],
      expected: { issues: ["X"] },
    });
  });

  it("fails on a fixture without the property, saying how to fill it in", () => {
    writeFileSync(file("case.json"), '{ "grid": [] }');
    const options = { ...PLAIN, property: "expected" };
    expect(() => matchGolden(file("case.json"), { issues: [] }, options)).toThrow(
      /has no "expected"; create it with: UPDATE_GOLDEN=1 npm test -- tests\/x\.test\.ts/
    );
    matchGolden(file("case.json"), { issues: [] }, quiet({ ...options, env: UPDATE.env }));
    expect(JSON.parse(readFileSync(file("case.json"), "utf8"))).toEqual({
      grid: [],
      expected: { issues: [] },
    });
  });

  it("will not invent a missing file whose input only a person can write", () => {
    const options = quiet({ ...UPDATE, property: "expected" });
    expect(() => matchGolden(file("case.json"), { issues: [] }, options)).toThrow(
      /case\.json is missing; it holds the test's input beside "expected"/
    );
    expect(existsSync(file("case.json"))).toBe(false);
  });

  it("fails on a fixture that is not JSON", () => {
    writeFileSync(file("plan.json"), "{ not json");
    expect(() => matchGolden(file("plan.json"), {}, UPDATE)).toThrow(/plan\.json is not JSON/);
  });

  it("lists a folder's .json fixtures in name order", () => {
    for (const name of ["b.json", "a.json", "notes.md"]) writeFileSync(file(name), "{}");
    expect(fixtureFiles(dir)).toEqual([file("a.json"), file("b.json")]);
  });
});
