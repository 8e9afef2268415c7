import {
  COMPARATOR_KINDS,
  type ComparatorKind,
  type ComparatorValues,
} from "../compare/comparator";
import { directionOfTravel, type Direction } from "../compare/direction-of-travel";
import { rateIndicator, type Rag } from "../compare/rag";
import { variance, type Variance } from "../compare/variance";
import { isSuppressed } from "../format/suppression";
import { computeIndicator, type IndicatorResult } from "../indicators/compute-indicator";
import type { Figure } from "../indicators/figure";
import type { IndicatorCatalogue } from "../indicators/indicator-catalogue";
import type { MeasureData } from "../measures/measure-data";
import type { MeasureDef, MeasureId } from "../measures/measure-def";
import { MEASURES } from "../measures/measure-catalogue";
import { formatMonth, type MonthKey } from "../period/month";
import type { CalcError } from "../result/calc";
import { buildMeasureTable } from "../series/measure-table";
import type { HeadlineFigure, ScorecardSettings } from "./scorecard-settings";

/** One comparator beside an indicator's headline figure. */
export interface Comparison {
  readonly comparator: ComparatorKind;
  readonly value: number;
  readonly variance: Variance;
}

/** Which figures disclosure control hides (shown as `c`). */
export interface SuppressionFlags {
  readonly value: boolean;
  readonly previous: boolean;
  readonly sameMonthLastYear: boolean;
  readonly ytd: boolean;
  readonly rolling12: boolean;
  /** The annualised figure can rest on a year to date whose count is small even when 12 months' is not. */
  readonly annualised: boolean;
  readonly forecast: boolean;
}

/** One row of the scorecard: plain data, unrounded, for the writer to format. */
export interface ScorecardRow extends IndicatorResult {
  readonly headlineKind: HeadlineFigure;
  /** The figure rated and compared (the `value`, `ytd` or `rolling12` figure). */
  readonly headline: Figure;
  readonly comparisons: readonly Comparison[];
  /** Month figure against the previous month, and against the same month last year. */
  readonly directionVsPrevious: Direction;
  readonly directionVsLastYear: Direction;
  readonly rag: Rag;
  readonly suppressed: SuppressionFlags;
  /** Sentences for the analyst: incomplete windows, values that could not be computed. */
  readonly notes: readonly string[];
}

export interface Scorecard {
  readonly reportingMonth: MonthKey;
  readonly rows: readonly ScorecardRow[];
  /** Indicators that could not be computed at all (an analyst's formula naming an unknown measure). */
  readonly failures: ReadonlyArray<{ readonly id: string; readonly error: CalcError }>;
}

/**
 * Computes every indicator of a catalogue at a reporting month, with comparators, variances,
 * direction of travel, RAG with reasons and suppression flags. The data is laid out once.
 * @example computeScorecard(INDICATORS, data, monthKey(2015, 5), { rereferral_pct: { england: 22.6 } }).rows.length
 */
export function computeScorecard(
  catalogue: IndicatorCatalogue,
  data: MeasureData,
  reportingMonth: MonthKey,
  comparators: Readonly<Record<string, ComparatorValues>> = {},
  settings: ScorecardSettings = {}
): Scorecard {
  const measures: Readonly<Record<MeasureId, MeasureDef>> = settings.measures ?? MEASURES;
  const table = buildMeasureTable(data, measures);
  const rows: ScorecardRow[] = [];
  const failures: Array<{ id: string; error: CalcError }> = [];
  for (const [id, def] of Object.entries(catalogue)) {
    const result = computeIndicator(id, def, table, reportingMonth, settings);
    if (!result.ok) {
      failures.push({ id, error: result.error });
      continue;
    }
    rows.push(scoreRow(result.value, comparators[id] ?? {}, settings));
  }
  return { reportingMonth, rows, failures };
}

function scoreRow(
  result: IndicatorResult,
  given: ComparatorValues,
  settings: ScorecardSettings
): ScorecardRow {
  const def = result.def;
  const own = settings.indicators?.[result.id] ?? {};
  const headlineKind = own.headline ?? "month";
  const headline = headlineKind === "month" ? result.value : result[headlineKind];
  const lastYear =
    headlineKind === "month"
      ? result.sameMonthLastYear
      : headlineKind === "ytd"
        ? result.ytdLastYear
        : result.rolling12LastYear;
  const comparatorValues: ComparatorValues = {
    ...given,
    lastYear: given.lastYear ?? lastYear.value,
  };
  const comparisons: Comparison[] = [];
  for (const comparator of COMPARATOR_KINDS) {
    const value = comparatorValues[comparator];
    if (headline.value === null || typeof value !== "number" || !Number.isFinite(value)) continue;
    comparisons.push({
      comparator,
      value,
      variance: variance(headline.value, value, def.polarity, def.band),
    });
  }
  const threshold = own.noChangeThreshold ?? settings.noChangeThreshold ?? 0;
  const suppression = settings.suppression ?? { enabled: false };
  const suppressed: SuppressionFlags = {
    value: isSuppressed(result.value, suppression),
    previous: isSuppressed(result.previous, suppression),
    sameMonthLastYear: isSuppressed(result.sameMonthLastYear, suppression),
    ytd: isSuppressed(result.ytd, suppression),
    rolling12: isSuppressed(result.rolling12, suppression),
    annualised: result.annualised !== null && isSuppressed(result.annualised, suppression),
    forecast: result.forecast !== null && isSuppressed(result.forecast, suppression),
  };
  return {
    ...result,
    headlineKind,
    headline,
    comparisons,
    directionVsPrevious: directionOfTravel(
      result.value.value,
      result.previous.value,
      def.polarity,
      threshold,
      def.band
    ),
    directionVsLastYear: directionOfTravel(
      result.value.value,
      result.sameMonthLastYear.value,
      def.polarity,
      threshold,
      def.band
    ),
    rag: rateIndicator(headline.value, def, comparatorValues, own.rag),
    suppressed,
    notes: notesFor(result, headline, headlineKind),
  };
}

const FIGURE_LABELS: Readonly<Record<HeadlineFigure, string>> = {
  month: "The month's figure",
  ytd: "The year to date",
  rolling12: "The rolling 12 months",
};

function notesFor(result: IndicatorResult, headline: Figure, kind: HeadlineFigure): string[] {
  const notes: string[] = [];
  if (headline.problem !== null) notes.push(headline.problem.detail);
  const checked: Array<[HeadlineFigure, Figure]> = [
    ["month", result.value],
    ["ytd", result.ytd],
  ];
  for (const [label, figure] of checked) {
    if (figure.incomplete && figure.value !== null) {
      const months = figure.missingMonths.map(formatMonth).join(", ");
      notes.push(`${FIGURE_LABELS[label]} is incomplete: no data for ${months}.`);
    }
  }
  if (kind !== "month" && headline.incomplete && headline.value !== null && kind !== "ytd") {
    notes.push(
      `${FIGURE_LABELS[kind]} is incomplete: no data for ${headline.missingMonths.map(formatMonth).join(", ")}.`
    );
  }
  return notes;
}
