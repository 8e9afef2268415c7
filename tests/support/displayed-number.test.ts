import { displayedNumber } from "./displayed-number";

describe("displayedNumber", () => {
  it.each([
    [0.1875, "0.0%", "18.8%"],
    [0.5, "0%", "50%"],
    [10354, "#,##0", "10,354"],
    [705.44, "#,##0.0", "705.4"],
    [21.5, '#,##0.0" *"', "21.5 *"],
    [0.215, '0.0%" *"', "21.5% *"],
    [2.06, '+0.0" pts";-0.0" pts";0.0" pts"', "+2.1 pts"],
    [-2.06, '+0.0" pts";-0.0" pts";0.0" pts"', "-2.1 pts"],
    [0, '+0.0" pts";-0.0" pts";0.0" pts"', "0.0 pts"],
    [-0.0625, "+0.0%;-0.0%;0.0%", "-6.3%"],
    [1234.5678, "General", "1234.5678"],
  ])("shows %p in %s as %s", (value, format, shown) => {
    expect(displayedNumber(value, format)).toBe(shown);
  });

  it("shows a month's date as Excel does", () => {
    expect(displayedNumber(42125, "mmmm yyyy")).toBe("May 2015");
    expect(displayedNumber(42248, "mmm yyyy")).toBe("Sep 2015");
    expect(displayedNumber(42125, "mmm-yy")).toBe("May-15");
  });

  it("refuses a format it cannot render", () => {
    expect(() => displayedNumber(42125, "d mmmm yyyy")).toThrow();
    expect(() => displayedNumber(1.5, "# ?/?")).toThrow();
  });
});
