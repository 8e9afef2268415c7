import fc from "fast-check";
import type { CellInput } from "../../../src/domain/cell/read-cell";
import { fractionFromPercent } from "../../../src/domain/format/percent-scale";
import {
  describe as describeValue,
  isBlank,
  isExcelErrorText,
  numberFrom,
  optionalNumber,
} from "../../../src/functions/args/cells";
import { readCountCell } from "../../../src/sheet/data-sheet/count-cell";
import { readPercentCell } from "../../../src/sheet/data-sheet/percent-cell";
import type { RawCell } from "../../../src/sheet/grid";
import type { SheetIssueCode } from "../../../src/sheet/sheet-issue";
import { errorValueText } from "../../support/error-value-text";

/** What a cell reads as: the number it gives, or what else it is. */
type Kind = "blank" | "number" | "suppressed" | "error" | "boolean" | "text";
type Read = number | Exclude<Kind, "number">;

const place = () => ({ sheet: "CSC Data", cell: "B2", what: "Referrals for Apr-15" });

const KIND_OF_ISSUE: Partial<Record<SheetIssueCode, Kind>> = {
  SUPPRESSED_VALUE: "suppressed",
  EXCEL_ERROR_VALUE: "error",
  BOOLEAN_NOT_NUMBER: "boolean",
  TEXT_NOT_NUMBER: "text",
  // A number the sheet reads but will not use as a count: a number, but none to compare.
  NEGATIVE_COUNT: "number",
  PERCENT_NOT_COUNT: "number",
  COUNT_TOO_LARGE: "number",
};

/**
 * What a data sheet makes of a cell in a count row, or in a percentage row for a percentage. The
 * sheet holds a percentage on its 0–100 scale and =CSC.* take Excel's fraction, so a percentage is
 * compared as the fraction: 28% is 0.28 to both.
 */
function onDataSheet(cell: RawCell): Read {
  const count = readCountCell(cell, "General", place);
  if (count.issue === null) return count.value ?? "blank";
  if (count.issue.code === "PERCENT_NOT_COUNT") {
    // A percentage past 0–100 is read, then set aside: a number, but none to compare.
    const percent = readPercentCell(cell, "General", place).value;
    return percent === null ? Number.NaN : fractionFromPercent(percent);
  }
  const kind = KIND_OF_ISSUE[count.issue.code] ?? "text";
  return kind === "number" ? Number.NaN : kind;
}

/** What a custom function makes of the same value passed as an argument. */
function asArgument(cell: CellInput): Read {
  if (isBlank(cell)) return "blank";
  const number = numberFrom(cell, "value");
  if (number.ok) return number.value;
  if (isExcelErrorText(cell)) return "error";
  const detail = number.error.detail;
  if (/is the suppression marker /.test(detail)) return "suppressed";
  if (/is (TRUE|FALSE),/.test(detail)) return "boolean";
  return "text";
}

const kindOf = (read: Read): Kind => (typeof read === "number" ? "number" : read);

describe("a functions argument and a data-sheet cell read alike", () => {
  const AWKWARD: readonly (readonly [RawCell, Read])[] = [
    ["12,34", "text"], // a European decimal comma, or a typo: ambiguous, so never 1234
    ["1,234", 1234],
    ["#FIELD!", "error"],
    ["#getting_data", "error"],
    [" 12 ", 12],
    ["\u00a012\u00a0", 12],
    ["28.0%", 0.28],
    ["1e-3", 0.001],
    ["c", "suppressed"],
    ["1e400", "text"], // past what a number holds: never Infinity
    ["+", "text"],
    [".", "text"],
    ["n/a", "text"],
    ["", "blank"],
    ["   ", "blank"],
    [null, "blank"],
    [true, "boolean"],
  ];

  it.each(AWKWARD)("reads %j as %p on the data sheet and in =CSC.*", (cell, reads) => {
    expect(onDataSheet(cell)).toEqual(reads);
    expect(asArgument(cell)).toEqual(reads);
  });

  it("reads every error value as an error in both, however it is cased or padded", () => {
    fc.assert(
      fc.property(errorValueText, ({ cell, error }) => {
        expect(onDataSheet(cell)).toBe("error");
        expect(asArgument(cell)).toBe("error");
        expect(describeValue(cell)).toBe(`the error ${error}`);
      })
    );
  });

  it("tells the same kinds of cell apart in both, whatever the text", () => {
    const cell = fc.oneof(
      fc.string(),
      fc.stringMatching(/^ ?[+-]?[\d,]{0,8}\.?\d{0,3}([eE][+-]?\d{1,3})?%?$/),
      fc.double().map(String)
    );
    fc.assert(
      fc.property(cell, (text) => {
        expect(kindOf(asArgument(text))).toBe(kindOf(onDataSheet(text)));
      }),
      { numRuns: 2000 }
    );
  });
});

describe("reading an argument as a number", () => {
  it("takes a percentage typed as text as the fraction a cell shown as that percentage holds", () => {
    expect(numberFrom("5%", "tolerance")).toEqual({ ok: true, value: 0.05 });
    expect(numberFrom(" 22.6 % ", "value")).toEqual({ ok: true, value: 0.226 });
  });

  it("names what it got instead of a number", () => {
    expect(numberFrom("12,34", "count")).toMatchObject({
      ok: false,
      error: { code: "INVALID_INPUT", detail: 'count is the text "12,34", not a number.' },
    });
    expect(numberFrom("c", "count")).toMatchObject({
      error: { detail: 'count is the suppression marker "c", not a number.' },
    });
    expect(numberFrom("#field!", "count")).toMatchObject({
      error: { detail: "count is the error #FIELD!, not a number." },
    });
    expect(numberFrom(Number.POSITIVE_INFINITY, "count")).toMatchObject({
      error: { detail: "count is not a finite number." },
    });
    expect(numberFrom([[1]], "count")).toMatchObject({
      error: { detail: "count is not a single value, not a number." },
    });
  });

  it("gives the default for a blank optional argument, spaces included", () => {
    expect(optionalNumber(" ", 12, "months")).toEqual({ ok: true, value: 12 });
    expect(optionalNumber(undefined, 12, "months")).toEqual({ ok: true, value: 12 });
  });

  it("never gives a number that is not finite", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.double().map(String)), (value) => {
        const number = numberFrom(value, "value");
        if (number.ok) expect(Number.isFinite(number.value)).toBe(true);
      })
    );
  });
});
