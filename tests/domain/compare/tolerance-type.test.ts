import { parseToleranceType } from "../../../src/domain/compare/tolerance-type";

describe("reading a tolerance type", () => {
  it("knows the tolerance types by their everyday names", () => {
    expect(parseToleranceType("%")).toBe("relative");
    expect(parseToleranceType("Relative")).toBe("relative");
    expect(parseToleranceType("Percentage points")).toBe("absolute");
    expect(parseToleranceType("pts")).toBe("absolute");
    expect(parseToleranceType("quartile")).toBeUndefined();
  });
});
