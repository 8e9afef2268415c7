import { computeIndicator } from "../../../src/domain/indicators/compute-indicator";
import { INDICATORS } from "../../../src/domain/indicators/indicator-catalogue";
import { measureIdForLabel } from "../../../src/domain/measures/measure-label";
import { monthKey } from "../../../src/domain/period/month";

/**
 * The indicators the seeds' reports quote that the first catalogue lacked, each with the figures a
 * report gives: Rotherham's statutory visits on time (96.2%) and plan visits (95.0%), timely front
 * door decisions (98.6%), caseloads within 18–22; Thurrock's 42% placed within the borough (135 of
 * about 321); Croydon's CIN plans up to date.
 */
describe("the seeds' indicators", () => {
  const may = monthKey(2015, 5);
  const stock = (value: number) => new Map([[may, value]]);

  it.each([
    ["lac_in_area_pct", { lac_placed_in_area: 135, lac: 321 }, 42.1],
    ["lac_visits_timely_pct", { lac_visited_in_timescale: 481, lac: 500 }, 96.2],
    ["cp_visits_timely_pct", { cpp_visited_in_timescale: 380, cpp: 400 }, 95],
    ["referral_decision_timely_pct", { referrals_decided_1wd: 493, referrals: 500 }, 98.6],
    ["cin_plan_up_to_date_pct", { cin_plan_up_to_date: 900, cin: 1000 }, 90],
    ["sw_caseload_in_band_pct", { sw_caseload_in_band: 60, sw_case_holding: 80 }, 75],
  ] as const)("%s is its numerator over its denominator in percent", (id, counts, expected) => {
    const data = new Map(Object.entries(counts).map(([m, v]) => [m, stock(v)]));
    const result = computeIndicator(id, INDICATORS[id], data, may);
    expect(result.ok && result.value.value.value).toBeCloseTo(expected, 1);
  });

  it("are documented, rated higher-is-better, and their measures have the seeds' labels", () => {
    const ids = [
      "lac_in_area_pct",
      "lac_visits_timely_pct",
      "cp_visits_timely_pct",
      "referral_decision_timely_pct",
      "cin_plan_up_to_date_pct",
      "sw_caseload_in_band_pct",
    ] as const;
    for (const id of ids) {
      expect(INDICATORS[id].polarity).toBe("higher");
      expect(INDICATORS[id].definition.length).toBeGreaterThan(40);
    }
    expect(measureIdForLabel("LAC placed in borough")).toBe("lac_placed_in_area");
    expect(measureIdForLabel("Statutory visits on time")).toBe("lac_visited_in_timescale");
    expect(measureIdForLabel("CP visits within 10 working days")).toBe("cpp_visited_in_timescale");
    expect(measureIdForLabel("Referrals with a timely decision")).toBe("referrals_decided_1wd");
  });
});
