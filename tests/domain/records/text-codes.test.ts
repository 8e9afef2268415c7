import fc from "fast-check";
import { textCodes } from "../../../src/domain/records/text-codes";

/** Codes as a Map gives them: the first appearance of each string takes the next code. */
function mapCodes(texts: readonly string[]): number[] {
  const seen = new Map<string, number>();
  return texts.map((t) => seen.get(t) ?? seen.set(t, seen.size).size - 1);
}

function tableCodes(texts: readonly string[]): number[] {
  const table = textCodes();
  let next = 0;
  return texts.map((t) => {
    const code = table.codeOf(t, next);
    if (code === next) next++;
    return code;
  });
}

describe("text codes", () => {
  it("gives a string the code it was first given, and another string another", () => {
    expect(tableCodes(["A", "B", "A", "AB", "B"])).toEqual([0, 1, 0, 2, 1]);
  });

  it("tells apart strings that pack alike but for length, case, a character past ASCII or a ninth character", () => {
    const texts = ["C1", "C1\u0000", "c1", "C1é", "ABCDEFGH", "ABCDEFGHI", "ABCDEFGHJ", "ABCDEFGH"];
    expect(tableCodes(texts)).toEqual(mapCodes(texts));
  });

  it("tells apart strings whose hashes collide, packed or compared as text", () => {
    // Each pair shares its 32-bit hash (found by search): the first three pairs pack into eight ASCII
    // characters (differing in both words, the last four, the first four), the last compares as text.
    const texts = [
      ...["C449599", "C612382"],
      ...["ABCD23gC", "ABCDNBAD"],
      ...["S3cCWXYZ", "wBADWXYZ"],
      ...["CASE-615436-LONGER", "CASE-1019840-LONGER"],
    ];
    expect(tableCodes([...texts, ...texts])).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 0, 1, 2, 3, 4, 5, 6, 7,
    ]);
  });

  it("tells apart thousands of ids alike in their first four characters or their last four", () => {
    const heads = Array.from({ length: 3000 }, (_, i) => `CASE${i}`);
    const tails = Array.from({ length: 3000 }, (_, i) => `${i}CASE`);
    const texts = [...heads, ...tails, ...heads, ...tails];
    expect(tableCodes(texts)).toEqual(mapCodes(texts));
  });

  it("agrees with a Map on random ids, short and long, as it grows", () => {
    const text = fc.oneof(
      fc.string({ minLength: 1, maxLength: 10 }),
      fc.string({ unit: "grapheme", minLength: 1, maxLength: 4 }),
      fc.constantFrom("C1", "C12", "1234567", "ABCDEFGH", "ABCDEFGHI")
    );
    fc.assert(
      fc.property(fc.array(text, { maxLength: 200 }), (texts) => {
        expect(tableCodes(texts)).toEqual(mapCodes(texts));
      }),
      { numRuns: 300 }
    );
  });
});
