import { INDICATORS } from "../../../src/domain/indicators/indicator-catalogue";
import { percentIndicatorFor } from "../../../src/sheet/data-sheet/percent-indicator";

describe("naming the indicator of a printed percentage", () => {
  it("takes the indicator the label names", () => {
    expect(
      percentIndicatorFor("% Re-referrals within 12 months", undefined, new Set(), INDICATORS)
    ).toEqual({ ok: true, id: "rereferral_pct" });
    expect(percentIndicatorFor("rereferral_pct", undefined, new Set(), INDICATORS)).toEqual({
      ok: true,
      id: "rereferral_pct",
    });
  });

  it("takes the only percentage of the measure the label names", () => {
    expect(percentIndicatorFor("% re-referrals", "rereferrals", new Set(), INDICATORS)).toEqual({
      ok: true,
      id: "rereferral_pct",
    });
  });

  it("takes the only percentage built from the table's counts (Peterborough's % Mnth)", () => {
    expect(
      percentIndicatorFor("% Mnth", undefined, new Set(["referrals", "contacts"]), INDICATORS)
    ).toEqual({ ok: true, id: "contacts_to_referral_pct" });
  });

  it("names none when several percentages fit, or none does, rather than guess", () => {
    const several = percentIndicatorFor(
      "% Mnth",
      undefined,
      new Set(["referrals", "contacts", "rereferrals"]),
      INDICATORS
    );
    expect(several.ok).toBe(false);
    if (!several.ok) expect(several.why).toMatch(/contacts_to_referral_pct, rereferral_pct/);
    expect(percentIndicatorFor("% Mnth", undefined, new Set(["cin"]), INDICATORS).ok).toBe(false);
  });
});
