import fc from "fast-check";
import { variance } from "../../../src/domain/compare/variance";

describe("variance", () => {
  it("gives percentage variance in points and relative variance as a share", () => {
    const v = variance(29.3, 23.6, "lower");
    expect(v.absolute).toBeCloseTo(5.7, 10);
    expect(v.relative).toBeCloseTo(5.7 / 23.6, 10);
    expect(v.assessment).toBe("unfavourable");
  });

  it("judges favourable by polarity", () => {
    expect(variance(80, 75, "higher").assessment).toBe("favourable");
    expect(variance(80, 75, "lower").assessment).toBe("unfavourable");
    expect(variance(75, 75, "lower").assessment).toBe("level");
    expect(variance(80, 75, "context").assessment).toBe("neutral");
  });

  it("judges a range indicator by distance to its band", () => {
    const band = { low: 10, high: 15 };
    expect(variance(14, 18, "range", band).assessment).toBe("favourable");
    expect(variance(8, 12, "range", band).assessment).toBe("unfavourable");
    expect(variance(8, 17, "range", band).assessment).toBe("level");
    expect(variance(8, 17, "range").assessment).toBe("neutral");
  });

  it("has no relative variance against a comparator of 0", () => {
    expect(variance(3, 0, "lower").relative).toBeNull();
  });

  it("is antisymmetric: variance(a, b) = −variance(b, a)", () => {
    const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(
        finite,
        finite,
        (a, b) => variance(a, b, "higher").absolute === -variance(b, a, "higher").absolute
      )
    );
  });
});
