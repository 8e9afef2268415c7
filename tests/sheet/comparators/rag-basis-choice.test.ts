import { parseHeadlineFigure } from "../../../src/sheet/comparators/headline-choice";
import {
  parseRagBasisChoice,
  ragBasisFor,
  readRagBasisChoice,
} from "../../../src/sheet/comparators/rag-basis-choice";

describe("reading a RAG basis and a headline figure", () => {
  it("knows each basis by the names analysts give it", () => {
    expect(parseRagBasisChoice("Target")).toBe("target");
    expect(parseRagBasisChoice("SN")).toBe("statNeighbours");
    expect(parseRagBasisChoice("Statistical neighbours")).toBe("statNeighbours");
    expect(parseRagBasisChoice("National")).toBe("england");
    expect(parseRagBasisChoice("Regional")).toBe("region");
    expect(parseRagBasisChoice("band")).toBe("band");
    expect(parseRagBasisChoice("Same month last year")).toBe("lastYear");
    expect(parseRagBasisChoice("Quartile")).toBe("quartile");
    expect(parseRagBasisChoice("quartile position")).toBe("quartile");
    expect(parseRagBasisChoice("National quartile")).toBe("quartile");
    expect(parseRagBasisChoice("LAIT quartile")).toBe("quartile");
    expect(parseRagBasisChoice("decile")).toBeUndefined();
  });

  it("offers quartile among the bases it names when a word is not understood", () => {
    const read = readRagBasisChoice("decile");
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.detail).toMatch(/last year or quartile/);
  });

  it("builds the engine's basis, carrying a tolerance only when one is given", () => {
    expect(ragBasisFor("target")).toEqual({ kind: "target" });
    expect(ragBasisFor("band", { kind: "absolute", amount: 2 })).toEqual({
      kind: "band",
      tolerance: { kind: "absolute", amount: 2 },
    });
    // A quartile is a place among authorities: no tolerance applies, and the refresh adds the figures.
    expect(ragBasisFor("quartile", { kind: "relative", fraction: 0.1 })).toEqual({
      kind: "quartile",
    });
    expect(ragBasisFor("statNeighbours")).toEqual({
      kind: "comparator",
      comparator: "statNeighbours",
    });
  });

  it("reads month, year to date and rolling 12 months in their usual spellings", () => {
    expect(parseHeadlineFigure("Monthly")).toBe("month");
    expect(parseHeadlineFigure("YTD")).toBe("ytd");
    expect(parseHeadlineFigure("Year to date")).toBe("ytd");
    expect(parseHeadlineFigure("Rolling 12")).toBe("rolling12");
    expect(parseHeadlineFigure("rolling 12 months")).toBe("rolling12");
    expect(parseHeadlineFigure("fortnightly")).toBeUndefined();
  });
});
