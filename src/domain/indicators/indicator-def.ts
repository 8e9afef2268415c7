import type { MeasureId } from "../measures/measure-def";

/**
 * The stages of a child's journey with their labels, in the order a scorecard reads: the one
 * declaration the section type, the labels and the order all come from.
 */
const SECTIONS = {
  frontDoor: "Front door",
  assessment: "Assessment",
  childInNeedAndProtection: "Child in need and protection",
  childrenLookedAfter: "Children looked after",
  careLeavers: "Care leavers",
  adoption: "Adoption",
  workforce: "Workforce",
} as const;

/** Stages of the child's journey, in the order a scorecard reads. */
export type Section = keyof typeof SECTIONS;

/**
 * How values are expressed. Percent values are held as percentages 0–100 throughout the engine
 * (22.6 means 22.6%), and a difference between two percents is in percentage points.
 */
export type Unit = "percent" | "per10k" | "days" | "ratio" | "count";

/**
 * Which way is good. `range`: neither extreme is good (an optional band says where good lies);
 * `context`: shown for context, never rated.
 */
export type PolarityKind = "higher" | "lower" | "range" | "context";

/** The band of good values for a range indicator, in the indicator's unit. */
export interface Band {
  readonly low: number;
  readonly high: number;
}

/**
 * How an indicator is computed from measures.
 * - `ratio`: numerator ÷ Σdenominators × scale (100 for a percentage, 1 for caseload). Both flows:
 *   summed over the window. Both stocks: month-end values. One of each: the flow side is annualised
 *   (rolling 12 months, or year to date × 12 ÷ months) and the stock taken at the window's end.
 * - `rate`: count ÷ child population × `per`; a rate of a flow is annualised, of a stock is at month end.
 * - `count`: the measure itself (flows summed over a window, stocks at its end).
 */
export type Formula =
  | {
      readonly kind: "ratio";
      readonly numerator: MeasureId;
      /** One measure, or several summed (agency rate: agency ÷ (agency + employed)). */
      readonly denominator: MeasureId | readonly MeasureId[];
      readonly scale: number;
    }
  | { readonly kind: "rate"; readonly count: MeasureId; readonly per: number }
  | { readonly kind: "count"; readonly measure: MeasureId };

/** One indicator of the catalogue: declarative data the engine, the writer and the README read. */
export interface IndicatorDef {
  readonly name: string;
  readonly section: Section;
  readonly formula: Formula;
  readonly unit: Unit;
  readonly polarity: PolarityKind;
  /** Good values for a range indicator (also allowed on higher/lower to mark a known good band). */
  readonly band?: Band;
  /** Decimal places for display. */
  readonly decimals: number;
  /** Plain-English definition. */
  readonly definition: string;
  /** Where the definition comes from: DfE statistical release, former NI number, or "local". */
  readonly source: string;
}

/** Human labels for sections, used by the catalogue table and the writer. */
export const SECTION_LABELS: Readonly<Record<Section, string>> = SECTIONS;

/** The stages of a child's journey, in the order the scorecard reads. */
export const SECTION_ORDER: readonly Section[] = Object.keys(SECTIONS) as Section[];
