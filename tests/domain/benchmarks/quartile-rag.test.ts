import fc from "fast-check";
import { rateByQuartile } from "../../../src/domain/benchmarks/quartile-rag";

const RANK = { Green: 0, Amber: 1, Red: 2, "Not rated": 3 } as const;

describe("rating by quartile among all authorities", () => {
  const others = [10, 20, 20, 30, 40, 50, 60]; // with the value, 8 authorities: 2 a quartile

  it("rates the better half Green, the third quarter Amber and the last Red", () => {
    expect(rateByQuartile(5, others, "lower", "2024/25").rating).toBe("Green");
    expect(rateByQuartile(25, others, "lower", "2024/25").rating).toBe("Green");
    expect(rateByQuartile(45, others, "lower", "2024/25").rating).toBe("Amber");
    expect(rateByQuartile(70, others, "lower", "2024/25").rating).toBe("Red");
    expect(rateByQuartile(70, others, "higher", "2024/25").rating).toBe("Green");
  });

  it("says the rank with its ties, the quartile and the year", () => {
    expect(rateByQuartile(20, others, "lower", "2024/25").reason).toBe(
      "20 would rank 2nd of 8 authorities (tied with 2) in 2024/25, in the first quartile (1 is best)."
    );
  });

  it("does not rate an indicator where neither way is better, or with nothing to rank against", () => {
    expect(rateByQuartile(20, others, "range", "2024/25").rating).toBe("Not rated");
    expect(rateByQuartile(20, [], "lower", "2024/25").rating).toBe("Not rated");
  });

  it("never rates a better value worse, for either polarity", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        (values, a, b) => {
          const [better, worse] = a <= b ? [a, b] : [b, a];
          const lower = (x: number) => RANK[rateByQuartile(x, values, "lower", "2024/25").rating];
          expect(lower(better)).toBeLessThanOrEqual(lower(worse));
          const higher = (x: number) => RANK[rateByQuartile(x, values, "higher", "2024/25").rating];
          expect(higher(worse)).toBeLessThanOrEqual(higher(better));
        }
      )
    );
  });
});
