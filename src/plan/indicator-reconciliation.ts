import { formulaMeasures } from "../domain/indicators/formula-measures";
import type { IndicatorCatalogue } from "../domain/indicators/indicator-catalogue";
import type { Reconciliation } from "../domain/reconcile/reconcile";
import { isReportedPercent } from "../domain/reconcile/reported-figure";

/** How the reported figures behind one indicator fared against the counts. */
export interface ReconciliationTally {
  readonly agrees: number;
  readonly disagrees: number;
  readonly uncheckable: number;
}

/**
 * Tallies reconciliation findings by indicator: a reported percentage belongs to its indicator; a
 * reported YTD or total of a measure belongs to every indicator computed from that measure.
 * @example reconciliationByIndicator(reconciliation, INDICATORS).get("rereferral_pct") // { agrees: 10, disagrees: 1, uncheckable: 0 }
 */
export function reconciliationByIndicator(
  reconciliation: Reconciliation,
  catalogue: IndicatorCatalogue
): Map<string, ReconciliationTally> {
  const byMeasure = new Map<string, string[]>();
  for (const [id, def] of Object.entries(catalogue)) {
    for (const measure of formulaMeasures(def.formula)) {
      const list = byMeasure.get(measure) ?? [];
      list.push(id);
      byMeasure.set(measure, list);
    }
  }
  const tallies = new Map<string, { agrees: number; disagrees: number; uncheckable: number }>();
  for (const finding of reconciliation.findings) {
    const figure = finding.figure;
    const ids = isReportedPercent(figure)
      ? [figure.indicator]
      : (byMeasure.get(figure.measure) ?? []);
    for (const id of ids) {
      const tally = tallies.get(id) ?? { agrees: 0, disagrees: 0, uncheckable: 0 };
      if (finding.status === "agrees") tally.agrees++;
      else if (finding.status === "disagrees") tally.disagrees++;
      else tally.uncheckable++;
      tallies.set(id, tally);
    }
  }
  return tallies;
}
