import fc from "fast-check";
import {
  EXCEL_ERROR_VALUES,
  readCell,
  SUPPRESSION_MARKERS,
  type CellInput,
} from "../../../src/domain/cell/read-cell";
import { isDateFormat, isPercentFormat } from "../../../src/domain/cell/number-format";
import { shownCell } from "../../../src/domain/cell/shown-cell";
import { errorValueText } from "../../support/error-value-text";

/** Any cell a host can hand over, with text shaped like numbers, errors and markers well represented. */
const anyCell: fc.Arbitrary<CellInput> = fc.oneof(
  fc.string(),
  fc.double(),
  fc.boolean(),
  fc.constantFrom(null, undefined),
  fc.integer().map(String),
  fc.double().map(String),
  fc.stringMatching(/^[ +-]?[\d,]*\.?\d*([eE][+-]?\d{0,4})?%? ?$/),
  fc.constantFrom(...EXCEL_ERROR_VALUES, ...SUPPRESSION_MARKERS)
);

describe("reading a cell as Excel shows it", () => {
  it("reads numbers, and numeric text with thousands separators and spaces", () => {
    expect(readCell(12)).toEqual({ kind: "number", value: 12, percent: false });
    expect(readCell("1,234")).toEqual({ kind: "number", value: 1234, percent: false });
    expect(readCell("1,234,567.5")).toEqual({ kind: "number", value: 1234567.5, percent: false });
    expect(readCell(" 12 ")).toEqual({ kind: "number", value: 12, percent: false });
    expect(readCell("-3.5")).toEqual({ kind: "number", value: -3.5, percent: false });
    expect(readCell(".5")).toEqual({ kind: "number", value: 0.5, percent: false });
  });

  it("reads plain scientific notation as the number it writes", () => {
    expect(readCell("1e-3")).toEqual({ kind: "number", value: 0.001, percent: false });
    expect(readCell("2.5E+3")).toEqual({ kind: "number", value: 2500, percent: false });
    expect(readCell("1e2%")).toEqual({ kind: "number", value: 100, percent: true });
  });

  it("reads a comma that is not a thousands separator as text: 12,34 may be a European 12.34", () => {
    expect(readCell("12,34")).toEqual({ kind: "text", text: "12,34" });
    expect(readCell("1,23")).toEqual({ kind: "text", text: "1,23" });
    expect(readCell("1,2345")).toEqual({ kind: "text", text: "1,2345" });
    expect(readCell(",123")).toEqual({ kind: "text", text: ",123" });
  });

  it("reads percentages written as text and as numbers with a % format on the same 0–100 scale", () => {
    expect(readCell("28.0%")).toEqual({ kind: "number", value: 28, percent: true });
    expect(readCell("28 %")).toEqual({ kind: "number", value: 28, percent: true });
    expect(readCell(0.226, "0.0%")).toEqual({ kind: "number", value: 22.6, percent: true });
  });

  it("knows blanks, suppression markers, error values, booleans and stray text apart", () => {
    expect(readCell("")).toEqual({ kind: "blank" });
    expect(readCell(null)).toEqual({ kind: "blank" });
    expect(readCell(undefined)).toEqual({ kind: "blank" });
    expect(readCell("\u00a0 ")).toEqual({ kind: "blank" });
    for (const marker of ["c", "x", "*", "-", "..", ":"])
      expect(readCell(marker)).toEqual({ kind: "suppressed", marker });
    expect(readCell("C")).toEqual({ kind: "suppressed", marker: "C" });
    expect(readCell("#N/A")).toEqual({ kind: "error", text: "#N/A" });
    expect(readCell("#div/0!")).toEqual({ kind: "error", text: "#DIV/0!" });
    expect(readCell(" #FIELD! ")).toEqual({ kind: "error", text: "#FIELD!" });
    expect(readCell("#getting_data")).toEqual({ kind: "error", text: "#GETTING_DATA" });
    expect(readCell(true)).toEqual({ kind: "boolean", value: true });
    expect(readCell("n/a")).toEqual({ kind: "text", text: "n/a" });
    expect(readCell(" n/a\u00a0")).toEqual({ kind: "text", text: "n/a" });
  });

  it("reads a lone sign, a lone point or a number too big for a double as text, never as NaN or Infinity", () => {
    expect(readCell("+")).toEqual({ kind: "text", text: "+" });
    expect(readCell("-%")).toEqual({ kind: "text", text: "-%" });
    expect(readCell(".")).toEqual({ kind: "text", text: "." });
    expect(readCell("e5")).toEqual({ kind: "text", text: "e5" });
    expect(readCell("1e400")).toEqual({ kind: "text", text: "1e400" });
    expect(readCell("9".repeat(400))).toEqual({ kind: "text", text: "9".repeat(400) });
    expect(readCell("Infinity")).toEqual({ kind: "text", text: "Infinity" });
    expect(readCell("NaN")).toEqual({ kind: "text", text: "NaN" });
  });

  it("reads a number that is not finite, or too big to show as a percentage, as #NUM! as Excel does", () => {
    expect(readCell(Number.NaN)).toEqual({ kind: "error", text: "#NUM!" });
    expect(readCell(Number.POSITIVE_INFINITY)).toEqual({ kind: "error", text: "#NUM!" });
    expect(readCell(1e308, "0%")).toEqual({ kind: "error", text: "#NUM!" });
  });

  it("never throws and never yields a number that is not finite, whatever the cell", () => {
    fc.assert(
      fc.property(
        anyCell,
        fc.oneof(fc.string(), fc.constantFrom("General", "0%")),
        (cell, format) => {
          const reading = readCell(cell, format);
          if (reading.kind === "number") expect(Number.isFinite(reading.value)).toBe(true);
        }
      ),
      { numRuns: 2000 }
    );
  });

  it("reads any finite number written as text by String() back as that number", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const reading = readCell(String(n));
        expect(reading.kind === "number" && reading.value === n && !reading.percent).toBe(true);
      })
    );
  });

  it("reads any number written with thousands separators back as that number", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.nat(99), (n, hundredths) => {
        const decimals = String(hundredths).padStart(2, "0");
        const text = `${n.toLocaleString("en-GB")}.${decimals}`;
        const value = Number(`${n}.${decimals}`);
        expect(readCell(text)).toEqual({ kind: "number", value, percent: false });
      })
    );
  });

  it("reads every error value as an error in capitals, however it is cased or padded", () => {
    fc.assert(
      fc.property(errorValueText, ({ cell, error }) => {
        expect(readCell(cell)).toEqual({ kind: "error", text: error });
      })
    );
  });
});

describe("number formats", () => {
  it("tells percent formats from others", () => {
    expect(isPercentFormat("0.0%")).toBe(true);
    expect(isPercentFormat('0.0"%"')).toBe(false);
    expect(isPercentFormat("0.0\\%")).toBe(false);
    expect(isPercentFormat("General")).toBe(false);
  });

  it("tells date formats from numbers and times", () => {
    expect(isDateFormat("mmm-yy")).toBe(true);
    expect(isDateFormat("dd/mm/yyyy")).toBe(true);
    expect(isDateFormat("#,##0")).toBe(false);
    expect(isDateFormat("0.0%")).toBe(false);
    expect(isDateFormat("hh:mm")).toBe(false);
  });
});

describe("a cell's text as the analyst typed it", () => {
  it("drops surrounding spaces, reads a non-breaking space as a space, and shows other values as text", () => {
    expect(shownCell(" 12\u00a0")).toBe("12");
    expect(shownCell("a\u00a0b")).toBe("a b");
    expect(shownCell(0.226)).toBe("0.226");
    expect(shownCell(true)).toBe("true");
  });
});
