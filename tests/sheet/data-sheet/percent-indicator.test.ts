import { INDICATORS } from "../../../src/domain/indicators/indicator-catalogue";
import {
  percentIndicatorFor,
  type PercentContext,
} from "../../../src/sheet/data-sheet/percent-indicator";

/** A percentage line's surroundings: the counts of its table, all read, unless told otherwise. */
function around(table: readonly string[], extra: Partial<PercentContext> = {}): PercentContext {
  return {
    catalogue: INDICATORS,
    tableMeasures: new Set(table),
    unrecognised: [],
    read: new Set(table),
    ...extra,
  };
}

describe("naming the indicator of a printed percentage", () => {
  it("takes the indicator the label names", () => {
    const counts = around(["rereferrals", "referrals"]);
    expect(percentIndicatorFor("% Re-referrals within 12 months", counts)).toEqual({
      ok: true,
      id: "rereferral_pct",
    });
    expect(percentIndicatorFor("rereferral_pct", counts)).toEqual({
      ok: true,
      id: "rereferral_pct",
    });
  });

  it("takes the only percentage of the measure the label names", () => {
    const counts = around([], {
      labelMeasure: "rereferrals",
      read: new Set(["rereferrals", "referrals"]),
    });
    expect(percentIndicatorFor("% re-referrals", counts)).toEqual({
      ok: true,
      id: "rereferral_pct",
    });
  });

  it("takes the only percentage built from the table's counts (Peterborough's % Mnth)", () => {
    expect(percentIndicatorFor("% Mnth", around(["referrals", "contacts"]))).toEqual({
      ok: true,
      id: "contacts_to_referral_pct",
    });
  });

  it("names none when several percentages fit, or none does, rather than guess", () => {
    const several = percentIndicatorFor("% Mnth", around(["referrals", "contacts", "rereferrals"]));
    expect(several.ok).toBe(false);
    if (!several.ok)
      expect(several.why).toMatch(
        /Contacts progressing to referral or Re-referrals within 12 months/
      );
    expect(percentIndicatorFor("% Mnth", around(["cin"])).ok).toBe(false);
  });

  it("names none whose counts were not read, even when the label names it", () => {
    const missing = percentIndicatorFor("% Re-referrals within 12 months", around(["referrals"]));
    expect(missing).toEqual({
      ok: false,
      why: "it is Re-referrals within 12 months, but no counts of re-referrals within 12 months are read from this sheet",
    });
    const ofMeasure = percentIndicatorFor(
      "% re-referrals",
      around([], { labelMeasure: "rereferrals" })
    );
    expect(ofMeasure.ok).toBe(false);
  });

  it("never takes a neighbouring percentage when a count line of the table is not recognised", () => {
    const beside = around(["referrals", "contacts"], { unrecognised: ["A7"] });
    const named = percentIndicatorFor("% Mnth", beside);
    expect(named.ok).toBe(false);
    if (!named.ok) expect(named.why).toMatch(/A7/);
    // A label that names its indicator needs no guess, so an unknown line beside it does not matter.
    expect(percentIndicatorFor("% Contacts progressing to referral", beside)).toEqual({
      ok: true,
      id: "contacts_to_referral_pct",
    });
  });

  it("takes a percentage of the measure the label names, never one of the table's other counts", () => {
    // "% CPP" names cpp, a count of no percentage: contacts_to_referral_pct beside it is not it.
    const named = percentIndicatorFor(
      "% CPP",
      around(["referrals", "contacts", "cpp"], { labelMeasure: "cpp" })
    );
    expect(named.ok).toBe(false);
  });
});
