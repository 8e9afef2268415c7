import type { ScorecardPlan } from "../plan/plan-types";
import type { Grid } from "../sheet/grid";

/**
 * What a host reports after writing a plan: whether the new scorecard is in place, the names its
 * sheets took (in tab order), and sentences the analyst should read (a name that had to change,
 * what failed and what was done about it).
 */
export interface AppliedPlan {
  readonly ok: boolean;
  readonly sheets: readonly string[];
  readonly messages: readonly string[];
}

/** One sheet as a host reads it. */
export interface SheetRead {
  readonly grid: Grid;
  /** Whether the add-in wrote this sheet (it carries the generated-sheet marker). */
  readonly generated: boolean;
}

/** What one read of the workbook found. */
export interface WorkbookReading {
  /** Each sheet asked for, under the name asked; null when the workbook has no such sheet. */
  readonly sheets: ReadonlyMap<string, SheetRead | null>;
  /**
   * Sheets the add-in wrote that the analyst renamed or copied to keep (they carry the marker under
   * a name the add-in did not give them): theirs now, left alone by the refresh, and named in its
   * notes so the analyst knows why they did not change.
   */
  readonly keptSheets: readonly string[];
}

/**
 * The seam every host provides to `runRefresh`: the Office.js host reads through `Excel.run`, the
 * command line reads an .xlsx file, tests read plain data. Nothing else of a host reaches the
 * refresh, so every host produces the same scorecard from the same sheets.
 */
export interface RefreshHost {
  /**
   * The used range of each named sheet as a grid (with number formats, which tell dates and
   * percentages apart), matching names as Excel does, ignoring case. A sheet the workbook does not
   * have maps to null; an empty sheet is a grid with no values. Keys are the names as asked. The
   * same read finds the scorecard sheets the analyst kept.
   */
  readSheets(names: readonly string[]): Promise<WorkbookReading>;
  /** Writes the plan's sheets, never touching the analyst's own. */
  applyPlan(plan: ScorecardPlan): Promise<AppliedPlan>;
}
