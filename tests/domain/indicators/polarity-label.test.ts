import { parsePolarity } from "../../../src/domain/indicators/polarity-label";

describe("reading a polarity as analysts write it", () => {
  it("takes words and letters in any case, with spaces", () => {
    expect(["higher", "H", " l ", "Range", "c"].map(parsePolarity)).toEqual([
      "higher",
      "higher",
      "lower",
      "range",
      "context",
    ]);
  });

  it("knows nothing else", () => {
    expect(parsePolarity("up")).toBeUndefined();
    expect(parsePolarity("")).toBeUndefined();
  });
});
