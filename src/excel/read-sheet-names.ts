import { runExcel } from "./run-excel";

/**
 * The names of the workbook's worksheets, in tab order, in one sync. Loads only `name`.
 */
export async function readSheetNames(context: Excel.RequestContext): Promise<string[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  return sheets.items.map((sheet) => sheet.name);
}

/** Runs {@link readSheetNames} in its own batch, for hosts that hold no context. */
export async function readWorkbookSheetNames(): Promise<string[]> {
  return runExcel((context) => readSheetNames(context));
}
