import type { MeasureDef } from "./measure-def";

/**
 * The built-in measures: the rows of the data sheet. Aliases include the row labels of the seed
 * committee reports so that a pasted table is recognised without mapping.
 */
export const MEASURES = {
  contacts: {
    name: "Contacts",
    kind: "flow",
    aliases: [
      "Contact",
      "Contacts received",
      "# of all contacts",
      "No. of contacts",
      "Number of contacts",
    ],
  },
  referrals: {
    name: "Referrals",
    kind: "flow",
    aliases: [
      "Refs",
      "# of referrals",
      "No. of referrals",
      "Number of referrals",
      "Referrals received",
    ],
  },
  rereferrals: {
    name: "Re-referrals within 12 months",
    kind: "flow",
    aliases: ["Re-referrals", "Rereferrals", "# of re-referrals", "No. of re-referrals"],
  },
  referrals_nfa: {
    name: "Referrals resulting in no further action",
    kind: "flow",
    aliases: ["NFA referrals", "Referrals NFA", "No further action", "# of NFA referrals"],
  },
  referrals_to_assessment: {
    name: "Referrals leading to an assessment",
    kind: "flow",
    aliases: [
      "Referrals to assessment",
      "... of which the no. leading to an assessment (Referrals outcomed as requiring an assessment)",
      "of which the no. leading to an assessment",
      "No. leading to an assessment",
    ],
  },
  referrals_decided_1wd: {
    name: "Referrals with a decision within one working day",
    kind: "flow",
    aliases: [
      "Referrals with a timely decision",
      "Timely decisions",
      "Decisions within 1 working day",
      "Referrals decided within 24 hours",
      "MASH decisions in timescale",
    ],
  },
  early_help_assessments: {
    name: "Early help assessments started",
    kind: "flow",
    aliases: ["Early Help Assessments", "EHA", "CAF", "New early help assessments"],
  },
  assessments_completed: {
    name: "Assessments completed",
    kind: "flow",
    aliases: [
      "# of completed assessments",
      "Completed assessments",
      "No. of completed assessments",
    ],
  },
  assessments_within_45wd: {
    name: "Assessments completed within 45 working days",
    kind: "flow",
    aliases: [
      "Assessments within 45 days",
      "Assessments in timescale",
      "Assessments within 45 working days",
    ],
  },
  assessments_1_15d: {
    name: "Assessments completed in 1–15 working days",
    kind: "flow",
    aliases: ["1 -15 days", "1-15 days", "1 to 15 days", "Assessments 1-15 days"],
  },
  assessments_16_25d: {
    name: "Assessments completed in 16–25 working days",
    kind: "flow",
    aliases: ["16 - 25 days", "16-25 days", "16 to 25 days", "Assessments 16-25 days"],
  },
  assessments_26_35d: {
    name: "Assessments completed in 26–35 working days",
    kind: "flow",
    aliases: ["26 - 35 days", "26-35 days", "26 to 35 days", "Assessments 26-35 days"],
  },
  assessments_36_45d: {
    name: "Assessments completed in 36–45 working days",
    kind: "flow",
    aliases: ["36 - 45 days", "36-45 days", "36 to 45 days", "Assessments 36-45 days"],
  },
  assessments_over_45d: {
    name: "Assessments completed in more than 45 working days",
    kind: "flow",
    aliases: ["45 days +", "45+ days", "Over 45 days", "More than 45 days", "Assessments 45+ days"],
  },
  cin: {
    name: "Children in need at month end",
    kind: "stock",
    aliases: ["Total # CIN", "Total # CIN*", "CIN", "Children in need", "No. of CIN"],
  },
  cin_plan_up_to_date: {
    name: "Children in need with an up-to-date plan at month end",
    kind: "stock",
    aliases: ["CIN with up to date plan", "CIN plans up to date", "Up to date CIN plans"],
  },
  s47_enquiries: {
    name: "Section 47 enquiries started",
    kind: "flow",
    aliases: [
      "S47 enquiries",
      "Section 47 enquiries",
      "s.47 enquiries",
      "Child protection enquiries",
    ],
  },
  icpcs: {
    name: "Initial child protection conferences",
    kind: "flow",
    aliases: ["ICPCs", "ICPC", "Initial child protection conferences held"],
  },
  cpp: {
    name: "Children on a child protection plan at month end",
    kind: "stock",
    aliases: [
      "Total # CPP",
      "CPP",
      "No. of children currently subject to a CPP",
      "Children subject to a CPP",
    ],
  },
  cpp_starts: {
    name: "Child protection plans started",
    kind: "flow",
    aliases: ["(New CPP)", "New CPP", "CPP starts", "New child protection plans"],
  },
  cpp_starts_repeat: {
    name: "Plans started that are a second or subsequent plan",
    kind: "flow",
    aliases: ["Repeat CPP", "Second or subsequent plans", "Subsequent CPP starts"],
  },
  cpp_ended: {
    name: "Child protection plans ended",
    kind: "flow",
    aliases: ["No. CPP ceased in the month", "CPP ceased", "CPP ended", "Plans ceased"],
  },
  cpp_ended_2yrs: {
    name: "Plans ended that lasted 2 years or more",
    kind: "flow",
    aliases: ["No. ceased CPPs that lasted 2yrs+", "Ceased CPPs 2yrs+", "CPP ended 2 years+"],
  },
  cpp_under_1yr: {
    name: "Children on a plan for under 1 year at month end",
    kind: "stock",
    aliases: ["CPP 0-12 months", "CPP under 1 year", "Subject to a CPP for 0-12 months"],
  },
  cpp_1_2yrs: {
    name: "Children on a plan for 1 to 2 years at month end",
    kind: "stock",
    aliases: ["CPP 12-24 months", "CPP 1-2 years", "Subject to a CPP for 12-24 months"],
  },
  cpp_open_2yrs: {
    name: "Plans open 2 years or more at month end",
    kind: "stock",
    aliases: ["CPP 2 years+", "Open CPPs 2yrs+", "CPP for 24+ months"],
  },
  cp_reviews: {
    name: "Child protection reviews due",
    kind: "flow",
    aliases: ["CP reviews", "CP reviews due", "Child protection reviews"],
  },
  cp_reviews_in_time: {
    name: "Child protection reviews held in timescale",
    kind: "flow",
    aliases: ["CP reviews in time", "CP reviews in timescale"],
  },
  cpp_visited_in_timescale: {
    name: "Children on a plan visited within timescale at month end",
    kind: "stock",
    aliases: [
      "CP visits in timescale",
      "CPP visited within 20 working days",
      "CP children seen in timescale",
      "CP visits within 10 working days",
    ],
  },
  lac: {
    name: "Children looked after at month end",
    kind: "stock",
    aliases: [
      "Total # LAC",
      "Current LAC total",
      "LAC",
      "CLA",
      "Looked after children",
      "No. of LAC",
    ],
  },
  lac_starts: {
    name: "Children starting to be looked after",
    kind: "flow",
    aliases: ["(New LAC)", "New LAC", "LAC starts", "CLA starts"],
  },
  lac_ceased: {
    name: "Children ceasing to be looked after",
    kind: "flow",
    aliases: ["LAC ceased", "CLA ceased", "LAC ceases"],
  },
  uasc: {
    name: "Unaccompanied asylum-seeking children looked after at month end",
    kind: "stock",
    aliases: ["Current UASC LAC", "UASC", "UASC LAC"],
  },
  lac_3plus_placements: {
    name: "Children looked after with 3 or more placements in the last 12 months",
    kind: "stock",
    aliases: [
      "LAC with 3+ placements",
      "3+ placements",
      "Total no. LAC with 3+ placements in last 12 months",
    ],
  },
  lac_long_term_cohort: {
    name: "Children under 16 looked after for 2.5 years or more",
    kind: "stock",
    aliases: ["Long-term stability cohort", "LAC 2.5 years+"],
  },
  lac_long_term_stable: {
    name: "... of whom in the same placement for 2 years or more",
    kind: "stock",
    aliases: ["Long-term stability", "Same placement 2 years+"],
  },
  lac_placed_in_area: {
    name: "Children looked after placed within the authority's area at month end",
    kind: "stock",
    aliases: [
      "LAC placed in borough",
      "Placed within borough",
      "LAC in area",
      "CLA placed in area",
    ],
  },
  lac_reviews: {
    name: "Looked after reviews due",
    kind: "flow",
    aliases: ["LAC reviews", "CLA reviews"],
  },
  lac_reviews_in_time: {
    name: "Looked after reviews held in timescale",
    kind: "flow",
    aliases: ["LAC reviews in time", "CLA reviews in time", "LAC reviews in timescale"],
  },
  lac_visited_in_timescale: {
    name: "Children looked after with statutory visits on time at month end",
    kind: "stock",
    aliases: [
      "LAC visits in timescale",
      "Statutory visits on time",
      "LAC statutory visits in time",
      "CLA visits in timescale",
    ],
  },
  missing_incidents: {
    name: "Missing incidents (children looked after)",
    kind: "flow",
    aliases: ["Missing incidents", "Missing episodes"],
  },
  missing_children: {
    name: "Children looked after who went missing",
    kind: "flow",
    aliases: ["Missing children", "Children missing"],
  },
  care_leavers: {
    name: "Care leavers aged 19–21",
    kind: "stock",
    aliases: ["Care leavers", "Care leavers 19-21"],
  },
  care_leavers_eet: {
    name: "Care leavers aged 19–21 in education, employment or training",
    kind: "stock",
    aliases: ["Care leavers EET", "Care leavers in EET"],
  },
  care_leavers_suitable_accommodation: {
    name: "Care leavers aged 19–21 in suitable accommodation",
    kind: "stock",
    aliases: ["Care leavers suitable accommodation", "Care leavers in suitable accommodation"],
  },
  adoptions: {
    name: "Adoptions",
    kind: "flow",
    aliases: ["Adoptions", "Children adopted", "No. of adoptions"],
  },
  sgos: {
    name: "Special guardianship orders",
    kind: "flow",
    aliases: ["SGOs", "SGO", "Special Guardianship Orders"],
  },
  sw_employed_fte: {
    name: "Employed (permanent) social workers, FTE",
    kind: "stock",
    aliases: ["Employed social workers FTE", "Permanent social workers FTE", "SW FTE"],
  },
  sw_agency_fte: {
    name: "Agency social workers, FTE",
    kind: "stock",
    aliases: ["Agency social workers FTE", "Agency FTE"],
  },
  sw_vacancies_fte: {
    name: "Social worker vacancies, FTE",
    kind: "stock",
    aliases: ["Vacancies FTE", "Social worker vacancies"],
  },
  sw_leavers_fte: {
    name: "Social workers leaving, FTE",
    kind: "flow",
    aliases: ["Leavers FTE", "Social worker leavers"],
  },
  cases_held: {
    name: "Cases held by case-holding social workers",
    kind: "stock",
    aliases: ["Cases held", "Caseload total"],
  },
  case_holding_fte: {
    name: "Case-holding social workers, FTE",
    kind: "stock",
    aliases: ["Case holding FTE", "Case-holding social workers"],
  },
  sw_case_holding: {
    name: "Case-holding social workers (headcount) at month end",
    kind: "stock",
    aliases: [
      "Case holding headcount",
      "Case-holding SW headcount",
      "Case-holding social workers headcount",
    ],
  },
  sw_caseload_in_band: {
    name: "Social workers with a caseload within the agreed band at month end",
    kind: "stock",
    aliases: [
      "SWs within caseload band",
      "Caseloads within band",
      "Social workers within caseload limits",
    ],
  },
  population: {
    name: "Children aged 0–17 (ONS mid-year estimate)",
    kind: "stock",
    aliases: ["Population", "Child population", "Population 0-17", "Children aged 0 to 17 years"],
  },
} as const satisfies Record<string, MeasureDef>;

/** The id of a built-in measure. */
export type CanonicalMeasureId = keyof typeof MEASURES;

/** Every built-in measure id, in catalogue order. */
export const CANONICAL_MEASURE_IDS = Object.keys(MEASURES) as CanonicalMeasureId[];
