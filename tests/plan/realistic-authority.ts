import type { ComparatorValues } from "../../src/domain/compare/comparator";
import { INDICATORS } from "../../src/domain/indicators/indicator-catalogue";
import type { IndicatorDef } from "../../src/domain/indicators/indicator-def";
import { monthlyValues, type MeasureData } from "../../src/domain/measures/measure-data";
import { addMonths, monthKey, type MonthKey } from "../../src/domain/period/month";
import { reconcile } from "../../src/domain/reconcile/reconcile";
import { computeScorecard } from "../../src/domain/scorecard/compute-scorecard";
import type { ScorecardPlanInput } from "../../src/plan/plan-input";
import { sheetIssue } from "../../src/sheet/sheet-issue";

/**
 * Monthly levels of a unitary authority of about 40,000 children (Thurrock's size), for the 24
 * months to December 2015. Each measure gets its level plus a deterministic wobble, so figures move
 * month to month the way real ones do; December's referrals dip as they do every Christmas.
 */
const LEVELS: Readonly<Record<string, number>> = {
  contacts: 950,
  referrals: 210,
  rereferrals: 48,
  referrals_nfa: 30,
  referrals_to_assessment: 180,
  early_help_assessments: 60,
  assessments_completed: 190,
  assessments_within_45wd: 160,
  cin: 1250,
  s47_enquiries: 70,
  icpcs: 28,
  cpp: 190,
  cpp_starts: 22,
  cpp_starts_repeat: 4,
  cpp_ended: 20,
  cpp_ended_2yrs: 1,
  cpp_open_2yrs: 5,
  cp_reviews: 40,
  cp_reviews_in_time: 38,
  lac: 290,
  lac_starts: 12,
  lac_ceased: 11,
  uasc: 25,
  lac_3plus_placements: 30,
  lac_long_term_cohort: 80,
  lac_long_term_stable: 58,
  lac_reviews: 60,
  lac_reviews_in_time: 55,
  missing_incidents: 23,
  missing_children: 12,
  care_leavers: 150,
  care_leavers_eet: 80,
  care_leavers_suitable_accommodation: 130,
  adoptions: 2,
  sgos: 3,
  sw_employed_fte: 95,
  sw_agency_fte: 18,
  sw_vacancies_fte: 20,
  sw_leavers_fte: 1.5,
  cases_held: 1700,
  case_holding_fte: 92,
  population: 41200,
};

/** Sub-counts never exceed the count they are part of. */
const PART_OF: Readonly<Record<string, string>> = {
  rereferrals: "referrals",
  referrals_nfa: "referrals",
  referrals_to_assessment: "referrals",
  assessments_within_45wd: "assessments_completed",
  icpcs: "s47_enquiries",
  cpp_starts_repeat: "cpp_starts",
  cpp_ended_2yrs: "cpp_ended",
  cpp_open_2yrs: "cpp",
  cp_reviews_in_time: "cp_reviews",
  lac_3plus_placements: "lac",
  lac_long_term_stable: "lac_long_term_cohort",
  lac_reviews_in_time: "lac_reviews",
  care_leavers_eet: "care_leavers",
  care_leavers_suitable_accommodation: "care_leavers",
};

export const FIRST_MONTH = monthKey(2014, 1);
export const REPORTING_MONTH = monthKey(2015, 12);

/** Every measure for `months` months from January 2014 (24 by default, to December 2015). */
export function authorityData(months = 24): MeasureData {
  const data = new Map<string, ReadonlyMap<MonthKey, number>>();
  const series = new Map<string, number[]>();
  Object.entries(LEVELS).forEach(([id, level], i) => {
    const parent = series.get(PART_OF[id] ?? "");
    const values = Array.from({ length: months }, (_, m) => {
      if (id === "population") return level;
      const wobble = ((i * 7 + m * 13) % 11) - 5;
      const christmas = m % 12 === 11 && id === "referrals" ? -30 : 0;
      const rising = m >= 20 && id === "rereferrals" ? 9 : 0;
      const value = Math.max(0, Math.round(level * (1 + wobble / 50)) + christmas + rising);
      return parent === undefined ? value : Math.min(value, parent[m] ?? value);
    });
    series.set(id, values);
    data.set(id, monthlyValues(FIRST_MONTH, values));
  });
  return data;
}

/** Targets, statistical neighbours and England, in the ranges the DfE's releases publish. */
export const COMPARATORS: Readonly<Record<string, ComparatorValues>> = {
  rereferral_pct: { target: 20, statNeighbours: 21.9, england: 22.4 },
  referral_nfa_pct: { statNeighbours: 9.2, england: 7.6 },
  referrals_per10k: { statNeighbours: 560.1, england: 544.5 },
  referral_to_assessment_pct: { statNeighbours: 86.4, england: 84.8 },
  assessment_45wd_pct: { target: 85, statNeighbours: 84.9, england: 82.9 },
  cin_per10k: { statNeighbours: 337.8, england: 332.4 },
  cpp_per10k: { statNeighbours: 48.1, england: 43.1 },
  cpp_repeat_pct: { statNeighbours: 21.1, england: 23.8 },
  cp_review_timely_pct: { target: 95, england: 91.2 },
  lac_per10k: { statNeighbours: 67, england: 70 },
  placement_3plus_pct: { target: 10, statNeighbours: 10.5, england: 10 },
  placement_long_term_pct: { statNeighbours: 69, england: 71 },
  care_leavers_eet_pct: { target: 55, statNeighbours: 52, england: 55 },
  care_leavers_accommodation_pct: { statNeighbours: 86, england: 88 },
  sw_agency_pct: { target: 15, statNeighbours: 20.5, england: 17.6 },
  sw_vacancy_pct: { statNeighbours: 19.1, england: 20.0 },
  sw_turnover_pct: { statNeighbours: 17.4, england: 17.1 },
  sw_caseload: { target: 18, statNeighbours: 17.3, england: 17.8 },
};

/** The plan input of a realistic authority: engine results, two issues, one reconciliation run. */
export function realisticInput(
  options: { catalogue?: Readonly<Record<string, IndicatorDef>>; months?: number } = {}
): ScorecardPlanInput {
  const catalogue = options.catalogue ?? INDICATORS;
  const months = options.months ?? 24;
  const data = authorityData(months);
  const reportingMonth = addMonths(FIRST_MONTH, months - 1);
  const scorecard = computeScorecard(catalogue, data, reportingMonth, COMPARATORS, {
    suppression: { enabled: true },
  });
  const reconciliation = reconcile(data, [
    {
      kind: "percentMonth",
      indicator: "rereferral_pct",
      month: reportingMonth,
      value: 24.9,
      cell: "AB5",
      label: "% Mnth",
    },
    {
      kind: "ytd",
      measure: "referrals",
      month: reportingMonth,
      value: 1999,
      cell: "AC4",
      label: "Refs",
    },
  ]);
  return {
    scorecard,
    catalogue,
    authority: "Thurrock",
    reportingMonth,
    dataSheetName: "CSC Data",
    refreshedAt: "2016-01-12T09:30:00Z",
    issues: [
      sheetIssue(
        "warning",
        "SUPPRESSED_VALUE",
        "CSC Data",
        "F30",
        "'c' is withheld; the month is treated as missing."
      ),
      sheetIssue(
        "info",
        "SUMMARY_NOT_CHECKED",
        "CSC Data",
        "AD1",
        "The 'Total' column is not checked."
      ),
    ],
    reconciliation,
  };
}
