import type { CanonicalIndicatorId } from "../../domain/indicators/indicator-catalogue";

/** One row of the sample's comparators sheet, in the indicator's unit (percent as 0–100). */
export interface SampleComparatorRow {
  /** As an analyst writes it: the indicator's name or its id. */
  readonly indicator: string;
  readonly target?: number;
  readonly statNeighbours?: number;
  readonly england?: number;
  readonly region?: number;
  readonly tolerance?: string;
  /** The band of good values of a range indicator: low, high. */
  readonly band?: readonly [number, number];
  /**
   * The year the row's benchmarks are from, where it is not the columns' own (statistical
   * neighbours 2013/14, as Peterborough's report quotes them; England and region 2014/15).
   */
  readonly year?: string;
}

/** The years the comparators sheet's benchmark columns are from, written in their headings. */
export const SAMPLE_BENCHMARK_YEARS = {
  statNeighbours: "2013/14",
  england: "2014/15",
  region: "2014/15",
} as const;

type Row = SampleComparatorRow & { readonly id: CanonicalIndicatorId };

/**
 * The sample's targets and benchmarks. Statistical neighbours and England where the seeds quote
 * them: Peterborough's report (2013/14 figures: referral rate 730, s47 to conference 50% and
 * England 45.8%, plan rate 54.0 and England 42.6, repeat plans 15.6%, plans over 2 years 3.7%,
 * looked after 77.2, long-term stability 69%, 3+ placements 11.3%) and Rotherham's (re-referrals
 * 23.6%); England's 2014/15 re-referrals (24.2%), no further action (13.8%), repeat plans (16.6%)
 * and plans of 2 years+ (2.3%) from DfE's published tables; the local targets Rotherham and Thurrock
 * set (visits, placements in borough at least 50%, caseloads within 18–22). The rest are plausible
 * and fictional.
 */
const ROWS: readonly Row[] = [
  { id: "contacts_to_referral_pct", indicator: "Contacts progressing to referral", band: [20, 30] },
  {
    id: "referrals_per10k",
    indicator: "referrals_per10k",
    statNeighbours: 730,
    england: 548.3,
    region: 530.1,
    band: [450, 650],
  },
  {
    id: "rereferral_pct",
    indicator: "Re-referrals within 12 months",
    target: 20,
    statNeighbours: 23.6,
    england: 24.2,
    region: 22.9,
    year: "2014/15",
  },
  {
    id: "referral_nfa_pct",
    indicator: "Referrals resulting in no further action",
    statNeighbours: 12.1,
    england: 13.8,
    region: 14.0,
  },
  {
    id: "referral_to_assessment_pct",
    indicator: "referral_to_assessment_pct",
    statNeighbours: 77,
    band: [80, 95],
  },
  {
    id: "referral_decision_timely_pct",
    indicator: "Referrals with a decision within one working day",
    target: 95,
  },
  {
    id: "early_help_per10k",
    indicator: "Early help assessments per 10,000 children",
    target: 200,
    region: 185,
  },
  {
    id: "assessment_45wd_pct",
    indicator: "Assessments completed within 45 working days",
    target: 85,
    statNeighbours: 83.1,
    england: 81.5,
    region: 80.9,
    tolerance: "2.5%",
  },
  { id: "cin_per10k", indicator: "cin_per10k", statNeighbours: 350.2, england: 337.3 },
  {
    id: "cin_plan_up_to_date_pct",
    indicator: "Children in need with an up-to-date plan",
    target: 95,
  },
  {
    id: "s47_to_icpc_pct",
    indicator: "s47_to_icpc_pct",
    statNeighbours: 50,
    england: 45.8,
    band: [35, 50],
  },
  {
    id: "cpp_per10k",
    indicator: "Child protection plan rate per 10,000 children",
    statNeighbours: 54,
    england: 42.6,
    band: [40, 55],
    year: "2013/14",
  },
  { id: "cpp_starts_per10k", indicator: "cpp_starts_per10k", england: 52.4, band: [45, 65] },
  {
    id: "cpp_repeat_pct",
    indicator: "Plans that are a second or subsequent plan",
    statNeighbours: 15.6,
    england: 16.6,
  },
  {
    id: "cpp_ended_2yrs_pct",
    indicator: "Plans ending that lasted 2 years or more",
    statNeighbours: 4.1,
    england: 3.8,
  },
  {
    id: "cpp_open_2yrs_pct",
    indicator: "Plans open 2 years or more",
    statNeighbours: 3.7,
    england: 2.3,
  },
  {
    id: "cp_review_timely_pct",
    indicator: "Child protection reviews in timescale",
    target: 98,
    england: 94.4,
  },
  {
    id: "cp_visits_timely_pct",
    indicator: "Children on a child protection plan visited within timescale",
    target: 95,
  },
  { id: "lac_per10k", indicator: "lac_per10k", statNeighbours: 77.2, england: 60 },
  {
    id: "placement_3plus_pct",
    indicator: "Children looked after with 3 or more placements in 12 months",
    target: 10,
    statNeighbours: 11.3,
    england: 10,
  },
  {
    id: "placement_long_term_pct",
    indicator: "Long-term placement stability",
    statNeighbours: 69,
    england: 67,
  },
  { id: "lac_review_timely_pct", indicator: "Looked after reviews in timescale", target: 95 },
  {
    id: "lac_visits_timely_pct",
    indicator: "Children looked after with statutory visits on time",
    target: 95,
  },
  {
    id: "lac_in_area_pct",
    indicator: "Children looked after placed within the authority's area",
    target: 50,
  },
  {
    id: "missing_per_child",
    indicator: "Missing incidents per child who went missing",
    statNeighbours: 2.4,
    england: 2.6,
  },
  {
    id: "care_leavers_eet_pct",
    indicator: "Care leavers in education, employment or training",
    target: 60,
    statNeighbours: 49,
    england: 48,
  },
  {
    id: "care_leavers_accommodation_pct",
    indicator: "Care leavers in suitable accommodation",
    target: 85,
    statNeighbours: 80,
    england: 81,
  },
  {
    id: "sw_agency_pct",
    indicator: "Agency social worker rate",
    target: 15,
    statNeighbours: 18.5,
    england: 16,
  },
  { id: "sw_vacancy_pct", indicator: "Social worker vacancy rate", target: 15, england: 17 },
  { id: "sw_turnover_pct", indicator: "Social worker turnover", statNeighbours: 18, england: 17 },
  {
    id: "sw_caseload",
    indicator: "Average social worker caseload",
    target: 18,
    statNeighbours: 17.5,
    england: 17,
  },
  {
    id: "sw_caseload_in_band_pct",
    indicator: "Social workers with a caseload within the agreed band",
    target: 75,
  },
];

/** The comparators sheet's rows, as the sheet lists them. */
export const SAMPLE_COMPARATORS: readonly SampleComparatorRow[] = ROWS;

/** The settings sheet's rows: key, value. */
export const SAMPLE_SETTINGS: ReadonlyArray<readonly [string, string | number]> = [
  ["Local authority", "Sample Borough (SAMPLE DATA)"],
  ["Reporting month", "May 2015"],
  ["Financial year start month", 4],
  ["Suppress small numbers", "Yes"],
  ["Suppression threshold", 5],
  ["RAG tolerance", "5%"],
  ["No change threshold", 0.5],
];
