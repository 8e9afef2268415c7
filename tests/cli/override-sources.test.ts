import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runRealCommand } from "./support/real-command";
import { monthsAcross, ORDINARY_ROWS, settings } from "./support/fixture-workbooks";
import { fixtureXlsx, type FixtureCell } from "./support/fixture-xlsx";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "csc-cli-sources-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The fixture months run April 2014 to April 2015; the command runs in June 2015. */
async function refusal(
  argv: readonly string[],
  settingsRows: ReadonlyArray<readonly FixtureCell[]> = []
) {
  writeFileSync(
    path.join(dir, "data.xlsx"),
    await fixtureXlsx([monthsAcross(ORDINARY_ROWS), settings(settingsRows)])
  );
  const run = await runRealCommand(["data.xlsx", "--out", "out.xlsx", ...argv], dir);
  expect(run.status).toBe(1);
  expect(readdirSync(dir)).toEqual(["data.xlsx"]);
  const json = await runRealCommand(["data.xlsx", "--json", "--out", "out.xlsx", ...argv], dir);
  const error = (JSON.parse(json.stdout) as { error: string }).error;
  expect(run.stdout.split("\n")[0]).toBe(`No scorecard was written: ${error}`);
  return error;
}

describe("a refusal from the command line names where the month came from", () => {
  it("--month, for a month still to come", async () => {
    expect(await refusal(["--month", "2030-01"])).toBe(
      "The reporting month given (--month 2030-01) is January 2030, which has not happened yet. Give a month up to June 2015, or leave out --month for the latest month with figures (April 2015)."
    );
  });

  it("--month, for a month without figures, even when the settings sheet names another", async () => {
    expect(await refusal(["--month", "2012-01"], [["Reporting month", "2015-03"]])).toBe(
      'The reporting month given (--month 2012-01) is January 2012, but "CSC Data" has no figures for it (its latest month is April 2015). Add that month\'s figures, or give another month.'
    );
  });

  it("the settings sheet, when the month is its own", async () => {
    expect(await refusal([], [["Reporting month", "2030-01"]])).toMatch(
      /^The settings sheet's reporting month is January 2030, which has not happened yet\. Name a month up to June 2015, or leave it blank/
    );
  });
});

describe("a refusal from the command line names where the data sheet came from", () => {
  it("--sheet naming a sheet the workbook does not have", async () => {
    expect(await refusal(["--sheet", "Nothing here"])).toBe(
      'There is no sheet named "Nothing here", the data sheet given (--sheet "Nothing here"). Name a sheet the workbook has, or leave out --sheet for the settings sheet\'s data sheet.'
    );
  });

  it("the settings sheet, when the missing sheet is the one it names", async () => {
    expect(await refusal([], [["Data sheet", "Nothing here"]])).toBe(
      'There is no sheet named "Nothing here" with the monthly data. Add one, or name yours in the settings sheet (Data sheet).'
    );
  });
});
