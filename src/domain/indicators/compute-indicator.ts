import type { MeasureData } from "../measures/measure-data";
import type { MeasureDef, MeasureId } from "../measures/measure-def";
import { MEASURES } from "../measures/measure-catalogue";
import { addMonths, type MonthKey } from "../period/month";
import { DEFAULT_FY_START_MONTH } from "../period/financial-year";
import { fail, ok, type Calc } from "../result/calc";
import { buildMeasureTable, type MeasureTable } from "../series/measure-table";
import { evaluateFigure, type EvaluationContext } from "./evaluate-figure";
import type { CountedFigure } from "./figure";
import { formulaShape } from "./formula-shape";
import type { IndicatorDef } from "./indicator-def";

/** Settings shared by every indicator of a refresh. */
export interface IndicatorOptions {
  /** First month of the financial year (April unless told). */
  readonly fyStartMonth?: number;
  /** Child population aged 0–17, used when the data has no population row. */
  readonly population?: number;
  /** Months of history for charts, ending at the reporting month (24 unless told). */
  readonly seriesLength?: number;
  /** Measure definitions (kinds) when the data carries the analyst's own rows. */
  readonly measures?: Readonly<Record<MeasureId, MeasureDef>>;
}

/** One point of a chart series: the indicator's `month` figure at that month, whole, so it can be withheld. */
export interface SeriesPoint extends CountedFigure {
  readonly month: MonthKey;
}

/**
 * An indicator read every way a scorecard needs at one reporting month; plain, unrounded data.
 * `value` is the month's figure: for a flow ratio the month's own Σnum/Σden; for a stock the month
 * end; for a rate of a flow (or turnover) the rolling 12-month annualised rate ending that month
 * (the year to date annualised when the data does not reach back 12 months).
 */
export interface IndicatorResult {
  readonly id: string;
  readonly def: IndicatorDef;
  readonly reportingMonth: MonthKey;
  readonly value: CountedFigure;
  readonly previous: CountedFigure;
  readonly sameMonthLastYear: CountedFigure;
  /**
   * The financial quarter so far (the whole quarter in its last month), by the window rules of
   * evaluateFigure: flows summed, percentages Σ/Σ, stocks at the month end.
   */
  readonly quarter: CountedFigure;
  readonly ytd: CountedFigure;
  readonly rolling12: CountedFigure;
  /** The year to date at the same month last year, for "same period last year" comparisons. */
  readonly ytdLastYear: CountedFigure;
  readonly rolling12LastYear: CountedFigure;
  /** Flows only (counts, rates of flows, turnover): rolling 12 months, or YTD × 12 ÷ months. */
  readonly annualised: CountedFigure | null;
  /** Counts of flows only: year to date ÷ months elapsed × 12. */
  readonly forecast: CountedFigure | null;
  readonly series: readonly SeriesPoint[];
}

/**
 * Computes one indicator at a reporting month. Give a `MeasureTable` (from `buildMeasureTable`) when
 * computing many indicators, so the data is laid out once.
 * @example computeIndicator("rereferral_pct", INDICATORS.rereferral_pct, data, monthKey(2015, 5)) // ok({ value: { value: 22.6, ... }, ... })
 */
export function computeIndicator(
  id: string,
  def: IndicatorDef,
  data: MeasureData | MeasureTable,
  reportingMonth: MonthKey,
  options: IndicatorOptions = {}
): Calc<IndicatorResult> {
  const measures: Readonly<Record<MeasureId, MeasureDef>> = options.measures ?? MEASURES;
  const table = isTable(data) ? data : buildMeasureTable(data, measures);
  const shape = formulaShape(def.formula, (m) => table.kinds.get(m) ?? measures[m]?.kind);
  if (typeof shape === "string") return fail("INVALID_INPUT", `${def.name}: ${shape}`);
  const ctx: EvaluationContext = {
    table,
    fyStartMonth: options.fyStartMonth ?? DEFAULT_FY_START_MONTH,
    population: options.population ?? null,
  };
  const at = (month: MonthKey): CountedFigure => {
    const figure = evaluateFigure(shape, ctx, month, "month");
    if (figure === null) throw new Error("a month figure always applies");
    return figure;
  };
  const seriesLength = options.seriesLength ?? 24;
  const series: SeriesPoint[] = [];
  for (let i = seriesLength - 1; i >= 0; i--) {
    const month = addMonths(reportingMonth, -i);
    series.push({ ...at(month), month });
  }
  const lastYear = addMonths(reportingMonth, -12);
  const quarter = evaluateFigure(shape, ctx, reportingMonth, "quarter");
  const ytd = evaluateFigure(shape, ctx, reportingMonth, "ytd");
  const rolling12 = evaluateFigure(shape, ctx, reportingMonth, "rolling12");
  const ytdLastYear = evaluateFigure(shape, ctx, lastYear, "ytd");
  const rolling12LastYear = evaluateFigure(shape, ctx, lastYear, "rolling12");
  if (
    quarter === null ||
    ytd === null ||
    rolling12 === null ||
    ytdLastYear === null ||
    rolling12LastYear === null
  ) {
    throw new Error("quarter, year-to-date and rolling figures always apply");
  }
  return ok({
    id,
    def,
    reportingMonth,
    value: at(reportingMonth),
    previous: at(addMonths(reportingMonth, -1)),
    sameMonthLastYear: at(lastYear),
    quarter,
    ytd,
    rolling12,
    ytdLastYear,
    rolling12LastYear,
    annualised: evaluateFigure(shape, ctx, reportingMonth, "annualised"),
    forecast: evaluateFigure(shape, ctx, reportingMonth, "forecast"),
    series,
  });
}

function isTable(data: MeasureData | MeasureTable): data is MeasureTable {
  return !(data instanceof Map);
}
