import { formatIsoDate, isCivilDate, type CivilDate } from "../calendar/civil-date";
import { fail, ok, type Calc } from "../result/calc";
import { capitalise } from "../text/capitalise";
import { textCodes } from "./text-codes";

/** A child's identifier as a sheet holds it: a number, or text such as a case-management id. */
export type ChildId = string | number;

/** What the records are called in error details: "referral 3: the referral date is empty". */
export interface RecordNouns {
  /** One record, lower case: "referral", "plan start". */
  readonly record: string;
  /** Its date, lower case: "referral date", "plan start date". */
  readonly date: string;
}

/** Child ids replaced by dense integer codes, 0 to childCount − 1, in order of first appearance. */
export interface EncodedChildren {
  readonly codes: Int32Array;
  readonly childCount: number;
}

/**
 * Checks a record list given as parallel arrays and gives each child a small integer code, so that
 * grouping a million records is array indexing rather than string comparison. Ids are compared after
 * trimming text, and a number matches text holding exactly its digits (12, "12" and " 12 " are one
 * child, since a sheet can hold an id either way, but "012" is another); letters keep their case ("AB1" and "ab1" differ), as
 * source systems treat them. The first blank id or date is an error naming its 1-based position.
 * @example encodeChildren(["A", 7, " A "], dates, { record: "referral", date: "referral date" }) // codes [0, 1, 0]
 */
export function encodeChildren(
  childIds: readonly ChildId[],
  dates: readonly CivilDate[],
  nouns: RecordNouns
): Calc<EncodedChildren> {
  if (childIds.length !== dates.length) {
    return fail(
      "INVALID_INPUT",
      `There are ${childIds.length} child ids but ${dates.length} ${nouns.date}s; each ${nouns.record} needs both.`
    );
  }
  // Numbers key their own map (hashing a number is far cheaper than a string); text that is exactly
  // a number's digits joins it. The loop avoids globals (Number, String): jest's sandbox makes each
  // lookup slow over a million rows.
  const codes = new Int32Array(childIds.length);
  const byNumber = new Map<number, number>();
  // Sized for every record a child of its own, the most there can be.
  const byText = textCodes(childIds.length);
  let childCount = 0;
  for (let i = 0; i < childIds.length; i++) {
    const id = childIds[i];
    let numeric = 0;
    let text = "";
    if (typeof id === "number") {
      numeric = id;
      if (id - id !== 0) return blankId(nouns, i);
    } else if (typeof id === "string") {
      // trim() is a call into the runtime, a sixth of the time over a million fresh ids, and ids
      // rarely carry spaces: only one that starts or ends outside printable ASCII is trimmed.
      const head = id.charCodeAt(0);
      const tail = id.charCodeAt(id.length - 1);
      text = head > 32 && head < 127 && tail > 32 && tail < 127 ? id : id.trim();
      if (text === "") return blankId(nouns, i);
      const first = text.charCodeAt(0);
      if ((first >= 48 && first <= 57) || first === 45) {
        numeric = +text;
        if (numeric - numeric === 0 && `${numeric}` === text) text = "";
      }
    } else {
      return blankId(nouns, i);
    }
    if (!isCivilDate(dates[i])) {
      return fail(
        "INVALID_INPUT",
        `${capitalise(nouns.record)} ${i + 1}: the ${nouns.date} is empty or not a date.`
      );
    }
    let code: number;
    if (text !== "") {
      code = byText.codeOf(text, childCount);
      if (code === childCount) childCount++;
    } else {
      code = byNumber.get(numeric) ?? childCount;
      if (code === childCount) byNumber.set(numeric, childCount++);
    }
    codes[i] = code;
  }
  return ok({ codes, childCount });
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
