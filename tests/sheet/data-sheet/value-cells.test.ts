import { readCountCell } from "../../../src/sheet/data-sheet/count-cell";
import { readPercentCell } from "../../../src/sheet/data-sheet/percent-cell";

const place = () => ({ sheet: "CSC Data", cell: "B2", what: "Referrals for Apr-15" });
const count = (cell: Parameters<typeof readCountCell>[0], format = "General") => {
  const read = readCountCell(cell, format, place);
  return [read.value, read.issue?.severity ?? null, read.issue?.code ?? null];
};

describe("reading counts and printed percentages", () => {
  it("reads counts as Excel shows them", () => {
    expect(count(12)).toEqual([12, null, null]);
    expect(count("1,234")).toEqual([1234, null, null]);
    expect(count(" 12 ")).toEqual([12, null, null]);
    expect(count("")).toEqual([null, null, null]);
  });

  it("treats withheld and broken cells as missing, and wrong ones as errors", () => {
    expect(count("c")).toEqual([null, "info", "SUPPRESSED_VALUE"]);
    expect(count("#N/A")).toEqual([null, "warning", "EXCEL_ERROR_VALUE"]);
    expect(count(true)).toEqual([null, "error", "BOOLEAN_NOT_NUMBER"]);
    expect(count("n/a")).toEqual([null, "error", "TEXT_NOT_NUMBER"]);
    expect(count(-3)).toEqual([null, "error", "NEGATIVE_COUNT"]);
    expect(count(0.28, "0%")).toEqual([null, "error", "PERCENT_NOT_COUNT"]);
    expect(readCountCell("n/a", "General", place).issue?.message).toMatch(/"n\/a"/);
  });

  it("reads printed percentages on one scale, however they are written", () => {
    expect(readPercentCell("28.0%", "General", place)).toEqual({
      value: 28,
      decimals: 1,
      issue: null,
    });
    expect(readPercentCell(0.28, "0.0%", place).value).toBe(28);
    expect(readPercentCell(28, "General", place).value).toBe(28);
    expect(readPercentCell("150%", "General", place).issue?.code).toBe("PERCENT_OUT_OF_RANGE");
    expect(readPercentCell("#DIV/0!", "General", place).issue?.code).toBe("EXCEL_ERROR_VALUE");
  });
});
