import workbook from "../../docs/example-workbook.json";
import { monthKey } from "../../src/domain/period/month";
import { prepareRefresh } from "../../src/refresh/prepare-refresh";
import type { Grid } from "../../src/sheet/grid";
import { readSettingsSheet } from "../../src/sheet/settings/read-settings-sheet";

function grid(name: string): Grid {
  const sheet = workbook.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`the example workbook has no sheet ${name}`);
  return { sheet: name, values: sheet.values };
}

const NOW = { month: monthKey(2015, 6), iso: "2015-06-02T09:30:00.000Z" };

describe("preparing a refresh from the example workbook", () => {
  const prepared = prepareRefresh({
    settings: readSettingsSheet(grid("CSC Settings")),
    comparators: grid("CSC Comparators"),
    data: grid("CSC Data"),
    now: NOW,
  });

  it("reports the month the settings name, with every indicator computed and rated", () => {
    expect(prepared.ok).toBe(true);
    if (!prepared.ok) return;
    expect(prepared.reportingMonth).toBe("May 2015");
    expect(prepared.indicators).toBeGreaterThanOrEqual(27);
    expect(prepared.ratings.Red + prepared.ratings.Amber + prepared.ratings.Green).toBeGreaterThan(
      0
    );
  });

  it("finds no errors in the example's own sheets", () => {
    expect(prepared.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("plans the scorecard, charts and notes sheets", () => {
    expect(prepared.ok && prepared.plan.sheets.map((s) => s.role)).toEqual([
      "scorecard",
      "charts",
      "notes",
    ]);
  });

  it("refuses plainly when the data sheet is missing, naming it", () => {
    const missing = prepareRefresh({
      settings: readSettingsSheet(grid("CSC Settings")),
      comparators: null,
      data: null,
      now: NOW,
    });
    expect(missing).toMatchObject({
      ok: false,
      message: expect.stringMatching(/no sheet named "CSC Data"/),
    });
  });

  it("says when there is no comparators sheet, and still writes a scorecard", () => {
    const noComparators = prepareRefresh({
      settings: readSettingsSheet(grid("CSC Settings")),
      comparators: null,
      data: grid("CSC Data"),
      now: NOW,
    });
    expect(noComparators.ok).toBe(true);
    expect(noComparators.issues.map((i) => i.code)).toContain("SHEET_MISSING");
  });

  it("uses the latest month with data when the settings name none", () => {
    const prepared2 = prepareRefresh({
      settings: readSettingsSheet({ sheet: "CSC Settings", values: [] }),
      comparators: null,
      data: grid("CSC Data"),
      now: NOW,
    });
    expect(prepared2.ok && prepared2.reportingMonth).toBe("May 2015");
  });
});
