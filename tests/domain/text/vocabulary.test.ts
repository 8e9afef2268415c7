import fc from "fast-check";
import { headingKey } from "../../../src/domain/text/heading-key";
import { vocabulary } from "../../../src/domain/text/vocabulary";

/** A word as an analyst might type it: any case, any punctuation between and around its parts. */
function typed(word: string): fc.Arbitrary<string> {
  const parts = word.split(" ");
  return fc
    .tuple(
      fc.array(fc.boolean(), { minLength: word.length, maxLength: word.length }),
      fc.array(fc.constantFrom(" ", ". ", "-", "_", "  ", "/", "\u00a0"), {
        minLength: parts.length,
        maxLength: parts.length,
      }),
      fc.constantFrom("", " ", "(", "*", "'"),
      fc.constantFrom("", " ", ")", ":", ".", "*")
    )
    .map(([upper, separators, before, after]) => {
      const cased = [...word].map((c, i) => (upper[i] === true ? c.toUpperCase() : c)).join("");
      const joined = cased
        .split(" ")
        .map((part, i) => (i === 0 ? part : `${separators[i] ?? " "}${part}`))
        .join("");
      return `${before}${joined}${after}`;
    });
}

const word = fc
  .array(fc.stringMatching(/^[a-z0-9%]{1,6}$/), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join(" "));

describe("a vocabulary of synonyms", () => {
  const types = vocabulary({
    relative: ["Relative", "%", "Percentage"],
    absolute: ["Absolute", "Points", "Percentage points", "pp"],
  });

  it("finds the value a word names whatever its case and punctuation", () => {
    expect(types.lookup("relative")).toBe("relative");
    expect(types.lookup(" (%) ")).toBe("relative");
    expect(types.lookup("PERCENTAGE-POINTS")).toBe("absolute");
    expect(types.lookup("(PP):")).toBe("absolute");
  });

  it("knows nothing it was not told, not even the values' own names or an object's properties", () => {
    expect(types.lookup("quartile")).toBeUndefined();
    expect(types.lookup("")).toBeUndefined();
    expect(types.lookup(null)).toBeUndefined();
    expect(types.lookup("constructor")).toBeUndefined();
    expect(types.lookup("__proto__")).toBeUndefined();
    expect(vocabulary({ statNeighbours: ["SN"] }).lookup("statNeighbours")).toBeUndefined();
  });

  it("reads numbers and booleans as their text, as a cell holding them is read", () => {
    const yesNo = vocabulary({ yes: ["yes", "true", "1"], no: ["no", "false", "0"] });
    expect(yesNo.lookup(1)).toBe("yes");
    expect(yesNo.lookup(false)).toBe("no");
  });

  it("lists every word as it is compared, with the value it names", () => {
    expect([...types.words]).toEqual([
      ["relative", "relative"],
      ["%", "relative"],
      ["percentage", "relative"],
      ["absolute", "absolute"],
      ["points", "absolute"],
      ["percentage points", "absolute"],
      ["pp", "absolute"],
    ]);
  });

  it("builds from a table of definitions and the words each is known by", () => {
    const columns = vocabulary(
      {
        england: { label: "England", headings: ["national"] },
        region: { label: "Region", headings: [] },
      },
      (def: { label: string; headings: readonly string[] }) => [def.label, ...def.headings]
    );
    expect(columns.lookup("NATIONAL")).toBe("england");
    expect(columns.lookup("region")).toBe("region");
    expect(columns.lookup("label")).toBeUndefined();
  });

  it("resolves every synonym of every entry to its value, however it is typed", () => {
    // Unique as compared: "%%" and "% %" are one word, which two entries may not share.
    const table = fc
      .uniqueArray(word, { minLength: 1, maxLength: 12, selector: headingKey })
      .chain((words) =>
        fc.tuple(
          fc.constant(words),
          fc.array(fc.constantFrom("a", "b", "c"), {
            minLength: words.length,
            maxLength: words.length,
          })
        )
      );
    fc.assert(
      fc.property(
        table.chain(([words, owners]) =>
          fc.tuple(fc.constant(words), fc.constant(owners), fc.tuple(...words.map(typed)))
        ),
        ([words, owners, typings]) => {
          const entries = { a: [] as string[], b: [] as string[], c: [] as string[] };
          words.forEach((w, i) => entries[owners[i] ?? "a"].push(w));
          const vocab = vocabulary(entries);
          typings.forEach((text, i) => expect(vocab.lookup(text)).toBe(owners[i]));
        }
      )
    );
  });

  it("refuses, as it is built, a word two entries claim however differently they write it", () => {
    expect(() => vocabulary({ a: ["Stat neighbours"], b: ["STAT. NEIGHBOURS"] })).toThrow(
      /names both a and b/
    );
    fc.assert(
      fc.property(
        word.chain((w) => fc.tuple(typed(w), typed(w))),
        ([first, second]) => {
          expect(() => vocabulary({ a: [first], b: [second] })).toThrow(/names both/);
          expect(vocabulary({ a: [first, second] }).lookup(second)).toBe("a");
        }
      )
    );
  });

  it("refuses a word that reduces to nothing, which would match a blank cell", () => {
    expect(() => vocabulary({ a: ["ok", " \u00a0 "] })).toThrow(/reduces to no word/);
  });

  it("keeps words of any script and symbols alone apart, so none of them finds another's value", () => {
    const scripts = vocabulary({ a: ["إحالات"], b: ["הפניות"], c: ["🙂"], d: ["--"] });
    expect(scripts.lookup(" إحالات: ")).toBe("a");
    expect(scripts.lookup("הפניות")).toBe("b");
    expect(scripts.lookup("🙂")).toBe("c");
    expect(scripts.lookup("--")).toBe("d");
    expect(scripts.lookup("🙃")).toBeUndefined();
    expect(scripts.lookup("مراجعة")).toBeUndefined();
    expect(scripts.lookup("")).toBeUndefined();
  });
});
