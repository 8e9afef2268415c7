import ExcelJS from "exceljs";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { SAMPLE_WORKBOOK } from "../../src/cli/sample/sample-file";
import { DEFAULT_INPUT_SHEET_NAMES } from "../../src/sheet/input-sheets";
import { buildCommand, runScorecard } from "./support/compiled-command";
import { expectJsonShape } from "./support/json-shape";
import {
  monthsAcross,
  monthsDown,
  ORDINARY_COMPARATORS,
  ORDINARY_ROWS,
  settings,
} from "./support/fixture-workbooks";
import { fixtureXlsx, type FixtureSheet } from "./support/fixture-xlsx";

jest.setTimeout(120_000);

/** The sheets a refresh writes, in tab order. */
const OUTPUT_SHEETS = ["Scorecard", "Scorecard charts", "Scorecard notes"];
const SAMPLE = path.join(__dirname, "..", "..", SAMPLE_WORKBOOK);
let dir: string;

beforeAll(buildCommand);
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "csc-scorecard-e2e-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const digest = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

async function workbookFile(name: string, sheets: readonly FixtureSheet[]): Promise<string> {
  const file = path.join(dir, name);
  writeFileSync(file, await fixtureXlsx(sheets));
  return file;
}

async function sheetNames(file: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets.map((sheet) => sheet.name);
}

/** Runs the command on a file, checking the file is byte for byte what it was. */
function runOn(file: string, args: readonly string[]) {
  const before = digest(file);
  const run = runScorecard([path.basename(file), ...args], dir);
  expect(digest(file)).toBe(before);
  return run;
}

describe("npm run scorecard on the shipped sample", () => {
  it("writes scorecard.xlsx in the current folder, leaving the sample byte for byte as it was", async () => {
    const before = digest(SAMPLE);
    const run = runScorecard([], dir);
    expect(run.status).toBe(0);
    expect(digest(SAMPLE)).toBe(before);
    expect(run.stdout).toMatch(
      /^CSC Scorecard: Sample Borough \(SAMPLE DATA\), May 2015 \(2015\/16\)/
    );
    expect(await sheetNames(path.join(dir, "scorecard.xlsx"))).toEqual(
      expect.arrayContaining([...Object.values(DEFAULT_INPUT_SHEET_NAMES), ...OUTPUT_SHEETS])
    );
  });

  it("prints the whole report as JSON, and nothing else on stdout", () => {
    const run = runScorecard(["--json", "--out", "out.xlsx"], dir);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout);
    expectJsonShape(json);
    expect(json).toMatchObject({ authority: "Sample Borough (SAMPLE DATA)", period: "2015-05" });
    expect(json.reconciliation).toContainEqual(
      expect.objectContaining({ sheet: "CSC Data", reported: 753, recomputed: 735 })
    );
    expect(existsSync(path.join(dir, "out.xlsx"))).toBe(true);
  });
});

describe("the command on an analyst's workbook", () => {
  it("reads months across and months down alike", async () => {
    const across = await workbookFile("across.xlsx", [
      monthsAcross(ORDINARY_ROWS),
      ORDINARY_COMPARATORS,
    ]);
    const down = await workbookFile("down.xlsx", [monthsDown(ORDINARY_ROWS), ORDINARY_COMPARATORS]);
    const a = runOn(across, ["--json", "--out", "a.xlsx"]);
    const d = runOn(down, ["--json", "--out", "d.xlsx"]);
    expect([a.status, d.status]).toEqual([0, 0]);
    const indicators = (run: { stdout: string }) => JSON.parse(run.stdout).indicators;
    expect(indicators(d)).toEqual(indicators(a));
    const rereferrals = indicators(a).find((r: { id: string }) => r.id === "rereferral_pct");
    expect(rereferrals.value).toBeCloseTo((70 / 319) * 100, 10);
    expect(rereferrals.comparators.target).toBe(20);
    expect(rereferrals.rag).toBe("red");
  });

  it("reads the analyst's own labels through the settings sheet's aliases", async () => {
    const rows = ORDINARY_ROWS.map((row) =>
      row[0] === "Contacts" ? ["Front door contacts", ...row.slice(1)] : row
    );
    const file = await workbookFile("aliases.xlsx", [
      monthsAcross(rows as typeof ORDINARY_ROWS),
      settings([["Alias", "Front door contacts", "contacts"]]),
    ]);
    const run = runOn(file, ["--json", "--out", "o.xlsx"]);
    const json = JSON.parse(run.stdout);
    expect(json.indicators.find((r: { id: string }) => r.id === "contacts").value).toBe(817);
    expect(json.issues.map((i: { code: string }) => i.code)).not.toContain("UNKNOWN_MEASURE");
  });

  it("lists printed figures that disagree with the counts, with both numbers", async () => {
    const rows = ORDINARY_ROWS.map((row) => (row[0] === "Referrals" ? [...row, 321] : row));
    const file = await workbookFile("ytd.xlsx", [
      monthsAcross(rows as typeof ORDINARY_ROWS, ["YTD"]),
    ]);
    const json = JSON.parse(runOn(file, ["--json", "--out", "o.xlsx"]).stdout);
    expectJsonShape(json);
    expect(json.reconciliation).toEqual([
      expect.objectContaining({ sheet: "CSC Data", cell: "O5", reported: 321, recomputed: 319 }),
    ]);
  });

  it("names each broken cell, and still writes a scorecard from the rest", async () => {
    const rows = ORDINARY_ROWS.map((row) =>
      row[0] === "Referrals"
        ? [row[0], ...row.slice(1, 12), "n/a", row[13]!]
        : row[0] === "Contacts"
          ? [row[0], ...row.slice(1, 12), { error: "#DIV/0!" as const }, row[13]!]
          : row
    );
    const file = await workbookFile("broken.xlsx", [monthsAcross(rows as typeof ORDINARY_ROWS)]);
    const run = runOn(file, ["--out", "o.xlsx"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/'CSC Data'!M5: .*n\/a/);
    expect(run.stdout).toMatch(/'CSC Data'!M4: .*#DIV\/0!/);
    const json = JSON.parse(runOn(file, ["--json", "--out", "o.xlsx"]).stdout);
    expect(json.issues).toContainEqual(
      expect.objectContaining({ code: "TEXT_NOT_NUMBER", cell: "M5" })
    );
    expect(json.issues).toContainEqual(
      expect.objectContaining({ code: "EXCEL_ERROR_VALUE", cell: "M4" })
    );
  });

  it("withholds a small count's figures when the settings ask for suppression", async () => {
    const rows = [...ORDINARY_ROWS, ["Adoptions", 2, 0, 3, 1, 0, 2, 4, 0, 1, 2, 3, 1, 3] as const];
    const file = await workbookFile("small.xlsx", [
      monthsAcross(rows),
      settings([["Suppress small numbers", "Yes"]]),
    ]);
    const json = JSON.parse(runOn(file, ["--json", "--out", "o.xlsx"]).stdout);
    const adoptions = json.indicators.find((r: { id: string }) => r.id === "adoptions");
    expect(adoptions).toMatchObject({
      value: null,
      previous: null,
      ytd: null,
      rolling12: null,
      rag: null,
    });
  });
});

describe("exit statuses", () => {
  it("exits 1 and prints the issues when the workbook's problems stop a scorecard", async () => {
    const file = await workbookFile("empty.xlsx", [
      { name: "CSC Data", rows: [["Measure", "Apr-15", "May-15"]] },
    ]);
    const run = runOn(file, ["--out", "o.xlsx"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^No scorecard was written: "CSC Data" has no figures to report/);
    expect(existsSync(path.join(dir, "o.xlsx"))).toBe(false);
    const json = runOn(file, ["--json", "--out", "o.xlsx"]);
    expect(json.status).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ error: expect.stringMatching(/no figures/) });
  });

  it("exits 2 for a file that is not an .xlsx workbook, with one line on stderr", () => {
    const file = path.join(dir, "notes.xlsx");
    writeFileSync(file, "Not a workbook at all.\n");
    const run = runOn(file, []);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^csc-scorecard: "notes.xlsx" is not an .xlsx/),
    ]);
  });

  it("exits 2 for a missing file and an unknown option", () => {
    expect(runScorecard(["missing.xlsx"], dir)).toMatchObject({ status: 2, stdout: "" });
    expect(runScorecard(["--frobnicate"], dir).stderr).toMatch(/unknown option --frobnicate/);
  });

  it("exits 2 and writes nothing when --out names the input", async () => {
    const file = await workbookFile("data.xlsx", [monthsAcross(ORDINARY_ROWS)]);
    const run = runOn(file, ["--out", path.join(dir, ".", "data.xlsx")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--out names the input workbook/);
  });
});
