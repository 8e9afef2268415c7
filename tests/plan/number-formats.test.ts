import { cellNumber, valueFormat, varianceFormat } from "../../src/plan/number-formats";

describe("number formats by unit", () => {
  it("shows percentages to one decimal place as Excel percentages", () => {
    expect(valueFormat("percent", 1)).toBe("0.0%");
  });

  it("shows rates per 10,000 with thousands separators at their precision", () => {
    expect(valueFormat("per10k", 1)).toBe("#,##0.0");
  });

  it("shows counts and days as whole numbers with thousands separators", () => {
    expect(valueFormat("count", 0)).toBe("#,##0");
    expect(valueFormat("days", 0)).toBe("#,##0");
  });

  it("signs variances and shows percentage differences in points", () => {
    expect(varianceFormat("percent", 1)).toBe('+0.0" pts";-0.0" pts";0.0" pts"');
    expect(varianceFormat("days", 0)).toBe('+#,##0" days";-#,##0" days";#,##0" days"');
  });

  it("writes a percent as a fraction without binary noise", () => {
    expect(cellNumber(22.6, "percent")).toBe(0.226);
    expect(cellNumber(51.3, "per10k")).toBe(51.3);
  });
});
