import { monthKey } from "../../../src/domain/period/month";
import { monthCellKind, serialsRunMonthly } from "../../../src/sheet/data-sheet/month-header-cell";

describe("month header cells", () => {
  it("tells month text, bare month names and dated numbers apart", () => {
    expect(monthCellKind("Apr-15", "General", false)).toBe("text");
    expect(monthCellKind("APR", "General", false)).toBe("monthOnly");
    expect(monthCellKind("Sept.", "General", false)).toBe("monthOnly");
    expect(monthCellKind(42095, "mmm-yy", true)).toBe("date");
    expect(monthCellKind(42095, "General", false)).toBe("serial");
  });

  it("takes a number for a month only when its format is a date, or when no formats are known", () => {
    expect(monthCellKind(42095, "#,##0", true)).toBeNull();
    expect(monthCellKind(213, "General", false)).toBeNull();
    expect(monthCellKind(Number.NaN, "General", false)).toBeNull();
    expect(monthCellKind("Refs", "General", false)).toBeNull();
    expect(monthCellKind(true, "General", false)).toBeNull();
  });

  it("accepts serials as a header only when they step month by month", () => {
    const apr = monthKey(2015, 4);
    expect(serialsRunMonthly([apr, monthKey(2015, 5), monthKey(2015, 6)])).toBe(true);
    expect(serialsRunMonthly([monthKey(2015, 6), monthKey(2015, 5)])).toBe(true);
    expect(serialsRunMonthly([apr, apr, apr])).toBe(false);
    expect(serialsRunMonthly([apr, monthKey(2017, 4)])).toBe(false);
    expect(serialsRunMonthly([apr])).toBe(false);
  });
});
