import type { ComparatorValues } from "../domain/compare/comparator";
import type { IndicatorCatalogue } from "../domain/indicators/indicator-catalogue";
import { financialYearLabel, financialYearOf } from "../domain/period/financial-year";
import { formatMonthIso, type MonthKey } from "../domain/period/month";
import type { Reconciliation } from "../domain/reconcile/reconcile";
import type { Scorecard } from "../domain/scorecard/compute-scorecard";
import { indicatorReport, type IndicatorReport } from "./indicator-report";
import { reconciliationReport, type ReconciliationReport } from "./reconciliation-report";

/**
 * What a refresh computed, as plain data a host can print or serialise (the command's `--json`,
 * the task pane's list of Reds) without reading the sheets it wrote. Nothing in it is withheld
 * under disclosure control: withheld figures are null.
 */
export interface ScorecardReport {
  /** The settings sheet's local authority, or null when it names none. */
  readonly authority: string | null;
  /** The reporting month as "2015-05". */
  readonly period: string;
  /** The financial year of the reporting month, "2015/16". */
  readonly financialYear: string;
  /** Every indicator computed, in catalogue order. */
  readonly indicators: readonly IndicatorReport[];
  /** The printed figures that disagree with the counts. */
  readonly reconciliation: readonly ReconciliationReport[];
}

/** What the report is made of: the scorecard computed and what the refresh read beside it. */
export interface ScorecardReportInput {
  readonly scorecard: Scorecard;
  readonly catalogue: IndicatorCatalogue;
  readonly comparators: Readonly<Record<string, ComparatorValues>>;
  readonly reconciliation: Reconciliation;
  readonly authority: string | undefined;
  readonly reportingMonth: MonthKey;
  readonly fyStartMonth: number;
  /** The data sheet's name: the printed figures reconciled are on it. */
  readonly dataSheet: string;
}

/**
 * The report of one refresh.
 * @example scorecardReport({ scorecard, catalogue, comparators, reconciliation, authority: "Peterborough", reportingMonth: monthKey(2015, 5), fyStartMonth: 4, dataSheet: "CSC Data" }).financialYear // "2015/16"
 */
export function scorecardReport(input: ScorecardReportInput): ScorecardReport {
  const { scorecard, catalogue } = input;
  return {
    authority: input.authority === undefined || input.authority === "" ? null : input.authority,
    period: formatMonthIso(input.reportingMonth),
    financialYear: financialYearLabel(
      financialYearOf(input.reportingMonth, input.fyStartMonth),
      input.fyStartMonth
    ),
    indicators: indicatorReport(scorecard, catalogue, input.comparators),
    reconciliation: reconciliationReport(
      input.reconciliation,
      scorecard.disclosure,
      catalogue,
      input.dataSheet
    ),
  };
}
