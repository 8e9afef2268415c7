import { INDICATORS } from "../../src/domain/indicators/indicator-catalogue";
import type { IndicatorDef } from "../../src/domain/indicators/indicator-def";
import { monthKey } from "../../src/domain/period/month";
import { directionLabel } from "../../src/plan/direction-label";
import { rowOf } from "./scorecard/rows";

const APR = monthKey(2015, 4);
const MAY_14 = monthKey(2014, 5);
const S47: IndicatorDef = { ...INDICATORS.s47_to_icpc_pct, band: { low: 35, high: 50 } };
const REREFERRALS = INDICATORS.rereferral_pct;

/** Re-referrals as a percentage of 1,000 referrals a month: 185 is 18.5%. */
const rereferrals = (...percents: number[]) =>
  rowOf(
    REREFERRALS,
    { rereferrals: percents.map((p) => p * 10), referrals: percents.map(() => 1000) },
    APR
  );

describe("directionLabel", () => {
  it("shows a move inside the band with its arrow and 'Within band', not 'No change'", () => {
    // 25 of 60 enquiries went to conference in April (41.7%), 16 of 43 in May (37.2%).
    const row = rowOf(S47, { icpcs: [25, 16], s47_enquiries: [60, 43] }, APR);
    expect(row.directionVsPrevious).toBe("No change");
    expect(directionLabel(row)).toBe("▼ Within band");
  });

  it("reads a move outside the band by whether it ends nearer the band", () => {
    const nearer = rowOf(S47, { icpcs: [15, 18], s47_enquiries: [50, 50] }, APR); // 30% → 36%
    expect(directionLabel(nearer)).toBe("▲ Improving");
    const leaving = rowOf(S47, { icpcs: [20, 27], s47_enquiries: [50, 50] }, APR); // 40% → 54%
    expect(directionLabel(leaving)).toBe("▲ Worsening");
  });

  it("words a move by polarity: lower is better for re-referrals", () => {
    expect(directionLabel(rereferrals(24, 22.1))).toBe("▼ Improving");
    expect(directionLabel(rereferrals(22.1, 24))).toBe("▲ Worsening");
  });

  it("says 'No change' only within the no-change threshold, or where the figures show alike", () => {
    const settings = { noChangeThreshold: 0.5 };
    const small = rowOf(REREFERRALS, { rereferrals: [185, 188], referrals: [1000, 1000] }, APR, {
      settings,
    });
    expect(directionLabel(small)).toBe("► No change");
    const past = rowOf(REREFERRALS, { rereferrals: [185, 191], referrals: [1000, 1000] }, APR, {
      settings,
    });
    expect(directionLabel(past)).toBe("▲ Worsening");
    // 18.51% and 18.49% both show as 18.5%: a reader sees no move.
    const alike = rowOf(REREFERRALS, { rereferrals: [1851, 1849], referrals: [10000, 10000] }, APR);
    expect(directionLabel(alike)).toBe("► No change");
    expect(directionLabel(rereferrals(18.5, 18.6))).toBe("▲ Worsening");
  });

  it("says Up or Down for a context indicator, which is never judged", () => {
    expect(directionLabel(rowOf(INDICATORS.lac, { lac: [350, 362] }, APR))).toBe("▲ Up");
    expect(directionLabel(rowOf(INDICATORS.lac, { lac: [350, 341] }, APR))).toBe("▼ Down");
  });

  it("draws the direction against the same month last year too", () => {
    const percents = [25, ...Array.from({ length: 11 }, () => 20), 22];
    const row = rereferrals(...percents.map((p) => p));
    expect(row.reportingMonth).toBe(monthKey(2016, 4));
    expect(directionLabel(row, "lastYear")).toBe("▼ Improving");
    expect(directionLabel(row, "previous")).toBe("▲ Worsening");
    const young = rereferrals(20, 22);
    expect(directionLabel(young, "lastYear")).toBe("– Not comparable");
  });

  it("shows c where either figure is withheld, whichever way it went", () => {
    const settings = { suppression: { enabled: true } };
    const row = rowOf(REREFERRALS, { rereferrals: [30, 3], referrals: [100, 40] }, MAY_14, {
      settings,
    });
    expect(directionLabel(row)).toBe("c");
    // A year earlier has no figure, but the month is withheld, so even "not comparable" is not said.
    expect(directionLabel(row, "lastYear")).toBe("c");
  });
});
