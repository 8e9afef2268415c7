import { gridAddress } from "../a1";
import type { Grid } from "../grid";
import { sheetIssue, type SheetIssue, type SheetIssueCode, type Severity } from "../sheet-issue";

/**
 * An issue at a grid position, addressed as the analyst sees it on the sheet.
 * @example cellIssue(grid, "warning", "UNKNOWN_INDICATOR", 3, 0, "…").cell // "A4" for a grid at A1
 */
export function cellIssue(
  grid: Grid,
  severity: Severity,
  code: SheetIssueCode,
  row: number,
  column: number,
  detail: string
): SheetIssue {
  return sheetIssue(severity, code, grid.sheet, gridAddress(grid, row, column), detail);
}
