import type { IndicatorCatalogue } from "../domain/indicators/indicator-catalogue";
import type { Reconciliation } from "../domain/reconcile/reconcile";
import {
  reportedFigureWithheld,
  withholdReconciliation,
  type Disclosure,
} from "../domain/scorecard/disclosure";

/**
 * A figure printed on the data sheet that disagrees with the counts beside it, as a report lists
 * it. Under disclosure control a figure built on a small count quotes neither number (both null);
 * the cell and the verdict still tell the analyst where to look.
 */
export interface ReconciliationReport {
  readonly sheet: string;
  /** A1 address of the printed figure, or null when the reader could not name one. */
  readonly cell: string | null;
  readonly reported: number | null;
  readonly recomputed: number | null;
  readonly message: string;
}

/**
 * The disagreements of a reconciliation, withheld by the scorecard's own disclosure rules.
 * @example reconciliationReport(reconciliation, scorecard.disclosure, INDICATORS, "CSC Data")[0]
 * // { sheet: "CSC Data", cell: "M7", reported: 33.9, recomputed: 36.50586701434159, message: "% Mnth of contacts_to_referral_pct for May-14 (M7) reads 33.9 but the counts give 36.5." }
 */
export function reconciliationReport(
  reconciliation: Reconciliation,
  disclosure: Disclosure,
  catalogue: IndicatorCatalogue,
  sheet: string
): ReconciliationReport[] {
  const shown = withholdReconciliation(reconciliation, disclosure, catalogue);
  return shown.findings
    .filter((finding) => finding.status === "disagrees")
    .map((finding) => {
      const withheld = reportedFigureWithheld(finding.figure, disclosure, catalogue);
      return {
        sheet,
        cell: finding.figure.cell ?? null,
        reported: withheld ? null : finding.figure.value,
        recomputed: withheld ? null : finding.recomputed,
        message: finding.message,
      };
    });
}
