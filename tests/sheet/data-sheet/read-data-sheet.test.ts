import { monthKey } from "../../../src/domain/period/month";
import { readDataSheet } from "../../../src/sheet/data-sheet/read-data-sheet";
import type { Grid, RawCell } from "../../../src/sheet/grid";

const sheet = (values: RawCell[][], extra: Partial<Grid> = {}): Grid => ({
  sheet: "CSC Data",
  values,
  ...extra,
});
const codes = (grid: Grid, options = {}) =>
  readDataSheet(grid, options).issues.map((i) => `${i.code}@${i.cell}`);

describe("reading a data sheet", () => {
  it("reads months across below titles, notes and a merged title, skipping blank rows and columns", () => {
    const reading = readDataSheet(
      sheet([
        ["Monthly data", "", "", "", ""],
        ["(provisional)", "", "", "", ""],
        ["", "", "Apr-15", "", "May-15"],
        ["", "", "", "", ""],
        ["Refs", "", 319, "", 416],
      ]),
      { populationSetting: 42000 }
    );
    expect(reading.orientation).toBe("months-across");
    expect(reading.months).toEqual([monthKey(2015, 4), monthKey(2015, 5)]);
    expect([...(reading.data.get("referrals") ?? [])]).toEqual([
      [monthKey(2015, 4), 319],
      [monthKey(2015, 5), 416],
    ]);
    expect(reading.cells.get("referrals")?.get(monthKey(2015, 5))).toBe("E5");
    expect(reading.issues).toEqual([]);
  });

  it("reads months down, with measures named across the header row", () => {
    const reading = readDataSheet(
      sheet([
        ["Month", "Contacts", "Refs"],
        ["Apr-15", 817, 319],
        ["May-15", 857, 416],
      ])
    );
    expect(reading.orientation).toBe("months-down");
    expect(reading.data.get("contacts")?.get(monthKey(2015, 5))).toBe(857);
    expect(reading.cells.get("referrals")?.get(monthKey(2015, 4))).toBe("C2");
    expect(reading.rows.map((r) => [r.label, r.cell, r.measure])).toEqual([
      ["Contacts", "B1", "contacts"],
      ["Refs", "C1", "referrals"],
    ]);
  });

  it("places month-only headers in the financial year it is told, over any the sheet names", () => {
    const grid = sheet([
      ["", "JAN", "FEB", "2013/14 YTD"],
      ["Refs", 1, 2, 3],
    ]);
    expect(readDataSheet(grid, { fyStartYear: 2015 }).months).toEqual([
      monthKey(2016, 1),
      monthKey(2016, 2),
    ]);
    expect(readDataSheet(grid).months).toEqual([monthKey(2014, 1), monthKey(2014, 2)]);
  });

  it("reports month-only headers when the titles name two financial years, rather than choose", () => {
    const grid = sheet([
      ["2014/15 against 2015/16", "", ""],
      ["", "APR", "MAY"],
      ["Refs", 1, 2],
    ]);
    expect(codes(grid)).toEqual(["NO_FINANCIAL_YEAR@B2"]);
    expect(readDataSheet(grid).data.size).toBe(0);
  });

  it("accepts a single month when numbers sit below it", () => {
    const reading = readDataSheet(
      sheet([
        ["", "Apr-15"],
        ["Refs", 319],
      ])
    );
    expect(reading.data.get("referrals")?.get(monthKey(2015, 4))).toBe(319);
  });

  it("checks for future months only when told the current month", () => {
    const grid = sheet([
      ["", "Apr-15", "May-15"],
      ["CIN", 400, 410],
    ]);
    expect(codes(grid, { populationSetting: 1 })).toEqual([]);
    expect(codes(grid, { populationSetting: 1, today: monthKey(2015, 4) })).toEqual([
      "FUTURE_MONTH@C1",
    ]);
  });

  it("reports a missing population once, only when a rate needs it", () => {
    const counts = sheet([
      ["", "Apr-15", "May-15"],
      ["Refs", 319, 416],
      ["Contacts", 817, 857],
    ]);
    expect(codes(counts)).toEqual(["MISSING_POPULATION@A1"]);
    expect(codes(counts, { populationSetting: 42000 })).toEqual([]);
    const noRate = sheet([
      ["", "Apr-15", "May-15"],
      ["Contacts", 817, 857],
    ]);
    expect(codes(noRate)).toEqual([]);
  });

  it("names real sheet cells when the used range does not start at A1", () => {
    const grid = sheet(
      [
        ["", "Apr-15", "May-15"],
        ["Refs", "n/a", 416],
      ],
      { origin: { row: 9, column: 3 } }
    );
    expect(codes(grid, { populationSetting: 1 })).toEqual(["TEXT_NOT_NUMBER@E11"]);
    expect(readDataSheet(grid).cells.get("referrals")?.get(monthKey(2015, 5))).toBe("F11");
  });

  it("reports an empty sheet and a sheet without months as errors, with no data", () => {
    expect(codes(sheet([]))).toEqual(["EMPTY_SHEET@A1"]);
    expect(codes(sheet([[]]))).toEqual(["EMPTY_SHEET@A1"]);
    expect(codes(sheet([["Refs", 1, 2]]))).toEqual(["NO_MONTH_HEADER@A1"]);
  });

  it("reads a percentage row whose values are percentages, though its label has no %", () => {
    const reading = readDataSheet(
      sheet([
        ["", "Apr-15", "May-15"],
        ["Refs", 319, 416],
        ["Rereferrals", 70, 91],
        ["Re-referrals within 12 months", "21.9%", "21.9%"],
      ]),
      { populationSetting: 1 }
    );
    expect(reading.reported).toEqual([
      {
        kind: "percentMonth",
        indicator: "rereferral_pct",
        month: monthKey(2015, 4),
        value: 21.9,
        decimals: 1,
        cell: "B4",
        label: "Re-referrals within 12 months",
      },
      {
        kind: "percentMonth",
        indicator: "rereferral_pct",
        month: monthKey(2015, 5),
        value: 21.9,
        decimals: 1,
        cell: "C4",
        label: "Re-referrals within 12 months",
      },
    ]);
    expect(reading.rows.map((r) => r.role)).toEqual(["measure", "measure", "percent"]);
  });

  it("reads a row an analyst labelled in the settings", () => {
    const reading = readDataSheet(
      sheet([
        ["", "Apr-15"],
        ["Front door: refs", 319],
      ]),
      { extraAliases: new Map([["Front door: refs", "referrals"]]), populationSetting: 1 }
    );
    expect(reading.data.get("referrals")?.get(monthKey(2015, 4))).toBe(319);
    expect(reading.issues).toEqual([]);
  });

  it("hands a Total row under months down to reconciliation as each measure's total", () => {
    const reading = readDataSheet(
      sheet([
        ["Month", "Contacts", "Refs"],
        ["Apr-15", 817, 319],
        ["May-15", 857, 416],
        ["Total", 1674, 735],
      ]),
      { populationSetting: 1 }
    );
    expect(reading.reported).toEqual([
      {
        kind: "total",
        measure: "contacts",
        month: monthKey(2015, 5),
        from: monthKey(2015, 4),
        value: 1674,
        cell: "B4",
        label: "Contacts",
      },
      {
        kind: "total",
        measure: "referrals",
        month: monthKey(2015, 5),
        from: monthKey(2015, 4),
        value: 735,
        cell: "C4",
        label: "Refs",
      },
    ]);
  });
});
