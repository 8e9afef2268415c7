import { excelError, type ExcelErrorCode } from "./errors";

/** Excel on the web refuses requests and responses whose payload exceeds 5 MB. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

/**
 * What the person at Excel is doing around the add-in, which a test sets: editing a cell, looking
 * at another workbook. It is not part of the workbook (snapshots leave it out).
 */
export interface ModelEnvironment {
  /** In cell-edit mode, waiting batches resume when it ends. */
  cellEdit: boolean;
  readonly waitingForCellEdit: (() => void)[];
  /** Another workbook has focus: "documented" raises the codes Microsoft's table gives per API. */
  otherWorkbook: "documented" | "InactiveWorkbook" | null;
  /** Bytes a sync's response may carry (loaded values as JSON). */
  responseLimitBytes: number;
  /** Whether a load that nests one collection's items inside another's is refused. */
  refusesNestedCollectionLoads: boolean;
  /** Whether Excel drops "fit to pages" as it does with the Page Layout tab not showing. */
  fitToPagesIgnored: boolean;
}

export function defaultEnvironment(): ModelEnvironment {
  return {
    cellEdit: false,
    waitingForCellEdit: [],
    otherWorkbook: null,
    responseLimitBytes: PAYLOAD_LIMIT,
    refusesNestedCollectionLoads: false,
    fitToPagesIgnored: false,
  };
}

/**
 * The APIs that fail while another workbook has focus on Windows or Mac, and the code each throws:
 * "API limitations when the active workbook switches",
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-troubleshooting#api-limitations-when-the-active-workbook-switches.
 * Newer builds report `InactiveWorkbook` ("multiple workbooks are open and the workbook being called
 * by this API has lost focus", in the error table), which a test chooses with the "InactiveWorkbook" mode.
 * Keys are the model's operation labels.
 */
const FOCUS_SENSITIVE: Readonly<Record<string, ExcelErrorCode>> = {
  "Range.select": "GeneralException",
  "Table.clearFilters": "GeneralException",
  "Worksheet.activate": "GeneralException",
  "Worksheet.delete": "InvalidSelection",
  "Worksheet.showGridlines": "GeneralException",
  "Worksheet.showHeadings": "GeneralException",
  "WorksheetCollection.add": "GeneralException",
  "WorksheetFreezePanes.freezeAt": "GeneralException",
  "WorksheetFreezePanes.freezeColumns": "GeneralException",
  "WorksheetFreezePanes.freezeRows": "GeneralException",
  "WorksheetFreezePanes.getLocationOrNullObject": "GeneralException",
  "WorksheetFreezePanes.unfreeze": "GeneralException",
};

/**
 * Throws what Excel throws for an operation that needs this workbook to have focus, when it has not.
 * @example checkFocus(environment, "Worksheet.delete"); // InvalidSelection while another workbook has focus
 */
export function checkFocus(environment: ModelEnvironment, label: string): void {
  const documented = FOCUS_SENSITIVE[label];
  if (environment.otherWorkbook === null || documented === undefined) return;
  const code = environment.otherWorkbook === "InactiveWorkbook" ? "InactiveWorkbook" : documented;
  throw excelError(code, label, `${label} failed: another workbook has focus.`);
}
