import { CANONICAL_MEASURE_IDS, MEASURES } from "../../../src/domain/measures/measure-catalogue";

const REQUIRED = [
  "contacts",
  "referrals",
  "rereferrals",
  "referrals_nfa",
  "referrals_to_assessment",
  "early_help_assessments",
  "assessments_completed",
  "assessments_within_45wd",
  "cin",
  "s47_enquiries",
  "icpcs",
  "cpp",
  "cpp_starts",
  "cpp_starts_repeat",
  "cpp_ended",
  "cpp_ended_2yrs",
  "cpp_open_2yrs",
  "cp_reviews",
  "cp_reviews_in_time",
  "lac",
  "lac_starts",
  "lac_ceased",
  "uasc",
  "lac_3plus_placements",
  "lac_long_term_cohort",
  "lac_long_term_stable",
  "lac_reviews",
  "lac_reviews_in_time",
  "missing_incidents",
  "missing_children",
  "care_leavers",
  "care_leavers_eet",
  "care_leavers_suitable_accommodation",
  "adoptions",
  "sgos",
  "sw_employed_fte",
  "sw_agency_fte",
  "sw_vacancies_fte",
  "sw_leavers_fte",
  "cases_held",
  "case_holding_fte",
  "population",
];

describe("MEASURES", () => {
  it("holds every measure the specification requires", () => {
    expect(CANONICAL_MEASURE_IDS).toEqual(expect.arrayContaining(REQUIRED));
  });

  it("treats events in the month as flows and month-end snapshots as stocks", () => {
    expect(MEASURES.referrals.kind).toBe("flow");
    expect(MEASURES.cpp_starts.kind).toBe("flow");
    expect(MEASURES.sw_leavers_fte.kind).toBe("flow");
    expect(MEASURES.lac.kind).toBe("stock");
    expect(MEASURES.sw_employed_fte.kind).toBe("stock");
    expect(MEASURES.population.kind).toBe("stock");
  });
});
