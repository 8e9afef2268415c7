/// <reference types="office-js" />
import { runExcel, type ExcelRun } from "../run-excel";

/**
 * Shows a sheet (the scorecard after a refresh, a sheet just inserted) with its first cell
 * selected, in one sync.
 * @example await showSheet("Scorecard")
 */
export function showSheet(name: string, run?: ExcelRun): Promise<void> {
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItem(name);
    sheet.activate();
    sheet.getRange("A1").select();
    await context.sync();
  }, run);
}
