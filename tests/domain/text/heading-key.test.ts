import fc from "fast-check";
import { headingKey } from "../../../src/domain/text/heading-key";

describe("reducing a heading to the words that identify it", () => {
  it("ignores case, punctuation and spacing, keeping % and reading & as and", () => {
    expect(headingKey("  Stat. Neighbours (avg)")).toBe("stat neighbours avg");
    expect(headingKey("Tolerance (%)")).toBe("tolerance %");
    expect(headingKey("Yorkshire & the Humber")).toBe("yorkshire and the humber");
    expect(headingKey(2015)).toBe("2015");
    expect(headingKey(null)).toBe("");
  });

  it("reduces Latin text to lower-case words", () => {
    fc.assert(
      fc.property(
        fc.string().filter((text) => /[A-Za-z0-9%]/.test(text)),
        (text) => {
          expect(headingKey(text)).toMatch(/^[a-z0-9%]+( [a-z0-9%]+)*$/);
        }
      )
    );
  });

  it("keeps words of any script, and reduces only a blank heading to nothing", () => {
    expect(headingKey("Référence (إحالات)")).toBe("référence إحالات");
    expect(headingKey("🙂")).toBe("🙂");
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        expect(headingKey(text) === "").toBe(text.normalize("NFKC").trim() === "");
      })
    );
  });
});
