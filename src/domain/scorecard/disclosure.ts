import { isSmallCount, isSuppressed, type SuppressionSettings } from "../format/suppression";
import type { IndicatorCatalogue } from "../indicators/indicator-catalogue";
import type { MeasureDef, MeasureId } from "../measures/measure-def";
import { DEFAULT_FY_START_MONTH, financialYearStart } from "../period/financial-year";
import { addMonths, formatMonthLong } from "../period/month";
import {
  describeFigure,
  describeFigures,
  type Explanation,
  type Finding,
  type Reconciliation,
} from "../reconcile/reconcile";
import { recomputeReported } from "../reconcile/recompute-reported";
import type { ReportedFigure } from "../reconcile/reported-figure";
import type { MeasureTable } from "../series/measure-table";

/**
 * What disclosure control needs to judge figures written beside the scorecard (the reported figures
 * the notes reconcile): the settings and the counts, read by the same rules as the scorecard's own.
 */
export interface Disclosure {
  readonly suppression: SuppressionSettings;
  readonly table: MeasureTable;
  readonly measures: Readonly<Record<MeasureId, MeasureDef>>;
  readonly fyStartMonth: number;
}

/**
 * The disclosure context of a refresh's data.
 * @example disclosureOf(table, { enabled: true }, MEASURES, 4).suppression.enabled // true
 */
export function disclosureOf(
  table: MeasureTable,
  suppression: SuppressionSettings,
  measures: Readonly<Record<MeasureId, MeasureDef>>,
  fyStartMonth: number = DEFAULT_FY_START_MONTH
): Disclosure {
  return { suppression, table, measures, fyStartMonth };
}

/**
 * Whether a reported figure ("% Mnth", "% YTD", "YTD", "Total" beside the counts) is built on a
 * withheld count, by the scorecard's rule: its recomputed value would be withheld. A "Total" adds up
 * its months, so any month of a flow in it that would be withheld withholds the total.
 * @example reportedFigureWithheld({ kind: "ytd", measure: "adoptions", month, value: 9 }, disclosure, INDICATORS) // true when a month of adoptions is 1–5
 */
export function reportedFigureWithheld(
  figure: ReportedFigure,
  disclosure: Disclosure,
  catalogue: IndicatorCatalogue
): boolean {
  if (!disclosure.suppression.enabled) return false;
  const { table, measures, fyStartMonth, suppression } = disclosure;
  const withheld = (f: ReportedFigure) => {
    const recomputed = recomputeReported(f, table, catalogue, measures, fyStartMonth);
    return typeof recomputed !== "string" && isSuppressed(recomputed, suppression);
  };
  if (withheld(figure)) return true;
  if (figure.kind !== "total" || table.kinds.get(figure.measure) !== "flow") return false;
  const from = figure.from ?? financialYearStart(figure.month, fyStartMonth);
  for (let month = from; month <= figure.month; month = addMonths(month, 1)) {
    if (withheld({ ...figure, month, from: month })) return true;
  }
  return false;
}

/**
 * The reconciliation as the notes may write it: a finding about a withheld figure keeps its verdict
 * and its cell but quotes neither the reported nor the recomputed number ("reads 24.9 but the counts
 * give 25.0" would print the withheld 25.0), and an explanation built on a small count or on such a
 * figure names the cell without its values. Nothing changes with suppression off.
 * Both are marked `withheld`, so what writes them quotes no number of theirs either.
 * @example withholdReconciliation(reconciliation, scorecard.disclosure, INDICATORS).findings[0].message
 * // "% Mnth of re-referrals within 12 months for December 2015 (AB5) disagrees with the counts; neither figure is quoted, since they are withheld under disclosure control."
 */
export function withholdReconciliation(
  reconciliation: Reconciliation,
  disclosure: Disclosure,
  catalogue: IndicatorCatalogue
): Reconciliation {
  if (!disclosure.suppression.enabled) return reconciliation;
  const cache = new Map<ReportedFigure, boolean>();
  const withheld = (figure: ReportedFigure) => {
    const known = cache.get(figure);
    if (known !== undefined) return known;
    const judged = reportedFigureWithheld(figure, disclosure, catalogue);
    cache.set(figure, judged);
    return judged;
  };
  const names = { catalogue, measures: disclosure.measures };
  const findings = reconciliation.findings.map((finding): Finding => {
    if (finding.status !== "disagrees" || !withheld(finding.figure)) return finding;
    return {
      ...finding,
      recomputed: null,
      withheld: true,
      message: `${describeFigure(finding.figure, names)} disagrees with the counts; neither figure is quoted, since they are withheld under disclosure control.`,
    };
  });
  const threshold = disclosure.suppression.threshold;
  const explanations = reconciliation.explanations.map((explanation): Explanation => {
    const small =
      isSmallCount(explanation.current, threshold) ||
      isSmallCount(explanation.reconcilingValue, threshold) ||
      explanation.explains.some(withheld);
    if (!small) return explanation;
    const where = explanation.cell === null ? "" : ` (${explanation.cell})`;
    return {
      ...explanation,
      withheld: true,
      message:
        `Correcting ${explanation.label} for ${formatMonthLong(explanation.month)}${where} would reconcile ` +
        `${explanation.explains.length} reported figures (${describeFigures(explanation.explains, names)}); ` +
        "its values are not quoted, since they are withheld under disclosure control.",
    };
  });
  return { findings, explanations };
}
