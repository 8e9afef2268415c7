import fc from "fast-check";
import {
  childKeys,
  NOT_PACKED,
  sameChild,
  setNumberKey,
  setTextKey,
} from "../../../src/domain/records/child-keys";

/** Keys of the texts and numbers in order, record i holding the i-th. */
function keysOf(ids: readonly (string | number)[]) {
  const keys = childKeys(ids.length);
  ids.forEach((id, i) => {
    if (typeof id === "number") setNumberKey(keys, i, id);
    else setTextKey(keys, i, id);
  });
  return keys;
}

function sameAsText(value: number): boolean {
  const keys = keysOf([value, `${value}`]);
  return (
    keys.first[0] === keys.first[1] && keys.second[0] === keys.second[1] && sameChild(keys, 0, 1)
  );
}

describe("child keys", () => {
  it("packs an id of up to eight ASCII characters, and keeps the text of a longer one", () => {
    const keys = keysOf(["C1", "ABCDEFGH", "ABCDEFGHI", "Zoë"]);
    expect(keys.first[0]).toBe(2 | (67 << 4) | (49 << 11));
    expect(keys.second[0]).toBe(0);
    expect(keys.first[1]).not.toBe(NOT_PACKED);
    expect(keys.first[2]).toBe(NOT_PACKED);
    expect(keys.first[3]).toBe(NOT_PACKED);
    expect(keys.texts?.[0]).toBeUndefined();
    expect(keys.texts?.[2]).toBe("ABCDEFGHI");
    expect(keys.texts?.[3]).toBe("Zoë");
  });

  it("keeps no texts while every id packs, as integers of up to fifteen digits do", () => {
    const ids = ["A", 12, "12345678", -1234567, "4857773456", 4857773456, "-123456789012345"];
    expect(keysOf(ids).texts).toBeUndefined();
    expect(keysOf(["1234567890123456"]).texts).toEqual(["1234567890123456"]);
  });

  it("keys a number as the text JavaScript writes for it, packed or not", () => {
    const edges = [0, -0, 7, -7, 9_999_999, -9_999_999, 10_000_000, -10_000_000, 99_999_999];
    const long = [100_000_000, 123_456_789_012, 2 ** 31, -(2 ** 31), 2 ** 27, 2 ** 27 - 1, 2 ** 50];
    const longest = [1e15 - 1, -(1e15 - 1), 1e15, -1e15, 2 ** 53, 2 ** 53 + 2, 1e21, -1e21];
    const beyond = [...long, ...longest, 12.5, -0.25, 123_456_789.5, 5e-324, 1.5e300];
    for (const value of [...edges, ...beyond]) expect(sameAsText(value)).toBe(true);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -20_000_000, max: 200_000_000 }),
          fc.integer(),
          fc.maxSafeInteger(),
          fc.integer({ min: 1e15 - 1e6, max: 1e15 + 1e6 }),
          fc.double({ noNaN: true, noDefaultInfinity: true })
        ),
        (value) => {
          expect(sameAsText(value)).toBe(true);
        }
      ),
      { numRuns: 2000 }
    );
  });

  it("tells a number from text that is not exactly its digits", () => {
    const keys = keysOf([12, "012", "12.0", "+12", 1000, "1e3", 4857773456, "04857773456"]);
    expect(sameChild(keys, 0, 1)).toBe(false);
    expect(sameChild(keys, 0, 2)).toBe(false);
    expect(sameChild(keys, 0, 3)).toBe(false);
    expect(sameChild(keys, 4, 5)).toBe(false);
    expect(sameChild(keys, 6, 7)).toBe(false);
    const signed = keysOf([123456789, -123456789, "123456789", "-123456789", -12345678, 12345678]);
    expect([sameChild(signed, 0, 1), sameChild(signed, 2, 3), sameChild(signed, 4, 5)]).toEqual([
      false,
      false,
      false,
    ]);
    expect([sameChild(signed, 0, 2), sameChild(signed, 1, 3)]).toEqual([true, true]);
  });

  it("matches text of digits to a number exactly when it is how JavaScript writes the number", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^-?[0-9]{1,17}$/), fc.boolean(), (text, asText) => {
        const value = +text;
        const keys = keysOf([text, asText ? `${value}` : value]);
        expect(sameChild(keys, 0, 1)).toBe(`${value}` === text);
      }),
      { numRuns: 3000 }
    );
  });

  it("tells apart ids that pack alike but for length, case, a character past ASCII or a ninth character", () => {
    const texts = ["C1", "C1\u0000", "c1", "C1é", "ABCDEFGH", "ABCDEFGHI", "ABCDEFGHJ", "1234567"];
    const keys = keysOf([...texts, ...texts]);
    texts.forEach((a, i) =>
      texts.forEach((b, j) => expect(sameChild(keys, i, texts.length + j)).toBe(a === b))
    );
  });

  it("finds two records the same child exactly when their ids are the same text", () => {
    const text = fc.oneof(
      fc.string({ minLength: 1, maxLength: 10 }),
      fc.string({ unit: "grapheme", minLength: 1, maxLength: 4 }),
      fc.constantFrom("C1", "C12", "1234567", "12345678", "123456789", "ABCDEFGH", "ABCDEFGHI"),
      fc.stringMatching(/^-?[0-9]{7,17}$/)
    );
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(sameChild(keysOf([a, b]), 0, 1)).toBe(a === b);
      }),
      { numRuns: 2000 }
    );
  });
});
