import fc from "fast-check";
import { hasWord, textKey } from "../../../src/domain/text/text-key";

/** What a key may forget: case, compatibility forms and everything between the words. */
function wordCharacters(text: string): string {
  return [...text.normalize("NFKC").toLowerCase()]
    .filter((c) => /[\p{L}\p{M}\p{N}]/u.test(c))
    .join("");
}

/** Text in many scripts, with emoji, punctuation and spacing between. */
const anyText = fc.oneof(
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }),
  fc
    .array(
      fc.constantFrom(
        "إحالات",
        "הפניות",
        "Référals",
        "Refs",
        "🙂",
        "👩‍👧",
        "-",
        " ",
        "*",
        "№",
        "Ｒｅｆｓ",
        "2",
        "٣"
      ),
      { maxLength: 5 }
    )
    .map((parts) => parts.join(""))
);

describe("reducing text to the words that identify it, in any script", () => {
  it("forgets case, compatibility forms and punctuation, and nothing else", () => {
    expect(textKey("  Ｒｅｆｓ — No. 2 ")).toBe("refs no 2");
    expect(textKey("إحالات (شهرية)")).toBe("إحالات شهرية");
    expect(textKey("Tolerance (%)", "%")).toBe("tolerance %");
  });

  it("keeps text with no letters or digits as it is written, so it never reduces to nothing", () => {
    expect(textKey(" 🙂  ! ")).toBe("🙂 !");
    expect(textKey("🙂")).not.toBe(textKey("🙃"));
    expect(textKey(" \u00a0\t")).toBe("");
  });

  it("gives two texts one key only when their letters and digits are the same", () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        if (textKey(a) !== textKey(b)) return;
        expect(wordCharacters(a)).toBe(wordCharacters(b));
        // Without letters or digits, the symbols themselves must agree, spacing aside.
        if (!hasWord(textKey(a))) {
          const bare = (t: string) => t.normalize("NFKC").toLowerCase().replace(/\s+/gu, "");
          expect(bare(a)).toBe(bare(b));
        }
      }),
      { numRuns: 2000 }
    );
  });

  it("is empty only for blank text", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(textKey(text) === "").toBe(text.normalize("NFKC").trim() === "");
      })
    );
  });
});
