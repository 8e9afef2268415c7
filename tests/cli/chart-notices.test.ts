import JSZip from "jszip";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expectJsonShape } from "./support/json-shape";
import { runRealCommand } from "./support/real-command";
import {
  FIXTURE_MONTHS,
  monthsAcross,
  ORDINARY_COMPARATORS,
  ORDINARY_ROWS,
  type MeasureRows,
} from "./support/fixture-workbooks";
import { fixtureXlsx } from "./support/fixture-xlsx";

/** Every measure the default charts draw but children looked after, which has no figure at all. */
const NO_LOOKED_AFTER: MeasureRows = [
  ...ORDINARY_ROWS,
  ["Referrals to assessment", ...FIXTURE_MONTHS.map(() => 190)],
  ["Assessments completed", ...FIXTURE_MONTHS.map(() => 250)],
  ["Assessments within 45 working days", ...FIXTURE_MONTHS.map(() => 205)],
];

const NOTICE =
  'No month of "Children looked after rate per 10,000 children" has a figure to draw (all missing or withheld), so "Scorecard charts" has no chart of it.';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "csc-cli-notices-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function workbook(): Promise<string> {
  const file = path.join(dir, "data.xlsx");
  writeFileSync(file, await fixtureXlsx([monthsAcross(NO_LOOKED_AFTER), ORDINARY_COMPARATORS]));
  return file;
}

describe("a chart with nothing to draw, from the command line", () => {
  it("is left out with the add-in's notice, printed under Notices", async () => {
    await workbook();
    const run = await runRealCommand(["data.xlsx", "--out", "out.xlsx"], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`\nNotices\n  ${NOTICE}\n`);
    // Only the one chart: every other default chart has figures.
    expect(run.stdout.match(/has no chart of it/g)).toHaveLength(1);
    const zip = await JSZip.loadAsync(readFileSync(path.join(dir, "out.xlsx")));
    const charts = Object.keys(zip.files).filter((name) =>
      /^xl\/charts\/chart\d+\.xml$/.test(name)
    );
    expect(charts).toHaveLength(5);
  });

  it("keeps --json to the report's own keys: the notice is for the terminal", async () => {
    await workbook();
    const run = await runRealCommand(["data.xlsx", "--json", "--out", "out.xlsx"], dir);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as Record<string, unknown>;
    expectJsonShape(json);
    expect(run.stdout).not.toContain("has no chart of it");
  });
});
