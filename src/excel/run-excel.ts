/// <reference types="office-js" />

/** `Excel.run` with options, as the add-in calls it; tests pass the Excel model's `run`. */
export type ExcelRun = <T>(
  options: Excel.RunOptions,
  batch: (context: Excel.RequestContext) => Promise<T>
) => Promise<T>;

/**
 * Runs a batch in Excel, waiting while the analyst is editing a cell instead of failing: "When
 * false, if the user is in cell edit when the batch request is processed by the host, the batch
 * automatically fails. When true, ... the batch request is delayed until the user exits cell edit
 * mode" (Excel.RunOptions.delayForCellEdit, ExcelApi 1.11,
 * https://learn.microsoft.com/javascript/api/excel/excel.runoptions#excel-excel-runoptions-delayforcelledit-member).
 * Every batch of the add-in's task pane and ribbon goes through here.
 * @example const names = await runExcel((context) => readSheetNames(context));
 */
export function runExcel<T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
  run: ExcelRun = (options, next) => Excel.run(options, next)
): Promise<T> {
  return run({ delayForCellEdit: true }, batch);
}
