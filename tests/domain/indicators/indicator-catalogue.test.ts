import { MEASURES } from "../../../src/domain/measures/measure-catalogue";
import type { MeasureId } from "../../../src/domain/measures/measure-def";
import { INDICATORS } from "../../../src/domain/indicators/indicator-catalogue";
import { formulaShape } from "../../../src/domain/indicators/formula-shape";

const REQUIRED = [
  "contacts_to_referral_pct",
  "referrals_per10k",
  "rereferral_pct",
  "referral_nfa_pct",
  "referral_to_assessment_pct",
  "early_help_per10k",
  "assessment_45wd_pct",
  "cin_per10k",
  "s47_to_icpc_pct",
  "cpp_per10k",
  "cpp_starts_per10k",
  "cpp_repeat_pct",
  "cpp_ended_2yrs_pct",
  "cpp_open_2yrs_pct",
  "cp_review_timely_pct",
  "lac_per10k",
  "lac_starts_per10k",
  "placement_3plus_pct",
  "placement_long_term_pct",
  "lac_review_timely_pct",
  "missing_per_child",
  "care_leavers_eet_pct",
  "care_leavers_accommodation_pct",
  "sw_agency_pct",
  "sw_vacancy_pct",
  "sw_turnover_pct",
  "sw_caseload",
  "contacts",
  "referrals",
  "cin",
  "cpp",
  "lac",
];

const measureKind = (id: MeasureId) =>
  (MEASURES as Record<string, { kind: "flow" | "stock" }>)[id]?.kind;

describe("INDICATORS", () => {
  it("holds every indicator the specification requires", () => {
    expect(Object.keys(INDICATORS)).toEqual(expect.arrayContaining(REQUIRED));
  });

  it.each(Object.entries(INDICATORS))(
    "%s names measures that exist and sums only like with like",
    (_, def) => {
      expect(typeof formulaShape(def.formula, measureKind)).toBe("object");
    }
  );

  it.each(Object.entries(INDICATORS))(
    "%s has a definition, a source and a sensible precision",
    (_, def) => {
      expect(def.definition.length).toBeGreaterThan(10);
      expect(def.source.length).toBeGreaterThan(3);
      expect(Number.isInteger(def.decimals) && def.decimals >= 0 && def.decimals <= 3).toBe(true);
    }
  );

  it("shows the headline counts as indicators of unit count", () => {
    for (const id of ["contacts", "referrals", "cin", "cpp", "lac"] as const) {
      expect(INDICATORS[id].unit).toBe("count");
      expect(INDICATORS[id].formula.kind).toBe("count");
    }
  });

  it("keeps percentages as ratios scaled to 100", () => {
    for (const def of Object.values(INDICATORS)) {
      if (def.unit === "percent") expect(def.formula).toMatchObject({ kind: "ratio", scale: 100 });
    }
  });
});
