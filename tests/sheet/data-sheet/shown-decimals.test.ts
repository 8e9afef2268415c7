import { shownDecimals } from "../../../src/sheet/data-sheet/shown-decimals";

describe("decimal places a printed figure is shown to", () => {
  it("reads them from text as the analyst typed it", () => {
    expect(shownDecimals("28.0%", "General")).toBe(1);
    expect(shownDecimals("90%", "General")).toBe(0);
    expect(shownDecimals("2,693", "General")).toBe(0);
    expect(shownDecimals(" 4.25 ", "General")).toBe(2);
  });

  it("leaves them open for text in e-notation, which fixes no places", () => {
    expect(shownDecimals("1.5e-1%", "General")).toBeUndefined();
  });

  it("reads them from a number's format, and leaves them open when the format does not fix them", () => {
    expect(shownDecimals(0.28, "0.0%")).toBe(1);
    expect(shownDecimals(1234, "#,##0")).toBe(0);
    expect(shownDecimals(0.2, '0.00" pts"')).toBe(2);
    expect(shownDecimals(3.5, "General")).toBeUndefined();
    expect(shownDecimals(3.5, "0.##")).toBeUndefined();
    expect(shownDecimals(true, "General")).toBeUndefined();
  });
});
