import fc from "fast-check";
import { monthKey } from "../../../src/domain/period/month";
import { readDataSheet } from "../../../src/sheet/data-sheet/read-data-sheet";
import { serialsRunMonthly } from "../../../src/sheet/data-sheet/month-header-cell";
import type { RawCell } from "../../../src/sheet/grid";

const read = (values: RawCell[][]) => readDataSheet({ sheet: "CSC Data", values });
const at = (reading: ReturnType<typeof read>) => reading.issues.map((i) => `${i.code}@${i.cell}`);

// Excel serials of the first of each month, as a host without number formats gives them.
const APR_15 = 42095;
const MAY_15 = 42125;
const JUN_15 = 42156;
const OCT_15 = 42278;
const NOV_15 = 42309;

describe("one reading of the data sheet shows every problem", () => {
  it("keeps a header of date serials with a repeated month: the repeat is an error, the rest is read", () => {
    const reading = read([
      ["", APR_15, MAY_15, MAY_15, JUN_15],
      ["Referrals", 319, 416, 999, 300],
    ]);
    expect(reading.months).toEqual([monthKey(2015, 4), monthKey(2015, 5), monthKey(2015, 6)]);
    expect([...(reading.data.get("referrals")?.values() ?? [])]).toEqual([319, 416, 300]);
    expect(at(reading)).toContain("DUPLICATE_MONTH@D1");
    expect(at(reading)).not.toContain("NO_MONTH_HEADER@A1");
  });

  it("keeps a header of date serials with a gap: the gap is a warning, every month is read", () => {
    const reading = read([
      ["", APR_15, MAY_15, JUN_15, OCT_15, NOV_15],
      ["Referrals", 319, 416, 300, 280, 310],
    ]);
    expect(reading.months).toHaveLength(5);
    expect(at(reading)).toContain("MONTH_GAP@E1");
  });

  it("still refuses a row of counts, or a population repeated, as a header", () => {
    expect(at(read([["Referrals", 42100, 42100, 42100]]))).toEqual(["NO_MONTH_HEADER@A1"]);
    expect(serialsRunMonthly([monthKey(2015, 4), monthKey(2015, 4), monthKey(2015, 4)])).toBe(
      false
    );
    expect(serialsRunMonthly([monthKey(2015, 4), monthKey(2016, 9)])).toBe(false);
  });

  it("finds a header of date serials whatever repeats and gaps an analyst leaves in it", () => {
    // A run of months, then at most one edit in four months: repeat a month, or skip a few.
    const header = fc
      .record({
        first: fc.integer({ min: 0, max: 12 * 60 }),
        length: fc.integer({ min: 4, max: 24 }),
        edits: fc.array(fc.tuple(fc.nat(), fc.constantFrom("repeat", "gap")), { maxLength: 6 }),
      })
      .map(({ first, length, edits }) => {
        const months: number[] = Array.from({ length }, (_, i) => first + i);
        for (const [at, edit] of edits.slice(0, Math.floor(length / 4))) {
          const i = at % months.length;
          if (edit === "repeat") months.splice(i + 1, 0, months[i] ?? 0);
          else for (let j = i + 1; j < months.length; j++) months[j] = (months[j] ?? 0) + 5;
        }
        return months;
      });
    fc.assert(
      fc.property(header, (months) => {
        // The serial of the first of each month from April 1995 (monthly data a sheet could hold).
        const serials = months.map((m) => Date.UTC(1995, 3 + m, 1) / 86_400_000 + 25_569);
        const reading = read([
          ["", ...serials],
          ["Referrals", ...months.map((_, i) => i + 1)],
        ]);
        const distinct = new Set(months);
        expect(reading.months).toHaveLength(distinct.size);
        expect(reading.data.get("referrals")?.size).toBe(distinct.size);
        const repeats = reading.issues.filter((i) => i.code === "DUPLICATE_MONTH");
        expect(repeats).toHaveLength(months.length - distinct.size);
      })
    );
  });

  it("checks the cells of a line whose label is unknown for values no count can take", () => {
    const reading = read([
      ["", "Apr-15", "May-15", "Jun-15", "Jul-15"],
      ["Referrals", 319, 416, 300, 280],
      ["Refs to EH", -3, "#N/A", "12%", "c"],
    ]);
    expect(at(reading)).toEqual(
      expect.arrayContaining([
        "UNKNOWN_MEASURE@A3",
        "NEGATIVE_COUNT@B3",
        "EXCEL_ERROR_VALUE@C3",
        "PERCENT_NOT_COUNT@D3",
      ])
    );
    // A withheld marker is no fault, so it is not reported for a line that is not read.
    expect(at(reading)).not.toContain("SUPPRESSED_VALUE@E3");
    expect(reading.issues.find((i) => i.cell === "B3")?.message).toMatch(
      /"Refs to EH" for April 2015/
    );
  });

  it("checks a repeated month's column and a repeated measure's line, reading neither", () => {
    const reading = read([
      ["", "Apr-15", "May-15", "May-15"],
      ["Referrals", 319, 416, -1],
      ["Refs", "#REF!", 2, 3],
    ]);
    expect(at(reading)).toEqual(
      expect.arrayContaining([
        "DUPLICATE_MONTH@D1",
        "NEGATIVE_COUNT@D2",
        "DUPLICATE_MEASURE@A3",
        "EXCEL_ERROR_VALUE@B3",
      ])
    );
    expect([...(reading.data.get("referrals")?.values() ?? [])]).toEqual([319, 416]);
  });

  it("never reconciles a percentage against a neighbouring indicator when its count's label is unknown", () => {
    const reading = read([
      ["", "Apr-15", "May-15"],
      ["Contacts", 800, 850],
      ["Referrals", 300, 310],
      ["Referrals to early help", 60, 70],
      ["% Mnth", "20%", "22%"],
    ]);
    expect(reading.reported).toEqual([]);
    const note = reading.issues.find((i) => i.code === "SUMMARY_NOT_CHECKED");
    expect(note?.cell).toBe("A5");
    expect(note?.message).toMatch(/A4/);
  });

  it("never reconciles a percentage whose counts are not on the sheet", () => {
    const reading = read([
      ["", "Apr-15", "May-15"],
      ["Referrals", 300, 310],
      ["% Re-referrals within 12 months", "20%", "22%"],
    ]);
    expect(reading.reported).toEqual([]);
    expect(at(reading)).toContain("SUMMARY_NOT_CHECKED@A3");
  });

  it("checks a population row as the population setting is checked: a whole number of at least 1", () => {
    const reading = read([
      ["", "Apr-15", "May-15", "Jun-15", "Jul-15"],
      ["Population", 42100, 0, 42100.5, 42100],
    ]);
    expect(at(reading)).toEqual(["BAD_POPULATION@C2", "BAD_POPULATION@D2"]);
    expect([...(reading.data.get("population")?.values() ?? [])]).toEqual([42100, 42100]);
    expect(reading.issues[0]?.message).toMatch(/whole number of at least 1/);
  });
});
