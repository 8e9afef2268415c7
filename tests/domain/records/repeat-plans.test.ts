import fc from "fast-check";
import { civilDate, type CivilDate } from "../../../src/domain/calendar/civil-date";
import type { ChildId } from "../../../src/domain/records/child-records";
import { flagRepeatPlans, repeatPlanRate } from "../../../src/domain/records/repeat-plans";

function iso(text: string): CivilDate {
  const [y, m, d] = text.split("-").map(Number);
  return civilDate(y ?? 0, m ?? 0, d ?? 0);
}

function flags(starts: readonly (readonly [ChildId, string])[]): boolean[] {
  const result = flagRepeatPlans(
    starts.map(([id]) => id),
    starts.map(([, date]) => iso(date))
  );
  if (!result.ok) throw new Error(result.error.detail);
  return result.value;
}

describe("second or subsequent child protection plans", () => {
  it("flags a plan start when the child had any earlier plan, however long ago", () => {
    expect(
      flags([
        ["A", "2016-01-05"],
        ["B", "2016-02-01"],
        ["A", "2009-03-01"],
        ["A", "2017-06-30"],
      ])
    ).toEqual([true, false, false, true]);
  });

  it("does not count two starts of a child on the same day as a repeat", () => {
    expect(
      flags([
        ["A", "2016-01-05"],
        ["A", "2016-01-05"],
      ])
    ).toEqual([false, false]);
    expect(
      flags([
        ["A", "2016-01-05"],
        ["A", "2016-01-05"],
        ["A", "2015-01-05"],
      ])
    ).toEqual([true, true, false]);
  });

  it("names the first blank id or date by its position", () => {
    const blank = flagRepeatPlans(["A", "B", "C", " "], [1, 2, 3, 4] as CivilDate[]);
    expect(blank.ok === false && blank.error.detail).toBe("Plan start 4: the child id is blank.");
    const noDate = flagRepeatPlans(["A", "B"], [1, null] as unknown as CivilDate[]);
    expect(noDate.ok === false && noDate.error.detail).toBe(
      "Plan start 2: the plan start date is empty or not a date."
    );
  });

  it("agrees with the definition checked pair by pair, in any order", () => {
    const start = fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 16000, max: 16100 }));
    fc.assert(
      fc.property(fc.array(start, { maxLength: 50 }), (starts) => {
        const ids = starts.map(([id]) => id);
        const dates = starts.map(([, date]) => date as CivilDate);
        const expected = starts.map(([id, date]) =>
          starts.some(([other, d]) => other === id && d < date)
        );
        expect(flagRepeatPlans(ids, dates)).toEqual({ ok: true, value: expected });
      }),
      { numRuns: 300 }
    );
  });
});

describe("repeat plan rate", () => {
  const ids = ["A", "A", "B", "C", "C"];
  const dates = ["2012-06-01", "2015-05-01", "2015-06-01", "2015-07-01", "2016-02-01"].map(iso);

  it("counts plan starts in the period, finding earlier plans from before it", () => {
    expect(repeatPlanRate(ids, dates, iso("2015-04-01"), iso("2016-03-31"))).toEqual({
      ok: true,
      value: { repeatPlans: 2, planStarts: 4, proportion: 0.5 },
    });
  });

  it("reports no data for a period without plan starts", () => {
    const result = repeatPlanRate(ids, dates, iso("2017-04-01"), iso("2018-03-31"));
    expect(result).toEqual({
      ok: false,
      error: { code: "NO_DATA", detail: "No plan starts are dated from 2017-04-01 to 2018-03-31." },
    });
  });
});
