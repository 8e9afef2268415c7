import type { RefreshOutcome } from "../refresh/refresh-outcome";
import type { SheetIssue } from "../sheet/sheet-issue";

/**
 * The `--json` document: every key always present (a number that cannot be computed, or that
 * disclosure control withholds, is null), percentages in percent units and unrounded. Its keys are
 * a contract with the analysts' scripts, so they are spelled out here rather than copied from the
 * refresh's own types, which may grow.
 */
export interface JsonReport {
  readonly authority: string | null;
  readonly period: string;
  readonly financialYear: string;
  readonly indicators: ReadonlyArray<{
    readonly id: string;
    readonly name: string;
    readonly unit: string;
    readonly polarity: string;
    readonly value: number | null;
    readonly previous: number | null;
    readonly ytd: number | null;
    readonly rolling12: number | null;
    readonly direction: "improving" | "worsening" | "same" | null;
    readonly comparators: {
      readonly target: number | null;
      readonly statisticalNeighbours: number | null;
      readonly england: number | null;
      readonly region: number | null;
    };
    readonly rag: "red" | "amber" | "green" | null;
    readonly reason: string | null;
  }>;
  readonly issues: readonly JsonIssue[];
  readonly reconciliation: ReadonlyArray<{
    readonly sheet: string;
    readonly cell: string | null;
    readonly reported: number | null;
    readonly recomputed: number | null;
    readonly message: string;
  }>;
}

/** An issue as the JSON lists it. */
export interface JsonIssue {
  readonly severity: "error" | "warning" | "info";
  readonly code: string;
  readonly sheet: string;
  readonly cell: string;
  readonly message: string;
}

/** What `--json` prints when the workbook's problems stop a scorecard (exit 1). */
export interface JsonFailure {
  readonly error: string;
  readonly issues: readonly JsonIssue[];
}

/**
 * The JSON for a refresh's outcome: the report of a scorecard written, or the reason none was,
 * with the issues either way.
 * @example JSON.stringify(jsonReport(outcome), null, 2)
 */
export function jsonReport(outcome: RefreshOutcome): JsonReport | JsonFailure {
  const issues = outcome.issues.map(jsonIssue);
  if (!outcome.ok) return { error: outcome.message, issues };
  const { report } = outcome;
  return {
    authority: report.authority,
    period: report.period,
    financialYear: report.financialYear,
    indicators: report.indicators.map((row) => ({
      id: row.id,
      name: row.name,
      unit: row.unit,
      polarity: row.polarity,
      value: row.value,
      previous: row.previous,
      ytd: row.ytd,
      rolling12: row.rolling12,
      direction: row.direction,
      comparators: { ...row.comparators },
      rag: row.rag,
      reason: row.reason,
    })),
    issues,
    reconciliation: report.reconciliation.map((finding) => ({ ...finding })),
  };
}

function jsonIssue(issue: SheetIssue): JsonIssue {
  return {
    severity: issue.severity,
    code: issue.code,
    sheet: issue.sheet,
    cell: issue.cell,
    message: issue.message,
  };
}
