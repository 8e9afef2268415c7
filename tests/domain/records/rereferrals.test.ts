import fc from "fast-check";
import { civilDate, formatIsoDate, type CivilDate } from "../../../src/domain/calendar/civil-date";
import {
  flagRereferrals,
  flagRereferralsNaive,
  rereferralRate,
  rereferralWindowStart,
} from "../../../src/domain/records/rereferrals";
import type { ChildId } from "../../../src/domain/records/child-records";

function iso(text: string): CivilDate {
  const [y, m, d] = text.split("-").map(Number);
  return civilDate(y ?? 0, m ?? 0, d ?? 0);
}

function flags(referrals: readonly (readonly [ChildId, string])[]): boolean[] {
  const result = flagRereferrals(
    referrals.map(([id]) => id),
    referrals.map(([, date]) => iso(date))
  );
  if (!result.ok) throw new Error(result.error.detail);
  return result.value;
}

describe("re-referrals within 12 months", () => {
  it("flags a child's referral when an earlier one is within twelve months", () => {
    expect(
      flags([
        ["A", "2015-04-01"],
        ["B", "2015-05-01"],
        ["A", "2015-09-30"],
        ["B", "2016-06-01"],
      ])
    ).toEqual([false, false, true, false]);
  });

  it("counts a referral exactly one year later, and not a day after that", () => {
    expect(
      flags([
        ["A", "2015-04-01"],
        ["A", "2016-04-01"],
      ])
    ).toEqual([false, true]);
    expect(
      flags([
        ["A", "2015-04-01"],
        ["A", "2016-04-02"],
      ])
    ).toEqual([false, false]);
  });

  it("measures from the latest earlier referral, so a chain of referrals keeps re-referring", () => {
    expect(
      flags([
        ["A", "2014-01-01"],
        ["A", "2015-06-01"],
        ["A", "2016-05-01"],
        ["A", "2017-05-02"],
      ])
    ).toEqual([false, false, true, false]);
  });

  it("looks back from 29 February to 28 February of the year before", () => {
    expect(formatIsoDate(rereferralWindowStart(iso("2016-02-29")))).toBe("2015-02-28");
    expect(
      flags([
        ["A", "2015-02-28"],
        ["A", "2016-02-29"],
      ])
    ).toEqual([false, true]);
    expect(
      flags([
        ["A", "2015-02-27"],
        ["A", "2016-02-29"],
      ])
    ).toEqual([false, false]);
    expect(
      flags([
        ["A", "2015-02-28"],
        ["A", "2016-03-01"],
      ])
    ).toEqual([false, false]);
  });

  it("looks back 365 or 366 days from any day near enough to 1970, so only a 366-day gap needs the calendar", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: iso("1900-01-01"), max: iso("2100-12-31") }),
          fc.integer({ min: -1e15, max: 1e15 })
        ),
        (day) => {
          expect([365, 366]).toContain(day - rereferralWindowStart(day as CivilDate));
        }
      ),
      { numRuns: 2000 }
    );
  });

  it("keeps a 29 February referral's anniversary on 28 February", () => {
    expect(
      flags([
        ["A", "2016-02-29"],
        ["A", "2017-02-28"],
      ])
    ).toEqual([false, true]);
    expect(
      flags([
        ["A", "2016-02-29"],
        ["A", "2017-03-01"],
      ])
    ).toEqual([false, false]);
  });

  it("does not let two referrals of a child on the same day re-refer each other", () => {
    expect(
      flags([
        ["A", "2015-04-01"],
        ["A", "2015-04-01"],
      ])
    ).toEqual([false, false]);
    expect(
      flags([
        ["A", "2015-04-01"],
        ["A", "2015-01-01"],
        ["A", "2015-04-01"],
      ])
    ).toEqual([true, false, true]);
  });

  it("gives the same flags whatever order the referrals come in", () => {
    const referrals: [ChildId, string][] = [
      ["A", "2016-02-01"],
      ["B", "2015-04-01"],
      ["A", "2015-06-01"],
      ["B", "2015-04-20"],
      ["A", "2014-01-01"],
    ];
    const expected = [true, false, false, true, false];
    expect(flags(referrals)).toEqual(expected);
    expect(flags([...referrals].reverse())).toEqual([...expected].reverse());
  });

  it("treats a numeric id and the same id as text as one child", () => {
    expect(
      flags([
        [1234, "2015-04-01"],
        ["1234", "2015-05-01"],
        [" 1234 ", "2015-06-01"],
      ])
    ).toEqual([false, true, true]);
  });

  it("names the first blank id or date by its position", () => {
    const blankId = flagRereferrals(
      ["A", "", "C"],
      [iso("2015-04-01"), iso("2015-04-02"), iso("2015-04-03")]
    );
    expect(blankId.ok === false && blankId.error.detail).toBe("Referral 2: the child id is blank.");
    const blankDate = flagRereferrals(
      ["A", "B", "C"],
      [iso("2015-04-01"), iso("2015-04-02"), undefined as never]
    );
    expect(blankDate.ok === false && blankDate.error.detail).toBe(
      "Referral 3: the referral date is empty or not a date."
    );
  });

  it("agrees with comparing every pair on random referrals", () => {
    const referral = fc.tuple(
      fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constantFrom("A", "B", " A", "3")),
      fc.integer({ min: iso("2015-01-01"), max: iso("2017-12-31") })
    );
    fc.assert(
      fc.property(fc.array(referral, { maxLength: 60 }), (referrals) => {
        const ids = referrals.map(([id]) => id);
        const dates = referrals.map(([, date]) => date as CivilDate);
        expect(flagRereferrals(ids, dates)).toEqual(flagRereferralsNaive(ids, dates));
      }),
      { numRuns: 500 }
    );
  });

  it("agrees with comparing every pair when one child has many referrals around leap days", () => {
    const date = fc.integer({ min: iso("2015-12-01"), max: iso("2017-04-01") });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom("A", "B"), date), { minLength: 30, maxLength: 120 }),
        (list) => {
          const ids = list.map(([id]) => id);
          const dates = list.map(([, d]) => d as CivilDate);
          expect(flagRereferrals(ids, dates)).toEqual(flagRereferralsNaive(ids, dates));
        }
      ),
      { numRuns: 100 }
    );
  });
});

describe("re-referrals among many referrals and every kind of id", () => {
  const id = fc.oneof(
    fc.integer({ min: 0, max: 4 }),
    fc.constantFrom(12.5, 99_999_999, 100_000_000, "12.5", "99999999", " 100000000", "012"),
    fc.constantFrom("ABCDEFG", "ABCDEFGH", "ABCDEFGHI", " ABCDEFGH", "abcdefgh", "Zoë", "😀1"),
    fc.constantFrom("1", "2", " 3 ", "A")
  );

  it("agrees with comparing every pair on ids of seven, eight and nine characters, beyond ASCII, numbers and their text", () => {
    const date = fc.integer({ min: iso("2015-01-01"), max: iso("2017-12-31") });
    fc.assert(
      fc.property(fc.array(fc.tuple(id, date), { maxLength: 60 }), (referrals) => {
        const ids = referrals.map(([i]) => i);
        const dates = referrals.map(([, d]) => d as CivilDate);
        expect(flagRereferrals(ids, dates)).toEqual(flagRereferralsNaive(ids, dates));
      }),
      { numRuns: 500 }
    );
  });

  it("agrees with comparing every pair when the days span millennia or lie far from 1970", () => {
    const date = fc.oneof(
      fc.integer({ min: iso("0001-01-01"), max: iso("9999-12-31") }),
      fc.integer({ min: -1e15, max: 1e15 }),
      fc.integer({ min: 1e15 - 800, max: 1e15 + 800 }),
      fc.integer({ min: -1e15 - 800, max: -1e15 + 800 })
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(id, date), { maxLength: 60 }), (referrals) => {
        const ids = referrals.map(([i]) => i);
        const dates = referrals.map(([, d]) => d as CivilDate);
        expect(flagRereferrals(ids, dates)).toEqual(flagRereferralsNaive(ids, dates));
      }),
      { numRuns: 500 }
    );
  });

  /** The definition, by child: a referral re-refers when the child's latest earlier day is within the window. */
  function latestEarlierDayFlags(ids: readonly ChildId[], dates: readonly CivilDate[]): boolean[] {
    const daysOf = new Map<string, number[]>();
    const keyOf = (i: ChildId) => (typeof i === "number" ? `${i}` : i.trim());
    ids.forEach((i, r) => daysOf.set(keyOf(i), [...(daysOf.get(keyOf(i)) ?? []), dates[r] ?? 0]));
    return ids.map((i, r) => {
      const date = dates[r] ?? (0 as CivilDate);
      const earlier = (daysOf.get(keyOf(i)) ?? []).filter((d) => d < date);
      return earlier.length > 0 && Math.max(...earlier) >= rereferralWindowStart(date);
    });
  }

  it("agrees with the definition child by child over thousands of referrals", () => {
    const many = fc.array(
      fc.tuple(
        fc.oneof(fc.integer({ min: 0, max: 3000 }), id),
        fc.integer({ min: iso("2012-04-01"), max: iso("2018-03-31") })
      ),
      { minLength: 9000, maxLength: 20000 }
    );
    fc.assert(
      fc.property(many, (referrals) => {
        const ids = referrals.map(([i]) => (typeof i === "number" && i > 4 ? `C${i}` : i));
        const dates = referrals.map(([, d]) => d as CivilDate);
        expect(flagRereferrals(ids, dates)).toEqual({
          ok: true,
          value: latestEarlierDayFlags(ids, dates),
        });
      }),
      { numRuns: 4, endOnFailure: true }
    );
  });
});

describe("re-referral rate", () => {
  const ids = ["A", "A", "B", "C", "C", "D"];
  const dates = [
    "2015-03-01",
    "2015-05-01",
    "2015-06-01",
    "2015-07-01",
    "2016-02-01",
    "2016-04-01",
  ].map(iso);

  it("counts referrals in the period, re-referring ones dated before it", () => {
    expect(rereferralRate(ids, dates, iso("2015-04-01"), iso("2016-03-31"))).toEqual({
      ok: true,
      value: { rereferrals: 2, referrals: 4, proportion: 0.5 },
    });
  });

  it("uses every referral when no period is given", () => {
    expect(rereferralRate(ids, dates)).toEqual({
      ok: true,
      value: { rereferrals: 2, referrals: 6, proportion: 2 / 6 },
    });
  });

  it("reports no data for a period without referrals", () => {
    const result = rereferralRate(ids, dates, iso("2017-04-01"), iso("2018-03-31"));
    expect(result.ok === false && result.error.code).toBe("NO_DATA");
  });

  it("passes on a bad record", () => {
    const result = rereferralRate(["A", "B"], [dates[0] as CivilDate]);
    expect(result.ok === false && result.error.code).toBe("INVALID_INPUT");
  });
});
