import fc from "fast-check";
import { editDistance, nearest } from "../../../src/domain/text/nearest";

describe("did-you-mean suggestions", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("referals", "referrals")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
  });

  it("suggests the closest candidates first, ignoring case, and nothing for nonsense", () => {
    expect(
      nearest("Rereferal_pct", ["referrals_per10k", "rereferral_pct", "cpp_repeat_pct"])[0]
    ).toBe("rereferral_pct");
    expect(nearest("zzzzzzzz", ["rereferral_pct", "lac"])).toEqual([]);
  });

  it("is a distance: symmetric, zero only for equal strings", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, b) === 0).toBe(a === b);
      })
    );
  });
});
