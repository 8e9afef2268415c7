import { contrastRatio, RAG_PALETTE, relativeLuminance } from "../../src/plan/rag-palette";

describe("RAG palette", () => {
  it("computes WCAG luminance at the ends of the scale", () => {
    expect(relativeLuminance("#FFFFFF")).toBeCloseTo(1, 10);
    expect(relativeLuminance("#000000")).toBe(0);
    expect(contrastRatio("#000000", "#FFFFFF")).toBeCloseTo(21, 10);
  });

  it("gives the same contrast whichever colour comes first", () => {
    expect(contrastRatio("#C00000", "#FFFFFF")).toBeCloseTo(
      contrastRatio("#FFFFFF", "#C00000"),
      12
    );
  });

  it.each(Object.entries(RAG_PALETTE))(
    "keeps the %s cell's text at a contrast of at least 4.5:1 (WCAG AA)",
    (_, colours) => {
      expect(contrastRatio(colours.fill, colours.text)).toBeGreaterThanOrEqual(4.5);
    }
  );

  it("gives red, amber and green distinct fills", () => {
    const fills = new Set([RAG_PALETTE.Red.fill, RAG_PALETTE.Amber.fill, RAG_PALETTE.Green.fill]);
    expect(fills.size).toBe(3);
  });

  it("refuses a colour that is not #RRGGBB", () => {
    expect(() => relativeLuminance("red")).toThrow(RangeError);
  });
});
