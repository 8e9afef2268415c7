import { monthKey } from "../../../src/domain/period/month";
import {
  readMonthOfYear,
  readNumberSetting,
  readReportingMonth,
  readSheetName,
  readTextSetting,
  readYesNo,
} from "../../../src/sheet/settings/setting-values";

describe("reading settings' values", () => {
  it("reads the reporting month from a date serial, month text and ISO text", () => {
    expect(readReportingMonth(42125, "mmm-yy")).toEqual({ ok: true, value: monthKey(2015, 5) });
    expect(readReportingMonth(42155.75, "dd/mm/yyyy")).toEqual({
      ok: true,
      value: monthKey(2015, 5),
    });
    expect(readReportingMonth("May 2015", "General")).toEqual({
      ok: true,
      value: monthKey(2015, 5),
    });
    expect(readReportingMonth("2015-05", "General")).toEqual({
      ok: true,
      value: monthKey(2015, 5),
    });
    expect(readReportingMonth("May-15", "@")).toEqual({ ok: true, value: monthKey(2015, 5) });
  });

  it("reads 31 March and 1 April serials in their own months", () => {
    expect(readReportingMonth(42094, "d mmm yyyy")).toEqual({ ok: true, value: monthKey(2015, 3) });
    expect(readReportingMonth(42095, "d mmm yyyy")).toEqual({ ok: true, value: monthKey(2015, 4) });
  });

  it("takes 'Latest' as asking for the default month", () => {
    expect(readReportingMonth("Latest", "General")).toEqual({ ok: true, value: null });
  });

  it("refuses a misspelt month, a month without a year, a percentage and a boolean, saying what to write", () => {
    for (const [cell, format] of [
      ["Mya 2015", "General"],
      ["May", "General"],
      [0.5, "0%"],
      [true, "General"],
    ] as const) {
      const read = readReportingMonth(cell, format);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.error.detail).toMatch(/May 2015/);
    }
  });

  it("reads the financial year's first month as a name or a number 1–12", () => {
    expect(readMonthOfYear("April", "General")).toEqual({ ok: true, value: 4 });
    expect(readMonthOfYear("jan", "General")).toEqual({ ok: true, value: 1 });
    expect(readMonthOfYear(9, "General")).toEqual({ ok: true, value: 9 });
    expect(readMonthOfYear(13, "General").ok).toBe(false);
    expect(readMonthOfYear(4.5, "General").ok).toBe(false);
    expect(readMonthOfYear("Spring", "General").ok).toBe(false);
  });

  it("reads yes and no however they are written", () => {
    for (const yes of [true, "Yes", "Y", "TRUE", "on", "1", 1])
      expect(readYesNo(yes)).toEqual({ ok: true, value: true });
    for (const no of [false, "No", "n", "FALSE", "off", "0", 0])
      expect(readYesNo(no)).toEqual({ ok: true, value: false });
    expect(readYesNo("maybe").ok).toBe(false);
  });

  it("reads numbers with thousands separators and refuses those below the minimum or not whole", () => {
    const population = { min: 1, what: "a population" };
    expect(readNumberSetting("45,600", "General", population)).toEqual({ ok: true, value: 45600 });
    expect(readNumberSetting(0, "General", population).ok).toBe(false);
    expect(readNumberSetting("many", "General", population).ok).toBe(false);
    expect(readNumberSetting(2.5, "General", { min: 0, whole: true, what: "a threshold" }).ok).toBe(
      false
    );
  });

  it("reads names as typed and refuses sheet names Excel would refuse", () => {
    expect(readTextSetting("  Croydon  ")).toEqual({ ok: true, value: "Croydon" });
    expect(readTextSetting(874)).toEqual({ ok: true, value: "874" });
    expect(readSheetName("Monthly data")).toEqual({ ok: true, value: "Monthly data" });
    for (const bad of ["Data/2015", "a".repeat(32), "'Data", "[x]"])
      expect(readSheetName(bad).ok).toBe(false);
  });
});
