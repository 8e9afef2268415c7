import type { IndicatorCatalogue } from "../indicators/indicator-catalogue";
import { computeIndicator } from "../indicators/compute-indicator";
import type { Figure } from "../indicators/figure";
import type { IndicatorDef } from "../indicators/indicator-def";
import type { MeasureDef, MeasureId } from "../measures/measure-def";
import { financialYearStart } from "../period/financial-year";
import type { MeasureTable } from "../series/measure-table";
import { isReportedPercent, type ReportedFigure } from "./reported-figure";

/**
 * Recomputes what a reported figure should be from the counts, with the figure's completeness.
 * Returns a sentence when the figure names an unknown indicator or measure.
 * @example recomputeReported({ kind: "ytd", measure: "referrals", month: monthKey(2013, 12), value: 2693 }, table, INDICATORS, MEASURES, 4)
 */
export function recomputeReported(
  figure: ReportedFigure,
  table: MeasureTable,
  catalogue: IndicatorCatalogue,
  measures: Readonly<Record<MeasureId, MeasureDef>>,
  fyStartMonth: number
): Figure | string {
  let def: IndicatorDef | undefined;
  let months = 12;
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
    if (figure.kind === "total") {
      const from = figure.from ?? financialYearStart(figure.month, fyStartMonth);
      months = figure.month - from + 1;
    }
  }
  const result = computeIndicator("reported", def, table, figure.month, {
    fyStartMonth,
    seriesLength: months,
    measures,
  });
  if (!result.ok) return result.error.detail;
  switch (figure.kind) {
    case "percentMonth":
      return result.value.value;
    case "percentYtd":
    case "ytd":
      return result.value.ytd;
    case "total":
      return totalOf(
        result.value.series,
        result.value.value,
        table.kinds.get(figure.measure) === "flow"
      );
  }
}

function totalOf(
  series: ReadonlyArray<{ readonly month: Figure["window"]["to"]; readonly value: number | null }>,
  last: Figure,
  flow: boolean
): Figure {
  if (!flow) return last;
  const missing = series.filter((p) => p.value === null).map((p) => p.month);
  const first = series[0]?.month ?? last.window.to;
  const total = series.reduce((sum, p) => sum + (p.value ?? 0), 0);
  const present = series.length - missing.length;
  return {
    value: present === 0 ? null : total,
    incomplete: missing.length > 0,
    missingMonths: missing,
    window: { from: first, to: last.window.to },
    numerator: present === 0 ? null : total,
    denominator: null,
    problem:
      present === 0 ? { code: "NO_DATA", detail: "No data in the months the total covers." } : null,
  };
}
