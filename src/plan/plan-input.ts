import type { DistributionResult } from "../domain/distributions/compute-distribution";
import type { RagRating } from "../domain/compare/rag";
import type { IndicatorCatalogue } from "../domain/indicators/indicator-catalogue";
import type { MonthKey } from "../domain/period/month";
import type { Reconciliation } from "../domain/reconcile/reconcile";
import type { Scorecard } from "../domain/scorecard/compute-scorecard";
import type { BenchmarkYears } from "../sheet/comparators/comparators-reading";
import type { ReportBy } from "../sheet/settings/report-by";
import type { SheetIssue } from "../sheet/sheet-issue";
import type { BenchmarkCitation } from "./notes-sheet";

/** Everything the plan is built from; no clock, no workbook. */
export interface ScorecardPlanInput {
  readonly scorecard: Scorecard;
  readonly catalogue: IndicatorCatalogue;
  /** The local authority's name, for titles, headers and footers. */
  readonly authority: string;
  readonly reportingMonth: MonthKey;
  /** First month of the financial year (April unless told). */
  readonly fyStartMonth?: number;
  /** Whether the scorecard reports the month (unless told) or the financial quarter it falls in. */
  readonly reportBy?: ReportBy;
  /** The input sheet the figures came from. */
  readonly dataSheetName: string;
  /** When the refresh ran, ISO 8601 (passed in: pure code reads no clock). */
  readonly refreshedAt: string;
  readonly issues: readonly SheetIssue[];
  readonly reconciliation: Reconciliation;
  /** Last month's ratings by indicator id; derived from the previous month's figure when absent. */
  readonly previousRatings?: Readonly<Record<string, RagRating>>;
  /** The year each benchmark is from ("2014/15") by indicator id, where the comparators sheet says. */
  readonly benchmarkYears?: Readonly<Record<string, BenchmarkYears>>;
  /** The distributions with data at the reporting month (src/domain/distributions), shown on the notes. */
  readonly distributions?: readonly DistributionResult[];
  /** The published benchmarks used, cited on the notes sheet under their own heading. */
  readonly benchmarks?: readonly BenchmarkCitation[];
  /** Indicators that get a chart; the seeds' key indicators present in the scorecard unless told. */
  readonly chartIndicators?: readonly string[];
}

/** Names the generated sheets take when the analyst has no sheet of that name. */
export const PREFERRED_SHEET_NAMES = {
  scorecard: "Scorecard",
  charts: "Scorecard charts",
  notes: "Scorecard notes",
} as const;

/** The Excel table over the indicator rows, for structured references in analysts' formulas. */
export const SCORECARD_TABLE_NAME = "CSC_Scorecard";

/** Navy used for titles and header rows (white text on it has a contrast above 12:1). */
export const HEADER_FILL = "#1F3864";
