import type { CanonicalMeasureId } from "../../domain/measures/measure-catalogue";
import { addMonths, monthKey, monthOf, type MonthKey } from "../../domain/period/month";
import { seededRandom } from "./prng";
import { PETERBOROUGH_FRONT_DOOR, PETERBOROUGH_LEVELS } from "./seed-figures";

/** The sample's months: June 2013 to May 2015, the months of the Peterborough table. */
export const SAMPLE_FIRST_MONTH: MonthKey = monthKey(2013, 6);
export const SAMPLE_MONTHS: readonly MonthKey[] = Array.from({ length: 24 }, (_, i) =>
  addMonths(SAMPLE_FIRST_MONTH, i)
);

/** Every measure's figure in each sample month, in month order. */
export type SampleFigures = Readonly<Record<CanonicalMeasureId, readonly number[]>>;

/**
 * Demand is lower in August and December (school holidays) and higher in the autumn and in March,
 * as the seeds' monthly tables show.
 */
const SEASON: Readonly<Record<number, number>> = {
  1: 1.0,
  2: 1.02,
  3: 1.08,
  4: 0.97,
  5: 1.03,
  6: 1.0,
  7: 1.0,
  8: 0.85,
  9: 1.05,
  10: 1.07,
  11: 1.04,
  12: 0.88,
};

/** Adoptions by month: 2014/15 adds up to the report's 32; Jun-13 to Mar-14 leave 4 of 2013/14's 27 to Apr and May 2013. */
const ADOPTIONS = [2, 3, 1, 2, 3, 2, 3, 2, 3, 2, 3, 2, 4, 2, 1, 3, 2, 4, 3, 2, 3, 3, 2, 3];

/**
 * The sample authority's monthly figures, the same on every run (seeded): contacts and referrals
 * as Peterborough published them; the rest generated around the levels that report gives, with
 * the seasons of demand, and consistent as real counts are: every part no larger than its whole
 * (re-referrals within referrals, assessments in 45 days within assessments), stocks moving by
 * their flows (children on a plan = last month's + plans started − plans ended).
 * @example sampleFigures().referrals[23] // 416, Peterborough's May 2015
 */
export function sampleFigures(): SampleFigures {
  const random = seededRandom(20150602);
  const jitter = (spread: number) => 1 + (random() - 0.5) * 2 * spread;
  const seasonal = (base: number, spread: number, i: number) =>
    Math.round(base * SEASON[monthOf(SAMPLE_MONTHS[i] ?? SAMPLE_FIRST_MONTH)]! * jitter(spread));
  const share = (whole: number, fraction: number, spread: number) =>
    Math.min(whole, Math.max(0, Math.round(whole * fraction * jitter(spread))));
  // The measures added to the catalogue later draw from a stream of their own, so adding them left
  // every earlier figure of the sample as it was.
  const later = seededRandom(20161201);
  const laterShare = (whole: number, fraction: number, spread: number) =>
    Math.min(whole, Math.max(0, Math.round(whole * fraction * (1 + (later() - 0.5) * 2 * spread))));
  const months = SAMPLE_MONTHS.map((_, i) => i);
  const each = (f: (i: number) => number) => months.map(f);

  const contacts = PETERBOROUGH_FRONT_DOOR.map(([, c]) => c);
  const referrals = PETERBOROUGH_FRONT_DOOR.map(([r]) => r);
  // The report: 95% of referrals went on to assessment in 2013/14, dipping in Apr and May 2015
  // as the new hub counted more contacts as referrals.
  const toAssessmentShare = (i: number) => (i < 10 ? 0.95 : i < 22 ? 0.9 : i === 22 ? 0.8 : 0.72);
  const referralsToAssessment = each((i) => share(referrals[i]!, toAssessmentShare(i), 0.02));
  const assessmentsCompleted = each((i) =>
    Math.round((referralsToAssessment[i - 1] ?? referralsToAssessment[i]!) * 0.97 * jitter(0.05))
  );
  const s47 = each((i) => seasonal(74, 0.15, i));

  const cppStarts = each((i) => seasonal(21, 0.25, i));
  const cppEnded = each((i) => Math.max(0, Math.round(cppStarts[i]! * jitter(0.3) - 0.4)));
  const cpp = stockFrom(196, cppStarts, cppEnded, PETERBOROUGH_LEVELS.cppMay15);
  const lacStarts = each((i) => seasonal(15, 0.3, i) + (i >= 21 ? 4 : 0));
  const lacCeased = each((i) =>
    Math.max(0, Math.round(lacStarts[i]! * jitter(0.3) - (i >= 21 ? 4 : 0)))
  );
  const lac = stockFrom(352, lacStarts, lacCeased, PETERBOROUGH_LEVELS.lacMay15);
  const cin = walk(1330, 25, 1250, 1480, random);
  const careLeavers = each((i) => 98 + Math.round(i / 2) + Math.round((random() - 0.5) * 4));
  const cohort = each(() => 94 + Math.round((random() - 0.5) * 6));
  const missingChildren = each((i) => seasonal(11, 0.3, i));
  const employed = each(() => Math.round(78 * jitter(0.03) * 10) / 10);
  const caseHolding = each((i) =>
    i === 23
      ? Math.round((PETERBOROUGH_LEVELS.casesMay15 / PETERBOROUGH_LEVELS.caseloadMay15) * 10) / 10
      : Math.round(86 * jitter(0.03) * 10) / 10
  );

  const cpReviews = cpp.map((c) => share(c, 0.18, 0.12));
  const lacReviews = lac.map((l) => share(l, 0.2, 0.1));

  const base = {
    contacts,
    referrals,
    rereferrals: referrals.map((r) => share(r, 0.215, 0.15)),
    referrals_nfa: referrals.map((r) => share(r, 0.1, 0.2)),
    referrals_to_assessment: referralsToAssessment,
    referrals_decided_1wd: referrals.map((r) => laterShare(r, 0.93, 0.04)),
    early_help_assessments: each((i) => seasonal(72, 0.12, i)),
    assessments_completed: assessmentsCompleted,
    assessments_within_45wd: assessmentsCompleted.map((a) => share(a, 0.84, 0.06)),
    cin,
    cin_plan_up_to_date: cin.map((c) => laterShare(c, 0.88, 0.04)),
    s47_enquiries: s47,
    icpcs: s47.map((s) => share(s, 0.45, 0.12)),
    cpp,
    cpp_starts: cppStarts,
    cpp_starts_repeat: cppStarts.map((s) => share(s, 0.142, 0.5)),
    cpp_ended: cppEnded,
    cpp_ended_2yrs: cppEnded.map((e) => Math.min(e, Math.floor(random() * 2.6))),
    cpp_open_2yrs: cpp.map((c) => share(c, 0.035, 0.25)),
    cp_reviews: cpReviews,
    cp_reviews_in_time: cpReviews.map((r) => share(r, 0.96, 0.03)),
    cpp_visited_in_timescale: cpp.map((c) => laterShare(c, 0.9, 0.05)),
    lac,
    lac_starts: lacStarts,
    lac_ceased: lacCeased,
    uasc: each((i) => 17 + Math.round(i / 4) + Math.round((random() - 0.5) * 3)),
    lac_3plus_placements: lac.map((l) => share(l, 0.08, 0.15)),
    lac_long_term_cohort: cohort,
    lac_long_term_stable: cohort.map((c) => share(c, 0.71, 0.04)),
    lac_placed_in_area: lac.map((l) => laterShare(l, 0.42, 0.05)),
    lac_reviews: lacReviews,
    lac_reviews_in_time: lacReviews.map((r) => share(r, 0.92, 0.04)),
    lac_visited_in_timescale: lac.map((l) => laterShare(l, 0.94, 0.03)),
    missing_incidents: missingChildren.map((c) => Math.round(c * 2.2 * jitter(0.25))),
    missing_children: missingChildren,
    care_leavers: careLeavers,
    care_leavers_eet: careLeavers.map((c) => share(c, 0.52, 0.06)),
    care_leavers_suitable_accommodation: careLeavers.map((c) => share(c, 0.84, 0.04)),
    adoptions: ADOPTIONS,
    sgos: each(() => Math.floor(random() * 3.4)),
    sw_employed_fte: employed,
    sw_agency_fte: each(() => Math.round(PETERBOROUGH_LEVELS.agencyFte * jitter(0.08) * 10) / 10),
    sw_vacancies_fte: each(() => Math.round(25 * jitter(0.1) * 10) / 10),
    sw_leavers_fte: each(() => Math.round((1 + random() * 1.8) * 10) / 10),
    cases_held: caseHolding.map((fte, i) =>
      i === 23 ? PETERBOROUGH_LEVELS.casesMay15 : Math.round(fte * 20.5 * jitter(0.04))
    ),
    case_holding_fte: caseHolding,
    sw_case_holding: caseHolding.map((fte) => Math.round(fte * 1.08)),
    sw_caseload_in_band: caseHolding.map((fte) => laterShare(Math.round(fte * 1.08), 0.55, 0.1)),
    population: SAMPLE_MONTHS.map((m) =>
      m < monthKey(2014, 4) ? 41400 : m < monthKey(2015, 4) ? 41900 : 42400
    ),
  };
  return { ...base, ...distributionBands(base, laterShare) } satisfies Record<
    CanonicalMeasureId,
    readonly number[]
  >;
}

/**
 * The bands of the sample's distributions, drawn after every other figure (from the later stream,
 * so the rest stay as they were): assessments by days taken, the four bands within 45 days
 * splitting those in time with Croydon's shape (1–15 days the most) and the last band the rest;
 * children on a plan by duration, adding up to the month's children on a plan.
 */
function distributionBands(
  base: Readonly<
    Record<
      "assessments_completed" | "assessments_within_45wd" | "cpp" | "cpp_open_2yrs",
      readonly number[]
    >
  >,
  share: (whole: number, fraction: number, spread: number) => number
) {
  const within = base.assessments_within_45wd;
  const first = within.map((w) => share(w, 0.62, 0.1));
  const second = within.map((w, i) => share(w - first[i]!, 0.38, 0.15));
  const third = within.map((w, i) => share(w - first[i]! - second[i]!, 0.55, 0.15));
  const open2 = base.cpp_open_2yrs;
  const under1 = base.cpp.map((c, i) => share(c - open2[i]!, 0.82, 0.04));
  return {
    assessments_1_15d: first,
    assessments_16_25d: second,
    assessments_26_35d: third,
    assessments_36_45d: within.map((w, i) => w - first[i]! - second[i]! - third[i]!),
    assessments_over_45d: base.assessments_completed.map((a, i) => a - within[i]!),
    cpp_under_1yr: under1,
    cpp_1_2yrs: base.cpp.map((c, i) => c - open2[i]! - under1[i]!),
  };
}

/**
 * A stock that moves by its flows, from a start, with the last month's outflow settled so the
 * stock ends at the level a report gives.
 */
function stockFrom(start: number, inflow: number[], outflow: number[], end: number): number[] {
  const last = inflow.length - 1;
  let level = start;
  const stock: number[] = [];
  for (let i = 0; i <= last; i++) {
    if (i === last) outflow[i] = Math.max(0, level + inflow[i]! - end);
    level += inflow[i]! - outflow[i]!;
    stock.push(level);
  }
  return stock;
}

/** A stock that drifts by up to `step` a month, kept within bounds. */
function walk(start: number, step: number, low: number, high: number, random: () => number) {
  const values: number[] = [];
  let level = start;
  for (let i = 0; i < SAMPLE_MONTHS.length; i++) {
    level = Math.min(high, Math.max(low, level + Math.round((random() - 0.5) * 2 * step)));
    values.push(level);
  }
  return values;
}
