import { parseHeadlineFigure } from "../../../src/sheet/comparators/headline-choice";
import { parseRagBasisChoice, ragBasisFor } from "../../../src/sheet/comparators/rag-basis-choice";

describe("reading a RAG basis and a headline figure", () => {
  it("knows each basis by the names analysts give it", () => {
    expect(parseRagBasisChoice("Target")).toBe("target");
    expect(parseRagBasisChoice("SN")).toBe("statNeighbours");
    expect(parseRagBasisChoice("Statistical neighbours")).toBe("statNeighbours");
    expect(parseRagBasisChoice("National")).toBe("england");
    expect(parseRagBasisChoice("Regional")).toBe("region");
    expect(parseRagBasisChoice("band")).toBe("band");
    expect(parseRagBasisChoice("Same month last year")).toBe("lastYear");
    expect(parseRagBasisChoice("quartile")).toBeUndefined();
  });

  it("builds the engine's basis, carrying a tolerance only when one is given", () => {
    expect(ragBasisFor("target")).toEqual({ kind: "target" });
    expect(ragBasisFor("band", { kind: "absolute", amount: 2 })).toEqual({
      kind: "band",
      tolerance: { kind: "absolute", amount: 2 },
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
