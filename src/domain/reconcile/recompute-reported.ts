import { evaluateFigure, type EvaluationContext } from "../indicators/evaluate-figure";
import type { Figure, FigureKind } from "../indicators/figure";
import { formulaShape, type FormulaShape } from "../indicators/formula-shape";
import type { IndicatorCatalogue } from "../indicators/indicator-catalogue";
import type { IndicatorDef } from "../indicators/indicator-def";
import type { MeasureDef, MeasureId } from "../measures/measure-def";
import { financialYearStart } from "../period/financial-year";
import type { MonthKey } from "../period/month";
import { sumFlows } from "../series/aggregate";
import type { MeasureTable } from "../series/measure-table";
import { isReportedPercent, type ReportedFigure } from "./reported-figure";

/** What a reported figure is recomputed from: the shape of its formula, or why it has none. */
export type ReportedShape = FormulaShape | string;

/**
 * The formula shape a reported figure is computed with: its indicator's, or a count of its measure.
 * Returns a sentence when the figure names an unknown indicator or measure.
 * @example reportedShape({ kind: "ytd", measure: "referrals", month, value: 2693 }, table, INDICATORS, MEASURES) // { numerator: "referrals", denominators: [], ... }
 */
export function reportedShape(
  figure: ReportedFigure,
  table: MeasureTable,
  catalogue: IndicatorCatalogue,
  measures: Readonly<Record<MeasureId, MeasureDef>>
): ReportedShape {
  let def: IndicatorDef | undefined;
  if (isReportedPercent(figure)) {
    def = catalogue[figure.indicator];
    if (def === undefined) return `The indicator "${figure.indicator}" is not in the catalogue.`;
  } else {
    const measure = measures[figure.measure];
    if (measure === undefined) return `The measure "${figure.measure}" is not defined.`;
    def = {
      name: measure.name,
      section: "frontDoor",
      formula: { kind: "count", measure: figure.measure },
      unit: "count",
      polarity: "context",
      decimals: 0,
      definition: measure.name,
      source: "reported figure",
    };
  }
  const shape = formulaShape(def.formula, (m) => table.kinds.get(m) ?? measures[m]?.kind);
  return typeof shape === "string" ? `${def.name}: ${shape}` : shape;
}

/**
 * The first month a figure covers as the sheet states it: the `from` of a count's figure, else the
 * first month of its financial year.
 * @example statedFrom({ kind: "total", measure: "referrals", month: monthKey(2013, 12), value: 1057 }, 4) // monthKey(2013, 4)
 */
export function statedFrom(figure: ReportedFigure, fyStartMonth: number): MonthKey {
  return (
    (isReportedPercent(figure) ? undefined : figure.from) ??
    financialYearStart(figure.month, fyStartMonth)
  );
}

/**
 * Recomputes what a reported figure should be from the counts, with the figure's completeness: the
 * month's figure for "% Mnth", the year to date for "% YTD" and "YTD", and for a "Total" of a flow the
 * sum of its months (of a stock, its last month). Only the one figure is evaluated, over its own
 * window, so a figure costs its window's months and no more.
 * Returns a sentence when the figure names an unknown indicator or measure.
 * @example recomputeReported({ kind: "ytd", measure: "referrals", month: monthKey(2013, 12), value: 2693 }, table, INDICATORS, MEASURES, 4)
 */
export function recomputeReported(
  figure: ReportedFigure,
  table: MeasureTable,
  catalogue: IndicatorCatalogue,
  measures: Readonly<Record<MeasureId, MeasureDef>>,
  fyStartMonth: number,
  shape: ReportedShape = reportedShape(figure, table, catalogue, measures)
): Figure | string {
  if (typeof shape === "string") return shape;
  const ctx: EvaluationContext = { table, fyStartMonth, population: null };
  switch (figure.kind) {
    case "percentMonth":
      return evaluate(shape, ctx, figure.month, "month");
    case "percentYtd":
    case "ytd":
      return evaluate(shape, ctx, figure.month, "ytd");
    case "total":
      return shape.numeratorKind === "flow"
        ? flowTotal(table, shape.numerator, statedFrom(figure, fyStartMonth), figure.month)
        : evaluate(shape, ctx, figure.month, "month");
  }
}

function evaluate(shape: FormulaShape, ctx: EvaluationContext, month: MonthKey, kind: FigureKind) {
  const figure = evaluateFigure(shape, ctx, month, kind);
  if (figure === null) throw new Error("a month or year-to-date figure always applies");
  return figure;
}

/** A flow's total over `from`–`to`, pairing with nothing: a missing month is left out and named. */
function flowTotal(table: MeasureTable, id: MeasureId, from: MonthKey, to: MonthKey): Figure {
  const { totals, monthsPresent, missingMonths } = sumFlows(table, [id], { from, to });
  const total = monthsPresent === 0 ? null : (totals[0] ?? 0);
  return {
    value: total,
    incomplete: missingMonths.length > 0,
    missingMonths,
    // A total ending before it starts covers no month; it is dated by its last month.
    window: { from: from <= to ? from : to, to },
    numerator: total,
    denominator: null,
    problem:
      total === null
        ? { code: "NO_DATA", detail: "No data in the months the total covers." }
        : null,
  };
}
