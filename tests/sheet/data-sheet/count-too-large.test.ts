import { MAX_PLAUSIBLE_COUNT } from "../../../src/domain/arithmetic/finite";
import { readCountCell } from "../../../src/sheet/data-sheet/count-cell";
import { EDGE_NUMERIC_TEXT } from "../../support/edge-numbers";

const place = () => ({ sheet: "CSC Data", cell: "B2", what: "Referrals for Apr-15" });

describe("a count too large to be real", () => {
  it("is an error at its cell and is not read, however it is written", () => {
    for (const cell of [1e308, Number.MAX_VALUE, "1e308", "1,000,000,000,000,000", 1e12 + 1]) {
      const read = readCountCell(cell, "General", place);
      expect([cell, read.value, read.issue?.severity, read.issue?.code, read.issue?.cell]).toEqual([
        cell,
        null,
        "error",
        "COUNT_TOO_LARGE",
        "B2",
      ]);
    }
    expect(readCountCell(1e308, "#,##0", place).issue?.code).toBe("COUNT_TOO_LARGE");
  });

  it("says what the cell holds and why it is not read", () => {
    expect(readCountCell(1e308, "General", place).issue?.message).toBe(
      "'CSC Data'!B2: Referrals for Apr-15 is 1e+308, above 10^12: too large to be a real count of children or events. It is not read."
    );
  });

  it("leaves every real count alone, up to the bound, and tiny numbers too", () => {
    expect(readCountCell(MAX_PLAUSIBLE_COUNT, "General", place)).toEqual({
      value: MAX_PLAUSIBLE_COUNT,
      issue: null,
    });
    expect(readCountCell("5e-324", "General", place).issue).toBeNull();
    for (const text of EDGE_NUMERIC_TEXT) {
      const read = readCountCell(text, "General", place);
      if (read.value !== null) expect(read.value).toBeLessThanOrEqual(MAX_PLAUSIBLE_COUNT);
    }
  });
});
