import type { Section } from "../indicators/indicator-def";
import type { CanonicalMeasureId } from "../measures/measure-catalogue";

/** One band of a distribution: its label as a committee reads it, and the measure counting it. */
export interface DistributionBand {
  readonly label: string;
  readonly measure: CanonicalMeasureId;
}

/**
 * A measure given as a set of bands that add up to a whole, shown as a small table of the count
 * and share in each band (Croydon's assessments by days taken, plans by how long they have lasted)
 * rather than as one figure. Bands are in order, and the whole is their sum.
 */
export interface DistributionDef {
  readonly name: string;
  readonly section: Section;
  /** What each band counts, for the table's heading: "assessments completed". */
  readonly counts: string;
  readonly bands: readonly DistributionBand[];
  readonly definition: string;
  readonly source: string;
}

/** The built-in distributions, declared as data: their bands are measures of the catalogue. */
export const DISTRIBUTIONS = {
  assessment_duration: {
    name: "Assessments by days taken to complete",
    section: "assessment",
    counts: "assessments completed",
    bands: [
      { label: "1–15 days", measure: "assessments_1_15d" },
      { label: "16–25 days", measure: "assessments_16_25d" },
      { label: "26–35 days", measure: "assessments_26_35d" },
      { label: "36–45 days", measure: "assessments_36_45d" },
      { label: "Over 45 days", measure: "assessments_over_45d" },
    ],
    definition:
      "Assessments completed in the period, by working days from referral to completion; the last band is those outside the 45 working day timescale.",
    source: "Local measure (Croydon's timespan of completion of assessments)",
  },
  plan_duration: {
    name: "Children on a child protection plan by how long the plan has lasted",
    section: "childInNeedAndProtection",
    counts: "children on a plan at the month end",
    bands: [
      { label: "Under 1 year", measure: "cpp_under_1yr" },
      { label: "1 to 2 years", measure: "cpp_1_2yrs" },
      { label: "2 years or more", measure: "cpp_open_2yrs" },
    ],
    definition:
      "Children on a child protection plan at the month end, by how long their current plan has lasted.",
    source: "DfE Characteristics of children in need (table D5, plans by duration at 31 March)",
  },
} as const satisfies Record<string, DistributionDef>;

/** The id of a built-in distribution. */
export type DistributionId = keyof typeof DISTRIBUTIONS;
