/** How much a problem matters: an error stops a figure, a warning qualifies it, info explains. */
export type Severity = "error" | "warning" | "info";

/** Every problem a reader can report, so tests and hosts can act on codes rather than wording. */
export type SheetIssueCode =
  | "NO_MONTH_HEADER"
  | "UNKNOWN_MEASURE"
  | "DUPLICATE_MEASURE"
  | "DUPLICATE_MONTH"
  | "MONTH_GAP"
  | "FUTURE_MONTH"
  | "BAD_MONTH_LABEL"
  | "NEGATIVE_COUNT"
  | "NUMERATOR_ABOVE_DENOMINATOR"
  | "TEXT_NOT_NUMBER"
  | "EXCEL_ERROR_VALUE"
  | "SUPPRESSED_VALUE"
  | "BOOLEAN_NOT_NUMBER"
  | "PERCENT_OUT_OF_RANGE"
  | "MISSING_POPULATION"
  | "SUMMARY_NOT_CHECKED"
  | "UNKNOWN_INDICATOR"
  | "UNKNOWN_COMPARATOR_COLUMN"
  | "BAD_COMPARATOR_VALUE"
  | "UNKNOWN_SETTING"
  | "BAD_SETTING_VALUE"
  | "DUPLICATE_SETTING"
  | "EMPTY_SHEET"
  | "SHEET_MISSING"
  | "NO_COMPARATOR_HEADER"
  | "DUPLICATE_COMPARATOR_COLUMN"
  | "DUPLICATE_INDICATOR"
  | "BAD_INDICATOR_SETTING"
  | "BAD_CUSTOM_INDICATOR"
  /** Month-only headers (APR … MAR) with no financial year given or written on the sheet. */
  | "NO_FINANCIAL_YEAR"
  /** A repeated header row naming other months than the table's header. */
  | "MISMATCHED_HEADER"
  /** A percentage in a row of counts. */
  | "PERCENT_NOT_COUNT";

/** One problem, with where it is: the sheet and the A1 cell an analyst can go to. */
export interface SheetIssue {
  readonly severity: Severity;
  readonly code: SheetIssueCode;
  readonly sheet: string;
  /** A1 address of the cell ("B7"), or of the first cell of a row or column it concerns. */
  readonly cell: string;
  /** A sentence an analyst understands, naming the sheet and cell. */
  readonly message: string;
}

/** Builds an issue whose message starts with where it is: "'CSC Data'!B7: …". */
export function sheetIssue(
  severity: Severity,
  code: SheetIssueCode,
  sheet: string,
  cell: string,
  detail: string
): SheetIssue {
  return { severity, code, sheet, cell, message: `${quoteSheet(sheet)}!${cell}: ${detail}` };
}

/** A sheet name as Excel writes it in a reference: quoted when it holds anything but letters and digits. */
export function quoteSheet(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}
