import { MEASURES } from "../../../src/domain/measures/measure-catalogue";
import { measureDataFrom } from "../../../src/domain/measures/measure-data";
import { monthKey } from "../../../src/domain/period/month";
import { buildMeasureTable, valueAt } from "../../../src/domain/series/measure-table";

describe("buildMeasureTable", () => {
  const data = measureDataFrom({
    referrals: [
      [monthKey(2015, 4), 319],
      [monthKey(2015, 6), 400],
    ],
    lac: [[monthKey(2015, 9), 350]],
    unknown_row: [[monthKey(2010, 1), 1]],
  });
  const table = buildMeasureTable(data, MEASURES);

  it("spans the months of every known measure and ignores rows it cannot classify", () => {
    expect(table.first).toBe(monthKey(2015, 4));
    expect(table.length).toBe(6);
    expect(table.values.has("unknown_row")).toBe(false);
  });

  it("keeps a month without a value missing, not zero", () => {
    expect(valueAt(table, "referrals", monthKey(2015, 5))).toBeNull();
    expect(valueAt(table, "referrals", monthKey(2015, 6))).toBe(400);
    expect(valueAt(table, "referrals", monthKey(2020, 1))).toBeNull();
  });

  it("records the first month each measure has data", () => {
    expect(table.firstMonth.get("lac")).toBe(monthKey(2015, 9));
  });

  it("treats values that are not finite numbers as missing", () => {
    const bad = buildMeasureTable(
      measureDataFrom({ lac: [[monthKey(2015, 4), Number.NaN]] }),
      MEASURES
    );
    expect(bad.length).toBe(0);
    expect(valueAt(bad, "lac", monthKey(2015, 4))).toBeNull();
  });
});
