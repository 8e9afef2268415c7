import type { SheetRole } from "../../plan/plan-types";

/** Which part of a refresh failed: reading the workbook, writing the new sheets, or swapping them in. */
export type ApplyStage = "survey" | "write" | "swap";

/**
 * What the workbook looks like after a failure: untouched (the survey failed), rolled back to the
 * previous scorecard, completed (the swap had already replaced it and only clean-up remained), or
 * not recovered (the recovery itself failed; the next refresh tidies the leftovers).
 */
export type FailureOutcome = "unchanged" | "rolled back" | "completed" | "not recovered";

export interface ApplyFailure {
  readonly stage: ApplyStage;
  /** Excel's message for the failed sync. */
  readonly message: string;
  readonly outcome: FailureOutcome;
}

/** The result of one refresh, for the task pane. */
export interface ApplyReport {
  /** True when the new scorecard is in place. */
  readonly ok: boolean;
  /** `context.sync()` calls made, recovery included. */
  readonly syncs: number;
  /** The generated sheets and the names they took. */
  readonly sheets: ReadonlyArray<{ readonly role: SheetRole; readonly name: string }>;
  /** Sentences for the analyst: names that had to change, what failed and what was done about it. */
  readonly messages: readonly string[];
  readonly failure: ApplyFailure | null;
}
