import fc from "fast-check";
import { fractionFromPercent, percentFromFraction } from "../../../src/domain/format/percent-scale";

describe("moving between Excel's fractions and the engine's percentages", () => {
  it("scales without binary noise", () => {
    expect(percentFromFraction(0.226)).toBe(22.6);
    expect(fractionFromPercent(22.6)).toBe(0.226);
    expect(percentFromFraction(0.07)).toBe(7);
  });

  it("comes back to a percentage written to one decimal place", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), (tenths) => {
        const percent = tenths / 10;
        expect(percentFromFraction(fractionFromPercent(percent))).toBe(percent);
      })
    );
  });
});
