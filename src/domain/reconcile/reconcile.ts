import type { IndicatorCatalogue } from "../indicators/indicator-catalogue";
import { INDICATORS } from "../indicators/indicator-catalogue";
import { MEASURES } from "../measures/measure-catalogue";
import type { MeasureData } from "../measures/measure-data";
import type { MeasureDef, MeasureId } from "../measures/measure-def";
import { DEFAULT_FY_START_MONTH } from "../period/financial-year";
import type { MonthKey } from "../period/month";
import { buildMeasureTable, type MeasureTable } from "../series/measure-table";
import { judge, type Finding } from "./finding";
import { explainByOneCount, type Explanation } from "./one-count-explanation";
import { recomputeReported, reportedShape } from "./recompute-reported";
import type { ReportedFigure } from "./reported-figure";

export { describeFigure, type Finding, type FindingStatus } from "./finding";
export { describeFigures, figureWhat, type FigureNames } from "./figure-words";
export type { Explanation } from "./one-count-explanation";

export interface Reconciliation {
  readonly findings: readonly Finding[];
  readonly explanations: readonly Explanation[];
}

export interface ReconcileOptions {
  readonly catalogue?: IndicatorCatalogue;
  readonly measures?: Readonly<Record<MeasureId, MeasureDef>>;
  readonly fyStartMonth?: number;
  /** Where each count sits on the sheet, so an explanation can name its cell. */
  readonly cells?: ReadonlyMap<MeasureId, ReadonlyMap<MonthKey, string>>;
  /** The analyst's label of each measure's line ("Refs"), so an explanation names the count so. */
  readonly labels?: ReadonlyMap<MeasureId, string>;
}

/**
 * Recomputes every reported figure from the counts and reports each disagreement beyond the
 * rounding of the figure as shown (a figure shown to 1 dp disagrees when they differ by more than
 * 0.05). A figure whose window reaches outside the data is "uncheckable", never flagged. Then looks
 * for single counts that explain two or more disagreements at once.
 * @example reconcile(data, [{ kind: "percentYtd", indicator: "contacts_to_referral_pct", month: monthKey(2014, 5), value: 30.1 }]).findings[0].status // "disagrees"
 */
export function reconcile(
  data: MeasureData,
  reported: readonly ReportedFigure[],
  options: ReconcileOptions = {}
): Reconciliation {
  const measures: Readonly<Record<MeasureId, MeasureDef>> = options.measures ?? MEASURES;
  const catalogue = options.catalogue ?? INDICATORS;
  const fyStartMonth = options.fyStartMonth ?? DEFAULT_FY_START_MONTH;
  const table = buildMeasureTable(data, measures);
  // A figure's shape depends on the catalogue and the measures' kinds, never on a count, so it is
  // read once for every re-check.
  const shapes = reported.map((figure) => reportedShape(figure, table, catalogue, measures));
  const names = { catalogue, measures, ...(options.labels ? { labels: options.labels } : {}) };
  const check = (counts: MeasureTable) =>
    reported.map((figure, i) =>
      judge(
        figure,
        recomputeReported(figure, counts, catalogue, measures, fyStartMonth, shapes[i]),
        names
      )
    );
  const findings = check(table);
  const explanations = explainByOneCount(data, table, reported, findings, {
    catalogue,
    measures,
    fyStartMonth,
    names,
    cells: options.cells,
    shapes,
    check,
  });
  return { findings, explanations };
}
