import { readCell } from "../../../src/domain/cell/read-cell";
import { readUnitValue } from "../../../src/sheet/comparators/comparator-value";
import { INDICATORS } from "../../../src/domain/indicators/indicator-catalogue";
import type { IndicatorDef } from "../../../src/domain/indicators/indicator-def";

const percent: IndicatorDef = INDICATORS.rereferral_pct;
const rate: IndicatorDef = INDICATORS.lac_per10k;

function read(cell: string | number | boolean, def = percent, format = "General") {
  return readUnitValue(readCell(cell, format), def, "England figure");
}

describe("reading a comparator in its indicator's unit", () => {
  it('reads 22.6, "22.6%" and 0.226 shown as a percentage all as 22.6 percent', () => {
    expect(read(22.6)).toEqual({ kind: "value", value: 22.6 });
    expect(read("22.6%")).toEqual({ kind: "value", value: 22.6 });
    expect(read(0.226, percent, "0.0%")).toEqual({ kind: "value", value: 22.6 });
  });

  it("refuses a bare 0.226 for a percentage, saying how to write it", () => {
    const outcome = read(0.226);
    expect(outcome).toMatchObject({
      kind: "problem",
      severity: "warning",
      code: "BAD_COMPARATOR_VALUE",
    });
    if (outcome.kind === "problem")
      expect(outcome.detail).toContain("0.226 looks like a fraction; write 22.6 or 22.6%");
  });

  it("takes 0, 1 and 100 as percentages, and refuses what lies outside 0–100", () => {
    expect(read(0)).toEqual({ kind: "value", value: 0 });
    expect(read(1)).toEqual({ kind: "value", value: 1 });
    expect(read(100)).toEqual({ kind: "value", value: 100 });
    expect(read(150)).toMatchObject({ kind: "problem", code: "PERCENT_OUT_OF_RANGE" });
    expect(read(-2)).toMatchObject({ kind: "problem", code: "PERCENT_OUT_OF_RANGE" });
  });

  it("refuses percentages and negatives for rates, counts and ratios", () => {
    expect(read(67, rate)).toEqual({ kind: "value", value: 67 });
    expect(read(0.5, rate)).toEqual({ kind: "value", value: 0.5 });
    expect(read("67%", rate)).toMatchObject({ kind: "problem", code: "BAD_COMPARATOR_VALUE" });
    expect(read(-3, rate)).toMatchObject({ kind: "problem", code: "BAD_COMPARATOR_VALUE" });
  });

  it("treats blank and n/a as no comparator, and reports markers, errors, booleans and text", () => {
    expect(read("")).toEqual({ kind: "none" });
    expect(read("N/A")).toEqual({ kind: "none" });
    expect(read("c")).toMatchObject({ kind: "problem", code: "SUPPRESSED_VALUE" });
    expect(read("#N/A")).toMatchObject({ kind: "problem", code: "EXCEL_ERROR_VALUE" });
    expect(read(true)).toMatchObject({ kind: "problem", code: "BOOLEAN_NOT_NUMBER" });
    expect(read("about 20")).toMatchObject({ kind: "problem", code: "TEXT_NOT_NUMBER" });
  });

  it("takes n/a and its kin as no comparator however they are punctuated", () => {
    for (const text of ["n/a", "N.A.", "na", "None", "Not applicable", "No target."])
      expect(read(text)).toEqual({ kind: "none" });
  });
});
