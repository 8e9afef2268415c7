import { civilDate } from "../../../src/domain/calendar/civil-date";
import { civilDateToExcelSerial } from "../../../src/domain/period/excel-serial";
import { monthKey } from "../../../src/domain/period/month";
import { readDataSheet } from "../../../src/sheet/data-sheet/read-data-sheet";
import type { Grid, RawCell } from "../../../src/sheet/grid";

const serial = (year: number, month: number, day: number): number => {
  const s = civilDateToExcelSerial(civilDate(year, month, day));
  if (!s.ok) throw new Error("no serial");
  return s.value;
};

/** A sheet whose header cells are dates with one number format, and a row of referrals. */
function sheet(dates: readonly number[], format: string, across = true): Grid {
  const counts = dates.map((_, i) => 300 + i);
  if (across) {
    return {
      sheet: "CSC Data",
      values: [
        ["", ...dates],
        ["Referrals", ...counts],
      ],
      numberFormats: [
        ["General", ...dates.map(() => format)],
        dates.map(() => "General").concat("General"),
      ],
    };
  }
  return {
    sheet: "CSC Data",
    values: [["", "Referrals"], ...dates.map((d, i): RawCell[] => [d, counts[i] ?? 0])],
    numberFormats: [["General", "General"], ...dates.map(() => [format, "General"])],
  };
}

const TODAY = monthKey(2026, 12);

describe("month headers Excel stored from a typed Apr-15 (15 April of the year typed, shown d-mmm)", () => {
  // Typed in 2026: Apr-15 … Dec-15 are the 15th of 2026's months, Jan-16 … Mar-16 the 16th.
  const typed = [
    ...[4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => serial(2026, m, 15)),
    ...[1, 2, 3].map((m) => serial(2026, m, 16)),
  ];

  it.each([true, false])(
    "reads them as the months they name (months across: %s), with one info issue",
    (across) => {
      const reading = readDataSheet(sheet(typed, "d-mmm", across), { today: TODAY });
      const referrals = reading.data.get("referrals");
      expect(referrals?.get(monthKey(2015, 4))).toBe(300);
      expect(referrals?.get(monthKey(2016, 3))).toBe(311);
      expect(referrals?.size).toBe(12);
      const notes = reading.issues.filter((i) => i.code === "TYPED_MONTH");
      expect(notes).toEqual([
        expect.objectContaining({ severity: "info", cell: across ? "B1" : "A2" }),
      ]);
      expect(notes[0]?.message).toMatch(across ? /B1:M1/ : /A2:A13/);
      expect(notes[0]?.message).toMatch(/Apr 2015/);
      expect(reading.issues.filter((i) => i.severity === "error")).toEqual([]);
    }
  );

  it("reads real first-of-month dates shown without the year as the dates they hold", () => {
    const firsts = [4, 5, 6].map((m) => serial(2015, m, 1));
    const reading = readDataSheet(sheet(firsts, "d-mmm"), { today: TODAY });
    expect([...(reading.data.get("referrals")?.keys() ?? [])]).toEqual([
      monthKey(2015, 4),
      monthKey(2015, 5),
      monthKey(2015, 6),
    ]);
    expect(reading.issues.filter((i) => i.code === "TYPED_MONTH")).toEqual([]);
  });

  it("reads dates whose format shows the year as those dates", () => {
    const dates = [4, 5].map((m) => serial(2015, m, 1));
    const reading = readDataSheet(sheet(dates, "mmm-yy"), { today: TODAY });
    expect(reading.data.get("referrals")?.get(monthKey(2015, 5))).toBe(301);
    expect(reading.issues.filter((i) => i.code === "TYPED_MONTH")).toEqual([]);
  });
});
