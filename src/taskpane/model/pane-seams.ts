import type { BenchmarkData } from "../../domain/benchmarks/benchmark-dataset";
import type { InsertReport } from "../../excel/insert-sheets/insert-input-sheets";
import type { PaneWorkbook } from "../../excel/pane/read-pane-workbook";
import type { RefreshOutcome } from "../../refresh/refresh-outcome";
import type { StepListener } from "../../refresh/refresh-step";
import type { SheetIssue } from "../../sheet/sheet-issue";
import type { ValueKey } from "../../sheet/settings/workbook-settings";

/**
 * Everything the pane asks of Excel: Office.js in the add-in (index.tsx), plain functions in tests.
 * Components never call Excel.run.
 */
export interface PaneSeams {
  /** The sheets, the settings sheet and the data sheet, for the settings and the first run. */
  readonly readWorkbook: () => Promise<PaneWorkbook>;
  readonly refresh: (onStep: StepListener) => Promise<RefreshOutcome>;
  /** Selects an issue's cell. */
  readonly goTo: (issue: SheetIssue) => Promise<void>;
  /** Shows a sheet (the scorecard). */
  readonly showSheet: (name: string) => Promise<void>;
  /** Writes one setting to the settings sheet ("" for the default). */
  readonly writeSetting: (key: ValueKey, text: string) => Promise<void>;
  readonly insertTemplate: () => Promise<InsertReport>;
  readonly insertSample: () => Promise<InsertReport>;
  /** The built-in benchmarks (a chunk of their own, loaded when a page first needs them). */
  readonly loadBenchmarks: () => Promise<BenchmarkData>;
}

/** The message of anything thrown, for a sentence. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
