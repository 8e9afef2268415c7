import type { RagRating } from "../domain/compare/rag";
import type { SheetIssue } from "../sheet/sheet-issue";
import type { ScorecardReport } from "./scorecard-report";

/** What a refresh produced, in the terms the task pane shows the analyst. */
export interface RefreshSummary {
  /** "May 2015". */
  readonly reportingMonth: string;
  readonly indicators: number;
  /**
   * Indicators by rating. An indicator whose figure is withheld under disclosure control counts as
   * "Not rated" (its reason says withheld): its colour would say which side of the line it lies.
   */
  readonly ratings: Readonly<Record<RagRating, number>>;
  /** The sheets written, in tab order (their final names). */
  readonly sheets: readonly string[];
}

/**
 * A refresh either wrote a scorecard (perhaps with issues and notices worth reading) or wrote nothing
 * and says why; in both cases the previous scorecard and the analyst's sheets are as they were
 * (or replaced whole, on success).
 */
export type RefreshOutcome =
  | {
      readonly ok: true;
      readonly summary: RefreshSummary;
      readonly issues: readonly SheetIssue[];
      /** Things the analyst should know that are not problems in the data ("Scorecard (2)" was used…). */
      readonly notices: readonly string[];
      /** The figures behind the sheets written, for a host that prints or lists them. */
      readonly report: ScorecardReport;
    }
  | { readonly ok: false; readonly message: string; readonly issues: readonly SheetIssue[] };
