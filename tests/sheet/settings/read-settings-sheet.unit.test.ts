import { readSettingsSheet } from "../../../src/sheet/settings/read-settings-sheet";
import { DEFAULT_WORKBOOK_SETTINGS } from "../../../src/sheet/settings/workbook-settings";
import { summarise } from "../comparators/sheet-fixture";

const sheet = "CSC Settings";

describe("reading the settings sheet", () => {
  it("gives the defaults and no issues for an empty sheet", () => {
    const reading = readSettingsSheet({ sheet, values: [] });
    expect(reading.settings).toEqual(DEFAULT_WORKBOOK_SETTINGS);
    expect(reading.customIndicators).toEqual([]);
    expect(reading.aliases.size).toBe(0);
    expect(reading.issues).toEqual([]);
  });

  it("passes over titles and notes that have no value beside them", () => {
    const { issues } = readSettingsSheet({
      sheet,
      values: [["Scorecard settings"], ["Fill in the yellow cells"], ["Setting", "Value"]],
    });
    expect(issues).toEqual([]);
  });

  it("reads keys wherever the table starts on the sheet", () => {
    const { settings } = readSettingsSheet({
      sheet,
      values: [["", "", "Population", 45600]],
      origin: { row: 4, column: 2 },
    });
    expect(settings.population).toBe(45600);
  });

  it("reports a bad value at its cell and keeps the default", () => {
    const { settings, issues } = readSettingsSheet({
      sheet,
      values: [["Financial year start month", "Spring"]],
      origin: { row: 1, column: 1 },
    });
    expect(settings.fyStartMonth).toBe(4);
    expect(summarise(issues)).toEqual([
      { code: "BAD_SETTING_VALUE", severity: "error", cell: "C2" },
    ]);
    expect(issues[0]?.message).toMatch(
      /^'CSC Settings'!C2: Financial year start month: "?Spring"? is not a month of the year/
    );
  });

  it("applies a tolerance type given after the tolerance", () => {
    const { settings, issues } = readSettingsSheet({
      sheet,
      values: [
        ["RAG tolerance", 3],
        ["Tolerance type", "points"],
      ],
    });
    expect(issues).toEqual([]);
    expect(settings.tolerance).toEqual({ kind: "absolute", amount: 3 });
  });

  it("reports an own indicators table without the columns it needs at its header", () => {
    const { customIndicators, issues } = readSettingsSheet({
      sheet,
      values: [["Own indicators"], ["Name", "Numerator"], ["X", "referrals"]],
    });
    expect(customIndicators).toEqual([]);
    expect(summarise(issues)).toEqual([
      { code: "BAD_CUSTOM_INDICATOR", severity: "error", cell: "A2" },
    ]);
    expect(issues[0]?.message).toContain("id, kind");
  });

  it("ends a section at the next section's heading as well as at a blank row", () => {
    const { aliases, customIndicators } = readSettingsSheet({
      sheet,
      values: [
        ["Aliases"],
        ["Refs in month", "referrals"],
        ["Own indicators"],
        ["Id", "Kind", "Numerator"],
        ["s47_per10k", "rate", "s47_enquiries"],
      ],
    });
    expect([...aliases]).toEqual([["Refs in month", "referrals"]]);
    expect(customIndicators).toEqual([
      { id: "s47_per10k", kind: "rate", numerator: "s47_enquiries" },
    ]);
  });

  it("checks own indicators once, where they are read: a second section cannot reuse an id", () => {
    const reading = readSettingsSheet({
      sheet,
      values: [
        ["Own indicators"],
        ["id", "kind", "numerator", "denominator"],
        ["s47_pct", "percent", "s47_enquiries", "referrals"],
        [],
        ["Own indicators"],
        ["id", "kind", "numerator", "denominator"],
        ["s47_pct", "percent", "s47_enquiries", "contacts"],
        ["icpc_pct", "percent", "icpcs", "s47_enquiries"],
      ],
    });
    expect(summarise(reading.issues)).toEqual([
      expect.objectContaining({ code: "BAD_CUSTOM_INDICATOR", cell: "A7" }),
    ]);
    expect(reading.customIndicators.map((spec) => spec.id)).toEqual(["s47_pct", "icpc_pct"]);
    expect(reading.catalogue["s47_pct"]?.formula).toMatchObject({ denominator: "referrals" });
    expect(reading.catalogue["icpc_pct"]).toBeDefined();
  });
});
