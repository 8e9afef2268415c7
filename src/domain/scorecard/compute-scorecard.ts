import {
  COMPARATOR_KINDS,
  type ComparatorKind,
  type ComparatorValues,
} from "../compare/comparator";
import { directionOfTravel, type Direction } from "../compare/direction-of-travel";
import { rateIndicator, WITHHELD_FIGURE_REASON, type Rag, type RagBasis } from "../compare/rag";
import { variance, type Variance } from "../compare/variance";
import {
  isWithheld,
  withhold,
  WITHHELD,
  type SuppressionSettings,
  type Withheld,
} from "../format/suppression";
import { computeIndicator, type IndicatorResult } from "../indicators/compute-indicator";
import type { PublishedFigure } from "../indicators/figure";
import type { IndicatorCatalogue } from "../indicators/indicator-catalogue";
import type { IndicatorDef } from "../indicators/indicator-def";
import type { MeasureData } from "../measures/measure-data";
import type { MeasureDef, MeasureId } from "../measures/measure-def";
import { MEASURES } from "../measures/measure-catalogue";
import { formatMonthLong, type MonthKey } from "../period/month";
import type { CalcError } from "../result/calc";
import { buildMeasureTable } from "../series/measure-table";
import { disclosureOf, type Disclosure } from "./disclosure";
import type { HeadlineFigure, ScorecardSettings } from "./scorecard-settings";

/** One comparator beside an indicator's headline figure. */
export interface Comparison {
  readonly comparator: ComparatorKind;
  readonly value: number;
  /** Withheld with the headline: a variance and its comparator give the figure back. */
  readonly variance: Variance | Withheld;
}

/** A chart point as a scorecard may publish it. */
export type PublishedPoint = PublishedFigure & { readonly month: MonthKey };

/**
 * One row of the scorecard: plain data, unrounded, for the writer to format. Disclosure control is
 * already applied: every figure built on a small count is a `WithheldFigure` with no number inside,
 * and so is everything that would give it back (its variances, directions of travel and rating).
 */
export interface ScorecardRow {
  readonly id: string;
  readonly def: IndicatorDef;
  readonly reportingMonth: MonthKey;
  /** The figures of `IndicatorResult`, each shown or withheld. */
  readonly value: PublishedFigure;
  readonly previous: PublishedFigure;
  readonly sameMonthLastYear: PublishedFigure;
  /** The financial quarter so far (see `IndicatorResult.quarter`), for a quarter's report. */
  readonly quarter: PublishedFigure;
  readonly ytd: PublishedFigure;
  readonly rolling12: PublishedFigure;
  readonly ytdLastYear: PublishedFigure;
  readonly rolling12LastYear: PublishedFigure;
  readonly annualised: PublishedFigure | null;
  readonly forecast: PublishedFigure | null;
  readonly series: readonly PublishedPoint[];
  readonly headlineKind: HeadlineFigure;
  /** The figure rated and compared (the `value`, `ytd` or `rolling12` figure). */
  readonly headline: PublishedFigure;
  readonly comparisons: readonly Comparison[];
  /**
   * Month figure against the previous month, and against the same month last year; withheld when
   * either is ("Worsening" beside two c's says which was larger, "No change" that they were equal).
   */
  readonly directionVsPrevious: Direction | Withheld;
  readonly directionVsLastYear: Direction | Withheld;
  /** The largest move that counts as "No change" (in the unit; points for a percent), as set. */
  readonly noChangeThreshold: number;
  /** "Not rated" with a reason saying so when the headline is withheld: a colour is a range of values. */
  readonly rag: Rag;
  /** Sentences for the analyst: incomplete windows, values that could not be computed. */
  readonly notes: readonly string[];
}

export interface Scorecard {
  readonly reportingMonth: MonthKey;
  readonly rows: readonly ScorecardRow[];
  /** Indicators that could not be computed at all (an analyst's formula naming an unknown measure). */
  readonly failures: ReadonlyArray<{ readonly id: string; readonly error: CalcError }>;
  /** Which counts of the data are withheld, for what is written beside the scorecard (reconciliation). */
  readonly disclosure: Disclosure;
}

/** The reason given for a rating disclosure control withholds (the engine's, named here too). */
export const WITHHELD_RATING_REASON = WITHHELD_FIGURE_REASON;

/**
 * Computes every indicator of a catalogue at a reporting month, with comparators, variances,
 * direction of travel and RAG with reasons, disclosure control applied. The data is laid out once.
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
  const suppression = settings.suppression ?? { enabled: false };
  const rows: ScorecardRow[] = [];
  const failures: Array<{ id: string; error: CalcError }> = [];
  for (const [id, def] of Object.entries(catalogue)) {
    const result = computeIndicator(id, def, table, reportingMonth, settings);
    if (!result.ok) {
      failures.push({ id, error: result.error });
      continue;
    }
    rows.push(scoreRow(result.value, comparators[id] ?? {}, settings, suppression));
  }
  const disclosure = disclosureOf(table, suppression, measures, settings.fyStartMonth);
  return { reportingMonth, rows, failures, disclosure };
}

function scoreRow(
  result: IndicatorResult,
  given: ComparatorValues,
  settings: ScorecardSettings,
  suppression: SuppressionSettings
): ScorecardRow {
  const def = result.def;
  const own = settings.indicators?.[result.id] ?? {};
  const publish = (figure: Parameters<typeof withhold>[0]) => withhold(figure, suppression);
  const published = {
    value: publish(result.value),
    previous: publish(result.previous),
    sameMonthLastYear: publish(result.sameMonthLastYear),
    quarter: publish(result.quarter),
    ytd: publish(result.ytd),
    rolling12: publish(result.rolling12),
    ytdLastYear: publish(result.ytdLastYear),
    rolling12LastYear: publish(result.rolling12LastYear),
    annualised: result.annualised === null ? null : publish(result.annualised),
    forecast: result.forecast === null ? null : publish(result.forecast),
  };
  const headlineKind = own.headline ?? "month";
  const headline = headlineKind === "month" ? published.value : published[headlineKind];
  const lastYear =
    headlineKind === "month"
      ? published.sameMonthLastYear
      : headlineKind === "ytd"
        ? published.ytdLastYear
        : published.rolling12LastYear;
  const comparatorValues: ComparatorValues = {
    ...given,
    lastYear: given.lastYear ?? (isWithheld(lastYear) ? null : lastYear.value),
  };
  const comparisons: Comparison[] = [];
  for (const comparator of COMPARATOR_KINDS) {
    const value = comparatorValues[comparator];
    if (typeof value !== "number" || !Number.isFinite(value)) continue;
    if (isWithheld(headline)) comparisons.push({ comparator, value, variance: WITHHELD });
    else if (headline.value !== null)
      comparisons.push({
        comparator,
        value,
        variance: variance(headline.value, value, def.polarity, def.band),
      });
  }
  const threshold = own.noChangeThreshold ?? settings.noChangeThreshold ?? 0;
  const direction = (earlier: PublishedFigure): Direction | Withheld =>
    isWithheld(published.value) || isWithheld(earlier)
      ? WITHHELD
      : directionOfTravel(published.value.value, earlier.value, def.polarity, threshold, def.band);
  const lastYearWithheld = isWithheld(lastYear) && typeof given.lastYear !== "number";
  return {
    id: result.id,
    def,
    reportingMonth: result.reportingMonth,
    ...published,
    series: result.series.map((point) => ({ ...publish(point), month: point.month })),
    headlineKind,
    headline,
    comparisons,
    directionVsPrevious: direction(published.previous),
    directionVsLastYear: direction(published.sameMonthLastYear),
    noChangeThreshold: threshold,
    rag: rate(headline, def, comparatorValues, own.rag, lastYearWithheld, result.reportingMonth),
    notes: notesFor(headline, headlineKind, published.value, published.ytd),
  };
}

/**
 * Rates the headline. A withheld headline is not rated (the colour would say on which side of the
 * line the value lies), nor one judged against a withheld figure for last year; the engine's
 * reason says so before any other cause, and quotes no number.
 */
function rate(
  headline: PublishedFigure,
  def: IndicatorDef,
  comparators: ComparatorValues,
  basis: RagBasis | undefined,
  lastYearWithheld: boolean,
  month: MonthKey
): Rag {
  return rateIndicator(isWithheld(headline) ? WITHHELD : headline.value, def, comparators, basis, {
    month,
    withheld: lastYearWithheld ? ["lastYear"] : [],
  });
}

const FIGURE_LABELS: Readonly<Record<HeadlineFigure, string>> = {
  month: "The month's figure",
  ytd: "The year to date",
  rolling12: "The rolling 12 months",
};

function notesFor(
  headline: PublishedFigure,
  kind: HeadlineFigure,
  value: PublishedFigure,
  ytd: PublishedFigure
): string[] {
  const notes: string[] = [];
  if (!isWithheld(headline) && headline.problem !== null) notes.push(headline.problem.detail);
  const checked: Array<[HeadlineFigure, PublishedFigure]> = [
    ["month", value],
    ["ytd", ytd],
  ];
  if (kind === "rolling12") checked.push(["rolling12", headline]);
  for (const [label, figure] of checked) {
    // A withheld figure's gaps are said too: which months are missing discloses no count.
    const hasValue = isWithheld(figure) || figure.value !== null;
    if (figure.incomplete && hasValue) {
      const months = figure.missingMonths.map(formatMonthLong).join(", ");
      notes.push(`${FIGURE_LABELS[label]} is incomplete: no data for ${months}.`);
    }
  }
  return notes;
}
