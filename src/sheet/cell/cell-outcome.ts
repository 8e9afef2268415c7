import type { SheetIssueCode, Severity } from "../sheet-issue";

/** What one input cell contributes: a value, nothing (blank or "n/a"), or a problem to report. */
export type CellOutcome<T> =
  | { readonly kind: "value"; readonly value: T }
  | { readonly kind: "none" }
  | {
      readonly kind: "problem";
      readonly severity: Severity;
      readonly code: SheetIssueCode;
      readonly detail: string;
    };

/** @example valueOutcome(22.6) // { kind: "value", value: 22.6 } */
export function valueOutcome<T>(value: T): CellOutcome<T> {
  return { kind: "value", value };
}

/** @example problemOutcome("warning", "BAD_COMPARATOR_VALUE", "-3 is negative.") */
export function problemOutcome<T>(
  severity: Severity,
  code: SheetIssueCode,
  detail: string
): CellOutcome<T> {
  return { kind: "problem", severity, code, detail };
}

export const NO_VALUE: CellOutcome<never> = { kind: "none" };
