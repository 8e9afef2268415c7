import fc from "fast-check";
import { a1, columnLetters, gridAddress } from "../../src/sheet/a1";

describe("A1 addresses", () => {
  it("names columns as Excel does", () => {
    expect([0, 25, 26, 27, 701, 702, 16383].map(columnLetters)).toEqual([
      "A",
      "Z",
      "AA",
      "AB",
      "ZZ",
      "AAA",
      "XFD",
    ]);
    expect(a1(6, 1)).toBe("B7");
  });

  it("allows for where a used range starts on its sheet", () => {
    expect(
      gridAddress({ sheet: "CSC Data", values: [], origin: { row: 2, column: 1 } }, 0, 0)
    ).toBe("B3");
  });

  it("gives every column distinct letters", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 16383 }),
        fc.integer({ min: 0, max: 16383 }),
        (a, b) => {
          expect(columnLetters(a) === columnLetters(b)).toBe(a === b);
        }
      )
    );
  });
});
