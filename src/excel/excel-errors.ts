/**
 * What Excel's errors mean to the analyst. Excel's own messages are "not intended for consumption
 * by end users; you should use the error code ... to determine the error message that your add-in
 * shows" ("Error handling with the application-specific JavaScript APIs",
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling),
 * so the codes the analyst can act on get words here, in the one place that words them.
 */
const STAY_IN_THIS_WORKBOOK =
  "Stay in this workbook while the scorecard refreshes, then try again.";

const WORDS: Readonly<Record<string, string>> = {
  // "The operation failed because multiple workbooks are open and the workbook being called by this
  // API has lost focus" (the error table above).
  InactiveWorkbook: STAY_IN_THIS_WORKBOOK,
  // Worksheet.delete's error while another workbook has focus on Windows or Mac ("API limitations
  // when the active workbook switches",
  // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-troubleshooting#api-limitations-when-the-active-workbook-switches).
  InvalidSelection: STAY_IN_THIS_WORKBOOK,
  // Every batch runs with delayForCellEdit, so this should not happen; Excel on the web has raised
  // it regardless (OfficeDev/office-js#3019, https://github.com/OfficeDev/office-js/issues/3019).
  InvalidOperationInCellEditMode:
    "Excel is editing a cell: press Enter or Esc to finish, then try again.",
};

/**
 * The code of an error from Office.js (`OfficeExtension.Error.code`), if it has one.
 * @example excelErrorCode({ code: "InactiveWorkbook", message: "…" }) // "InactiveWorkbook"
 */
export function excelErrorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  const { code } = error;
  return typeof code === "string" ? code : undefined;
}

/**
 * What the analyst should do about an error from Excel, for the codes that need something of them.
 * @example analystWords({ code: "InvalidSelection", message: "…" }) // "Stay in this workbook while the scorecard refreshes, then try again."
 */
export function analystWords(error: unknown): string | undefined {
  return WORDS[excelErrorCode(error) ?? ""];
}

/**
 * A sentence for an error from Excel: the analyst's words for the codes that need something of
 * them, else Excel's own message.
 * @example analystMessage(new Error("The requested resource doesn't exist.")) // "The requested resource doesn't exist."
 */
export function analystMessage(error: unknown): string {
  return analystWords(error) ?? (error instanceof Error ? error.message : String(error));
}
