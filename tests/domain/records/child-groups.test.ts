import fc from "fast-check";
import type { CivilDate } from "../../../src/domain/calendar/civil-date";
import { keyHash, childKeys, setTextKey } from "../../../src/domain/records/child-keys";
import { groupByChild } from "../../../src/domain/records/child-groups";
import {
  encodeChildren,
  type ChildId,
  type RecordNouns,
} from "../../../src/domain/records/child-records";

const nouns: RecordNouns = { record: "referral", date: "referral date" };

/**
 * Checks the groups against the matching rule written out plainly (`encodeChildren`, a Map): every
 * record in exactly one group, a group's records one child's, each child one group, in day order.
 */
function expectGroupsAgree(ids: readonly ChildId[], dates: readonly CivilDate[]): void {
  const groups = groupByChild(ids, dates, nouns);
  const encoded = encodeChildren(ids, dates, nouns);
  if (!groups.ok || !encoded.ok) throw new Error("expected both to read the records");
  const { order, days, starts, count } = groups.value;
  const { codes, childCount } = encoded.value;
  expect(count).toBe(childCount);
  expect([starts[0], starts[count]]).toEqual([0, ids.length]);
  // One expect at the end: jest's are slow over twenty thousand records.
  const problems: string[] = [];
  const placed = new Uint8Array(ids.length);
  const childOfGroup = new Set<number>();
  for (let g = 0; g < count; g++) {
    const from = starts[g] ?? 0;
    const to = starts[g + 1] ?? 0;
    if (to <= from) problems.push(`group ${g} is empty`);
    const child = codes[order[from] ?? 0] ?? -1;
    if (childOfGroup.has(child)) problems.push(`child ${child} has two groups`);
    childOfGroup.add(child);
    for (let j = from; j < to; j++) {
      const record = order[j] ?? 0;
      if (placed[record] === 1) problems.push(`record ${record} is placed twice`);
      placed[record] = 1;
      if (codes[record] !== child) problems.push(`record ${record} is in child ${child}'s group`);
      if (days[j] !== dates[record]) problems.push(`record ${record} has another day`);
      if (j > from && (days[j] ?? 0) < (days[j - 1] ?? 0))
        problems.push(`group ${g} is not in order`);
    }
  }
  if (placed.includes(0)) problems.push("a record is missing");
  expect(problems).toEqual([]);
}

const day = (n: number) => n as CivilDate;

describe("grouping records by child", () => {
  it("puts each child's records together, earliest day first", () => {
    const result = groupByChild(["A", "B", "A", "A"], [day(30), day(10), day(20), day(5)], nouns);
    if (!result.ok) throw new Error(result.error.detail);
    const { order, days, starts, count } = result.value;
    expect(count).toBe(2);
    const groups = Array.from({ length: count }, (_, g) =>
      Array.from(order.subarray(starts[g], starts[g + 1]))
    );
    expect(groups).toContainEqual([3, 2, 0]);
    expect(groups).toContainEqual([1]);
    const a = groups.findIndex((g) => g.length === 3);
    expect(Array.from(days.subarray(starts[a], starts[a + 1]))).toEqual([5, 20, 30]);
  });

  it("groups a number with text holding exactly its digits, after trimming", () => {
    expectGroupsAgree(
      [12, "12", " 12 ", "012", 12.5, "12.5", -3, "-3", "\u00a012\t", 99_999_999, "99999999"],
      Array.from({ length: 11 }, (_, i) => day(i))
    );
  });

  it("tells apart ids whose keys' hashes collide, packed or compared as text", () => {
    // Each pair shares its key's whole 32-bit hash (found by search), so the two land in one partition
    // and start probing at one slot: the first pair packs (differing in both words, as packed keys
    // with one word in common never collide), the second does not pack and shares its FNV-1a hash.
    const pairs = [
      ["VDZsiPox", "YrXAuEwh"],
      ["CASE-615436-LONGER", "CASE-1019840-LONGER"],
    ];
    for (const pair of pairs) {
      const keys = childKeys(2);
      pair.forEach((text, i) => setTextKey(keys, i, text));
      expect(keyHash(keys.first[0] ?? 0, keys.second[0] ?? 0)).toBe(
        keyHash(keys.first[1] ?? 0, keys.second[1] ?? 0)
      );
    }
    const ids = [...pairs.flat(), ...pairs.flat(), "VDZsiPox"];
    expectGroupsAgree(
      ids,
      ids.map((_, i) => day(i))
    );
  });

  it("agrees with a Map on random ids of every kind: seven, eight and nine characters, beyond ASCII, numbers and their text", () => {
    const id = fc.oneof(
      fc.integer({ min: -3, max: 12 }),
      fc.constantFrom(12.5, 99_999_999, 100_000_000, -10_000_000, 1e21),
      fc.constantFrom("12", " 12", "012", "12.5", "1e+21", "99999999", "100000000", "-10000000"),
      fc.constantFrom("ABCDEFG", "ABCDEFGH", "ABCDEFGHI", "ABCDEFGHJ", "abcdefgh", " ABCDEFGH "),
      fc.constantFrom("Zoë", "Zoë ", "Zoe\u0308", "😀1", "C1", "C1\u0000"),
      fc.string({ minLength: 1, maxLength: 10 }).filter((text) => text.trim() !== ""),
      fc.stringMatching(/^-?[0-9]{7,17}$/).chain((text) => fc.constantFrom(text, +text))
    );
    const date = fc.integer({ min: 16000, max: 16400 });
    fc.assert(
      fc.property(fc.array(fc.tuple(id, date), { maxLength: 80 }), (records) => {
        expectGroupsAgree(
          records.map(([i]) => i),
          records.map(([, d]) => day(d))
        );
      }),
      { numRuns: 400 }
    );
  });

  it("agrees with a Map over many partitions, with long groups and days far from 1970", () => {
    const records = fc.array(
      fc.tuple(
        fc.oneof(fc.integer({ min: 0, max: 2500 }), fc.constantFrom("BIG", 7, "7")),
        fc.oneof(fc.integer({ min: 16000, max: 18000 }), fc.integer({ min: -1e15, max: 1e15 }))
      ),
      { minLength: 9000, maxLength: 20000 }
    );
    fc.assert(
      fc.property(records, (list) => {
        expectGroupsAgree(
          list.map(([i]) => (typeof i === "number" && i > 20 ? `C${i}` : i)),
          list.map(([, d]) => day(d))
        );
      }),
      { numRuns: 4, endOnFailure: true }
    );
  });

  it("sorts a child's long run of records by day, however far apart or far from 1970 the days", () => {
    const days = fc.oneof(
      fc.array(fc.integer({ min: 16000, max: 16100 }), { minLength: 33, maxLength: 300 }),
      fc.array(fc.integer({ min: -1e12, max: 1e12 }), { minLength: 33, maxLength: 300 }),
      fc.array(fc.integer({ min: -1e15, max: 1e15 }), { minLength: 33, maxLength: 300 }),
      fc.array(
        fc.oneof(
          fc.maxSafeInteger(),
          fc.integer({ min: 0, max: 99 }).map((i) => 2 ** 60 + i * 2 ** 8)
        ),
        { minLength: 33, maxLength: 300 }
      )
    );
    fc.assert(
      fc.property(days, fc.constantFrom("A", 7, "LONG-CHILD-ID"), (list, id) => {
        expectGroupsAgree(
          list.map((_, i) => (i % 5 === 0 ? "B" : id)),
          list.map(day)
        );
      }),
      { numRuns: 300 }
    );
  });

  it("copes with every record one child's, or each its own", () => {
    const n = 10_000;
    expectGroupsAgree(
      Array.from({ length: n }, () => "ONE"),
      Array.from({ length: n }, (_, i) => day((i * 7919) % 3000))
    );
    expectGroupsAgree(
      Array.from({ length: n }, (_, i) => `CHILD-${i}-OF-MANY`),
      Array.from({ length: n }, (_, i) => day(i))
    );
  });

  it("names the first record with a blank id or date, the id first", () => {
    const result = groupByChild(["A", "", "B"], [day(1), day(2), Number.NaN as CivilDate], nouns);
    expect(result.ok === false && result.error.detail).toBe("Referral 2: the child id is blank.");
    const date = groupByChild(["A", "B", ""], [day(1), 2.5 as CivilDate, day(3)], nouns);
    expect(date.ok === false && date.error.detail).toBe(
      "Referral 2: the referral date is empty or not a date."
    );
  });
});
