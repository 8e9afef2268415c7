import { formatIsoDate, isCivilDate, type CivilDate } from "../calendar/civil-date";
import { fail, ok, type Calc } from "../result/calc";
import { capitalise } from "../text/capitalise";
import { childKeys, setNumberKey, setTextKey, type ChildKeys } from "./child-keys";

/** A child's identifier as a sheet holds it: a number, or text such as a case-management id. */
export type ChildId = string | number;

/** What the records are called in error details: "referral 3: the referral date is empty". */
export interface RecordNouns {
  /** One record, lower case: "referral", "plan start". */
  readonly record: string;
  /** Its date, lower case: "referral date", "plan start date". */
  readonly date: string;
}

/**
 * Checks a record list given as parallel arrays and reads each child id into a key, so that grouping
 * a million records compares integers rather than strings. Ids are compared after trimming text, and a
 * number matches text holding exactly its digits (12, "12" and " 12 " are one child, since a sheet can
 * hold an id either way, but "012" is another); letters keep their case ("AB1" and "ab1" differ), as
 * source systems treat them. The first record with a blank id or date is an error naming its 1-based
 * position. One pass, O(n) in the records and the characters of their ids.
 * @example readChildKeys(["A", 7, " A "], dates, { record: "referral", date: "referral date" }) // records 0 and 2 share a key
 */
export function readChildKeys(
  childIds: readonly ChildId[],
  dates: readonly CivilDate[],
  nouns: RecordNouns
): Calc<ChildKeys> {
  if (childIds.length !== dates.length) {
    return fail(
      "INVALID_INPUT",
      `There are ${childIds.length} child ids but ${dates.length} ${nouns.date}s; each ${nouns.record} needs both.`
    );
  }
  // The loop avoids globals (Number, String, isInteger): jest's sandbox makes each lookup slow over a
  // million rows.
  const keys = childKeys(childIds.length);
  for (let i = 0; i < childIds.length; i++) {
    const id = childIds[i];
    if (typeof id === "string") {
      // trim() is a call into the runtime, a sixth of the time over a million fresh ids, and ids
      // rarely carry spaces: only one that starts or ends outside printable ASCII is trimmed.
      const head = id.charCodeAt(0);
      const tail = id.charCodeAt(id.length - 1);
      const text = head > 32 && head < 127 && tail > 32 && tail < 127 ? id : id.trim();
      if (text === "") return blankId(nouns, i);
      setTextKey(keys, i, text);
    } else if (typeof id === "number" && id - id === 0) {
      setNumberKey(keys, i, id);
    } else {
      return blankId(nouns, i);
    }
    const day = dates[i];
    // isCivilDate, asking first whether the day is a 32-bit integer: `% 1` on a double is a call
    // into a library, as long as all the rest of this loop.
    if (typeof day !== "number" || ((day | 0) !== day && day % 1 !== 0)) {
      return fail(
        "INVALID_INPUT",
        `${capitalise(nouns.record)} ${i + 1}: the ${nouns.date} is empty or not a date.`
      );
    }
  }
  return ok(keys);
}

/** Child ids replaced by dense integer codes, 0 to childCount − 1, in order of first appearance. */
export interface EncodedChildren {
  readonly codes: Int32Array;
  readonly childCount: number;
}

/**
 * Checks the records as `readChildKeys` does and gives each child a small integer code by the
 * matching rule written out plainly: a Map keyed by the trimmed text, or by the text a number is
 * written as. It is the definition the fast grouping (`groupByChild`) is tested against, and serves
 * the naive flaggers; O(n) Map operations on fresh strings, several times slower than grouping.
 * @example encodeChildren(["A", 7, " A ", "7"], dates, { record: "referral", date: "referral date" }) // codes [0, 1, 0, 1]
 */
export function encodeChildren(
  childIds: readonly ChildId[],
  dates: readonly CivilDate[],
  nouns: RecordNouns
): Calc<EncodedChildren> {
  const records = readChildKeys(childIds, dates, nouns);
  if (!records.ok) return records;
  const codes = new Int32Array(childIds.length);
  const byKey = new Map<string, number>();
  childIds.forEach((id, i) => {
    const key = typeof id === "number" ? `${id}` : id.trim();
    const code = byKey.get(key) ?? byKey.size;
    if (code === byKey.size) byKey.set(key, code);
    codes[i] = code;
  });
  return ok({ codes, childCount: byKey.size });
}

function blankId(nouns: RecordNouns, index: number): Calc<never> {
  return fail("INVALID_INPUT", `${capitalise(nouns.record)} ${index + 1}: the child id is blank.`);
}

const BEFORE_ALL = -Infinity;
const AFTER_ALL = Infinity;

/** How many records fall in a period, and how many of those are flagged. */
export interface FlaggedInPeriod {
  readonly flagged: number;
  readonly total: number;
}

/**
 * Counts the records dated inside `periodStart`–`periodEnd` (both inclusive; an open end when not
 * given) and the flagged ones among them. No records in the period is NO_DATA.
 * @example countFlaggedInPeriod([true, false], [d1, d2], d1, d2, nouns) // ok({ flagged: 1, total: 2 })
 */
export function countFlaggedInPeriod(
  flags: readonly boolean[],
  dates: readonly CivilDate[],
  periodStart: CivilDate | undefined,
  periodEnd: CivilDate | undefined,
  nouns: RecordNouns
): Calc<FlaggedInPeriod> {
  if (periodStart !== undefined && !isCivilDate(periodStart)) {
    return fail("INVALID_INPUT", "The period start is not a date.");
  }
  if (periodEnd !== undefined && !isCivilDate(periodEnd))
    return fail("INVALID_INPUT", "The period end is not a date.");
  if (periodStart !== undefined && periodEnd !== undefined && periodEnd < periodStart) {
    return fail(
      "INVALID_INPUT",
      `The period ends (${formatIsoDate(periodEnd)}) before it starts (${formatIsoDate(periodStart)}).`
    );
  }
  const from = periodStart ?? BEFORE_ALL;
  const to = periodEnd ?? AFTER_ALL;
  let flagged = 0;
  let total = 0;
  for (let i = 0; i < dates.length; i++) {
    const date = dates[i] ?? BEFORE_ALL;
    if (date >= from && date <= to) {
      total++;
      if (flags[i]) flagged++;
    }
  }
  if (total === 0) {
    if (periodStart === undefined && periodEnd === undefined)
      return fail("NO_DATA", `There are no ${nouns.record}s.`);
    return fail(
      "NO_DATA",
      `No ${nouns.record}s are dated ${describePeriod(periodStart, periodEnd)}.`
    );
  }
  return ok({ flagged, total });
}

function describePeriod(start: CivilDate | undefined, end: CivilDate | undefined): string {
  if (start !== undefined && end !== undefined)
    return `from ${formatIsoDate(start)} to ${formatIsoDate(end)}`;
  if (start !== undefined) return `on or after ${formatIsoDate(start)}`;
  return end === undefined ? "" : `on or before ${formatIsoDate(end)}`;
}
