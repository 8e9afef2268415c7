import fc from "fast-check";
import { civilDate, isCivilDate, type CivilDate } from "../../../src/domain/calendar/civil-date";
import {
  countFlaggedInPeriod,
  encodeChildren,
  readChildKeys,
  type ChildId,
  type RecordNouns,
} from "../../../src/domain/records/child-records";

const nouns: RecordNouns = { record: "referral", date: "referral date" };
const day = civilDate(2015, 4, 1);

function codesOf(ids: readonly ChildId[]): number[] {
  const result = encodeChildren(
    ids,
    ids.map(() => day),
    nouns
  );
  if (!result.ok) throw new Error(result.error.detail);
  return Array.from(result.value.codes);
}

function detailOf(ids: readonly unknown[], dates: readonly unknown[]): string {
  const result = encodeChildren(ids as ChildId[], dates as CivilDate[], nouns);
  if (result.ok) throw new Error("expected an error");
  expect(result.error.code).toBe("INVALID_INPUT");
  return result.error.detail;
}

describe("encoding child ids", () => {
  it("gives each child one code, in order of first appearance", () => {
    expect(codesOf(["B", "A", "B", "C", "A"])).toEqual([0, 1, 0, 2, 1]);
  });

  it("treats a number and the same digits as text as one child, after trimming", () => {
    expect(codesOf([12, "12", " 12 ", "012", 12.5, "12.5", -3, "-3"])).toEqual([
      0, 0, 0, 1, 2, 2, 3, 3,
    ]);
  });

  it("keeps letter case, as case-management systems do", () => {
    expect(codesOf(["AB1", "ab1", " AB1"])).toEqual([0, 1, 0]);
  });

  it("names the first blank id or date by its 1-based position", () => {
    expect(detailOf(["A", "B", " "], [day, day, day])).toBe("Referral 3: the child id is blank.");
    expect(detailOf(["A", null], [day, day])).toBe("Referral 2: the child id is blank.");
    expect(detailOf(["A", Number.NaN], [day, day])).toBe("Referral 2: the child id is blank.");
    expect(detailOf(["A", true], [day, day])).toBe("Referral 2: the child id is blank.");
    expect(detailOf(["A", "B"], [day, undefined])).toBe(
      "Referral 2: the referral date is empty or not a date."
    );
    expect(detailOf(["A", "B"], [Number.NaN, day])).toBe(
      "Referral 1: the referral date is empty or not a date."
    );
    expect(detailOf(["A", "B"], [day, 16526.5])).toBe(
      "Referral 2: the referral date is empty or not a date."
    );
  });

  it("takes as a date exactly what isCivilDate takes", () => {
    const value = fc.oneof(
      fc.integer(),
      fc.double(),
      fc.maxSafeInteger(),
      fc.constantFrom(-0, 2 ** 31, -(2 ** 31) - 1, 2 ** 53, 1e300, 0.5, -0.5, Infinity, -Infinity),
      fc.constantFrom(null, undefined, "16526", true)
    );
    fc.assert(
      fc.property(value, (date) => {
        expect(readChildKeys(["A"], [date as CivilDate], nouns).ok).toBe(isCivilDate(date));
      }),
      { numRuns: 2000 }
    );
  });

  it("refuses lists of different lengths", () => {
    expect(detailOf(["A", "B"], [day])).toBe(
      "There are 2 child ids but 1 referral dates; each referral needs both."
    );
  });
});

describe("counting flagged records in a period", () => {
  const dates = [
    civilDate(2015, 3, 31),
    civilDate(2015, 4, 1),
    civilDate(2016, 3, 31),
    civilDate(2016, 4, 1),
  ];
  const flags = [true, true, false, true];

  it("counts records on both boundary days", () => {
    expect(
      countFlaggedInPeriod(flags, dates, civilDate(2015, 4, 1), civilDate(2016, 3, 31), nouns)
    ).toEqual({
      ok: true,
      value: { flagged: 1, total: 2 },
    });
  });

  it("leaves an end open when it is not given", () => {
    expect(countFlaggedInPeriod(flags, dates, undefined, undefined, nouns)).toEqual({
      ok: true,
      value: { flagged: 3, total: 4 },
    });
    expect(countFlaggedInPeriod(flags, dates, civilDate(2016, 1, 1), undefined, nouns)).toEqual({
      ok: true,
      value: { flagged: 1, total: 2 },
    });
    expect(countFlaggedInPeriod(flags, dates, undefined, civilDate(2015, 3, 31), nouns)).toEqual({
      ok: true,
      value: { flagged: 1, total: 1 },
    });
  });

  it("reports no data when nothing is dated in the period", () => {
    expect(
      countFlaggedInPeriod(flags, dates, civilDate(2017, 4, 1), civilDate(2018, 3, 31), nouns)
    ).toEqual({
      ok: false,
      error: { code: "NO_DATA", detail: "No referrals are dated from 2017-04-01 to 2018-03-31." },
    });
    expect(countFlaggedInPeriod([], [], undefined, undefined, nouns)).toEqual({
      ok: false,
      error: { code: "NO_DATA", detail: "There are no referrals." },
    });
  });

  it("refuses a period that ends before it starts", () => {
    const result = countFlaggedInPeriod(
      flags,
      dates,
      civilDate(2016, 4, 1),
      civilDate(2015, 4, 1),
      nouns
    );
    expect(result.ok === false && result.error).toEqual({
      code: "INVALID_INPUT",
      detail: "The period ends (2015-04-01) before it starts (2016-04-01).",
    });
  });
});
