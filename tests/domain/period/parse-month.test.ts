import fc from "fast-check";
import {
  expandTwoDigitYear,
  isMonthLabel,
  parseMonthLabel,
  MONTH_LABEL_FIRST_YEAR,
  MONTH_LABEL_LAST_YEAR,
} from "../../../src/domain/period/parse-month";
import {
  formatMonth,
  formatMonthIso,
  formatMonthLong,
  monthKey,
  type MonthKey,
} from "../../../src/domain/period/month";

const april2015 = { ok: true, value: monthKey(2015, 4) };

function errorOf(
  value: unknown,
  options?: { fyStartYear?: number; fyStartMonth?: number }
): string {
  const result = parseMonthLabel(value, options);
  if (result.ok)
    throw new Error(`expected ${String(value)} to be refused, got ${formatMonth(result.value)}`);
  expect(result.error.code).toBe("INVALID_INPUT");
  return result.error.detail;
}

const monthKeys = (firstYear: number, lastYear: number) =>
  fc
    .integer({ min: monthKey(firstYear, 1), max: monthKey(lastYear, 12) })
    .map((n) => n as MonthKey);

describe("parsing month labels", () => {
  it.each([
    "Apr-15",
    "Apr 15",
    "Apr-2015",
    "April 2015",
    "april 2015",
    "APRIL 2015",
    "  Apr-15  ",
    "\u00a0Apr\u00a02015\t",
    "Apr 2015",
    "Apr15",
    "Apr. 2015",
    "Apr '15",
    "2015-04",
    "2015-4",
    "2015/04",
    "04/2015",
    "4/2015",
    "04-2015",
    "2015-04-01",
    "2015-04-30",
    "2015-04-01T00:00:00Z",
    "2015-04-01 00:00:00",
    "1-Apr-2015",
    "01-Apr-15",
    "1 April 2015",
    "15/04/2015",
    "04/15/2015",
    "04/04/2015",
  ])("reads the text %p as April 2015", (label) => {
    expect(parseMonthLabel(label)).toEqual(april2015);
  });

  it("reads Sept as September", () => {
    expect(parseMonthLabel("Sept 2015")).toEqual({ ok: true, value: monthKey(2015, 9) });
    expect(parseMonthLabel("sept-15")).toEqual({ ok: true, value: monthKey(2015, 9) });
  });

  it("reads an Excel date serial as the month of its day, ignoring any time", () => {
    expect(parseMonthLabel(42095)).toEqual(april2015);
    expect(parseMonthLabel(42124)).toEqual(april2015);
    expect(parseMonthLabel(42124.99)).toEqual(april2015);
    expect(parseMonthLabel(42125)).toEqual({ ok: true, value: monthKey(2015, 5) });
  });

  it("reads a JavaScript Date by its UTC day, so a UTC-midnight 1 April stays April in any zone", () => {
    expect(parseMonthLabel(new Date(Date.UTC(2015, 3, 1)))).toEqual(april2015);
    expect(parseMonthLabel(new Date(Date.UTC(2015, 3, 30, 23, 59)))).toEqual(april2015);
    expect(errorOf(new Date(Number.NaN))).toContain("invalid date");
  });

  it("places a bare month name in the financial year it is given", () => {
    expect(parseMonthLabel("APR", { fyStartYear: 2015 })).toEqual(april2015);
    expect(parseMonthLabel("Mar", { fyStartYear: 2015 })).toEqual({
      ok: true,
      value: monthKey(2016, 3),
    });
    expect(parseMonthLabel(" january ", { fyStartYear: 2015 })).toEqual({
      ok: true,
      value: monthKey(2016, 1),
    });
    expect(parseMonthLabel("Dec", { fyStartYear: 2015 })).toEqual({
      ok: true,
      value: monthKey(2015, 12),
    });
    expect(parseMonthLabel("Sept", { fyStartYear: 2015 })).toEqual({
      ok: true,
      value: monthKey(2015, 9),
    });
    expect(parseMonthLabel("Aug", { fyStartYear: 2015, fyStartMonth: 9 })).toEqual({
      ok: true,
      value: monthKey(2016, 8),
    });
    expect(parseMonthLabel("Jan", { fyStartYear: 2015, fyStartMonth: 1 })).toEqual({
      ok: true,
      value: monthKey(2015, 1),
    });
  });

  it("refuses a bare month name when no financial year is given", () => {
    expect(errorOf("APR")).toContain("without a year");
    expect(errorOf("APR", { fyStartYear: 2015, fyStartMonth: 13 })).toContain("not valid");
  });

  it("reads two-digit years inside the window 1990–2089", () => {
    expect(expandTwoDigitYear(0)).toBe(2000);
    expect(expandTwoDigitYear(89)).toBe(2089);
    expect(expandTwoDigitYear(90)).toBe(1990);
    expect(expandTwoDigitYear(99)).toBe(1999);
    expect(parseMonthLabel("Mar-99")).toEqual({ ok: true, value: monthKey(1999, 3) });
    expect(parseMonthLabel("Mar-00")).toEqual({ ok: true, value: monthKey(2000, 3) });
  });

  it("refuses labels that could be read two ways", () => {
    expect(errorOf("04/05")).toContain("ambiguous");
    expect(errorOf("4-5")).toContain("ambiguous");
    expect(errorOf("01/04/2015")).toContain("ambiguous");
  });

  it("refuses labels that are not months, saying what is wrong", () => {
    expect(errorOf("13/2015")).toContain("13 is not a month number");
    expect(errorOf("2015-13")).toContain("13 is not a month number");
    expect(errorOf("2015/16")).toContain("financial year");
    expect(errorOf("Apr-155")).toContain("3 digits");
    expect(errorOf("Apr-5")).toContain("1 digits");
    expect(errorOf("Aprl 2015")).toContain('"aprl" is not a month name');
    expect(errorOf("2015-02-30")).toContain("not a calendar date");
    expect(errorOf("31/02/2015")).toContain("not a calendar date");
    expect(errorOf("30-Feb-2015")).toContain("not a calendar date");
    expect(errorOf("2015")).toContain("a year, not a month");
    expect(errorOf("42095")).toContain("number written as text");
    expect(errorOf("YTD")).toContain("not a month label");
    expect(errorOf("Total 2015/16")).toContain("not a month label");
    expect(errorOf("")).toContain("empty");
    expect(errorOf("   ")).toContain("empty");
    expect(errorOf(null)).toContain("empty");
    expect(errorOf(undefined)).toContain("empty");
    expect(errorOf(true)).toContain("not a month label");
    expect(errorOf({})).toContain("not a month label");
  });

  it("refuses years and serials outside 1990–2100, which are not monthly-data headers", () => {
    expect(errorOf(2015)).toContain("1905");
    expect(errorOf(32873)).toContain("1989");
    expect(parseMonthLabel(32874)).toEqual({ ok: true, value: monthKey(1990, 1) });
    expect(parseMonthLabel(73415)).toEqual({ ok: true, value: monthKey(2100, 12) });
    expect(errorOf(73416)).toContain("2101");
    expect(errorOf(0)).toContain("not a month");
    expect(errorOf(-3)).toContain("not a month");
    expect(errorOf(Number.NaN)).toContain("not a month");
    expect(errorOf(Number.POSITIVE_INFINITY)).toContain("not a month");
    expect(errorOf("Apr 1989")).toContain("1989");
    expect(errorOf("2101-01")).toContain("2101");
    expect(errorOf(new Date(Date.UTC(1985, 0, 1)))).toContain("1985");
    expect(MONTH_LABEL_FIRST_YEAR).toBe(1990);
    expect(MONTH_LABEL_LAST_YEAR).toBe(2100);
  });

  it("round-trips the ISO and long labels of every month in 1990–2100", () => {
    fc.assert(
      fc.property(monthKeys(1990, 2100), (key) => {
        expect(parseMonthLabel(formatMonthIso(key))).toEqual({ ok: true, value: key });
        expect(parseMonthLabel(formatMonthLong(key))).toEqual({ ok: true, value: key });
      })
    );
  });

  it("round-trips the short label of every month in the two-digit window 1990–2089", () => {
    fc.assert(
      fc.property(monthKeys(1990, 2089), (key) => {
        expect(parseMonthLabel(formatMonth(key))).toEqual({ ok: true, value: key });
        expect(parseMonthLabel(` ${formatMonth(key).toUpperCase()} `)).toEqual({
          ok: true,
          value: key,
        });
      })
    );
  });

  it("checks every month of 1990–2100 exhaustively, not just a sample", () => {
    for (let n: number = monthKey(1990, 1); n <= monthKey(2100, 12); n++) {
      const k = n as MonthKey;
      expect(parseMonthLabel(formatMonthIso(k))).toEqual({ ok: true, value: k });
      expect(parseMonthLabel(formatMonthLong(k))).toEqual({ ok: true, value: k });
      if (k <= monthKey(2089, 12))
        expect(parseMonthLabel(formatMonth(k))).toEqual({ ok: true, value: k });
    }
  });

  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.anything(), fc.double()),
        (value) => {
          const result = parseMonthLabel(value, { fyStartYear: 2015 });
          expect(typeof result.ok).toBe("boolean");
          expect(typeof isMonthLabel(value)).toBe("boolean");
        }
      ),
      { numRuns: 2000 }
    );
  });

  it("never throws on text built from month-label pieces", () => {
    const piece = fc.constantFrom(
      "apr",
      "Sept",
      "2015",
      "15",
      "4",
      "04",
      "/",
      "-",
      " ",
      ".",
      "'",
      "T",
      "00:00",
      "1",
      "31"
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => {
        const result = parseMonthLabel(pieces.join(""), { fyStartYear: 2015 });
        if (!result.ok) expect(result.error.detail.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 }
    );
  });

  it("tells month headers from other header cells", () => {
    expect(isMonthLabel("Apr-15")).toBe(true);
    expect(isMonthLabel("APR")).toBe(true);
    expect(isMonthLabel(42095)).toBe(true);
    expect(isMonthLabel(new Date(Date.UTC(2015, 3, 1)))).toBe(true);
    expect(isMonthLabel("YTD")).toBe(false);
    expect(isMonthLabel("Indicator")).toBe(false);
    expect(isMonthLabel("2015/16")).toBe(false);
    expect(isMonthLabel(12)).toBe(false);
    expect(isMonthLabel(null)).toBe(false);
    expect(isMonthLabel("")).toBe(false);
    expect(isMonthLabel("-")).toBe(false);
  });
});
