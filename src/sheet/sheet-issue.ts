/** How much a problem matters: an error stops a figure, a warning qualifies it, info explains. */
export type Severity = "error" | "warning" | "info";

/**
 * Every problem a reader can report, so tests and hosts can act on codes rather than wording, with
 * how a sentence counts several of them ("and 129,812 more unknown labels like this one").
 */
export const SHEET_ISSUE_CODES = {
  NO_MONTH_HEADER: { many: "sheets without a row of months" },
  UNKNOWN_MEASURE: { many: "unknown labels" },
  DUPLICATE_MEASURE: { many: "repeated measures" },
  DUPLICATE_MONTH: { many: "repeated months" },
  MONTH_GAP: { many: "gaps in the months" },
  FUTURE_MONTH: { many: "months still to come" },
  BAD_MONTH_LABEL: { many: "unreadable month headers" },
  NEGATIVE_COUNT: { many: "negative counts" },
  NUMERATOR_ABOVE_DENOMINATOR: { many: "parts above their wholes" },
  TEXT_NOT_NUMBER: { many: "texts where numbers belong" },
  EXCEL_ERROR_VALUE: { many: "Excel error values" },
  SUPPRESSED_VALUE: { many: "withheld values" },
  BOOLEAN_NOT_NUMBER: { many: "TRUE or FALSE values where numbers belong" },
  PERCENT_OUT_OF_RANGE: { many: "percentages outside 0–100" },
  MISSING_POPULATION: { many: "missing populations" },
  SUMMARY_NOT_CHECKED: { many: "figures not checked" },
  UNKNOWN_INDICATOR: { many: "unknown indicators" },
  UNKNOWN_COMPARATOR_COLUMN: { many: "unknown columns" },
  BAD_COMPARATOR_VALUE: { many: "unusable comparator values" },
  UNKNOWN_SETTING: { many: "unknown settings" },
  BAD_SETTING_VALUE: { many: "unusable settings" },
  DUPLICATE_SETTING: { many: "repeated settings" },
  EMPTY_SHEET: { many: "empty sheets" },
  SHEET_MISSING: { many: "missing sheets" },
  NO_COMPARATOR_HEADER: { many: "sheets without a header row" },
  DUPLICATE_COMPARATOR_COLUMN: { many: "repeated columns" },
  DUPLICATE_INDICATOR: { many: "repeated indicators" },
  BAD_INDICATOR_SETTING: { many: "unusable indicator settings" },
  BAD_CUSTOM_INDICATOR: { many: "unusable own indicators" },
  /** Month-only headers (APR … MAR) with no financial year given or written on the sheet. */
  NO_FINANCIAL_YEAR: { many: "month headers without a year" },
  /** A repeated header row naming other months than the table's header. */
  MISMATCHED_HEADER: { many: "headers naming other months" },
  /** A percentage in a row of counts. */
  PERCENT_NOT_COUNT: { many: "percentages where counts belong" },
  /** A count above 10^12 (`MAX_PLAUSIBLE_COUNT`): a slip, not data. */
  COUNT_TOO_LARGE: { many: "counts too large to be real" },
  /** A population (children aged 0–17) that is not a whole number of at least 1. */
  BAD_POPULATION: { many: "unusable populations" },
  /** Month headers that are dates showing no year: Excel's reading of a typed "Apr-15". */
  TYPED_MONTH: { many: "months typed without a year" },
  /** A scorecard sheet the analyst renamed or copied to keep: theirs, left alone by refreshes. */
  KEPT_SCORECARD_SHEET: { many: "scorecard sheets kept as yours" },
  /** A Benchmark authority the published tables do not know (or a region, or England). */
  UNKNOWN_AUTHORITY: { many: "unknown authorities" },
  /** A Benchmark authority that was replaced: what its built-in benchmarks use instead. */
  REORGANISED_AUTHORITY: { many: "reorganised authorities" },
  /** A Benchmark authority some of whose figures are a joint return with another authority. */
  JOINT_RETURN: { many: "joint returns" },
  /** Which benchmarks the published statistics filled: year, release and neighbours used. */
  BUILT_IN_BENCHMARKS: { many: "benchmarks from the published statistics" },
} as const satisfies Record<string, { readonly many: string }>;

export type SheetIssueCode = keyof typeof SHEET_ISSUE_CODES;

/** One problem, with where it is: the sheet and the A1 cell an analyst can go to. */
export interface SheetIssue {
  readonly severity: Severity;
  readonly code: SheetIssueCode;
  readonly sheet: string;
  /** A1 address of the cell ("B7"), or of the first cell of a row or column it concerns. */
  readonly cell: string;
  /** A sentence an analyst understands, naming the sheet and cell. */
  readonly message: string;
  /**
   * How many problems this entry stands for: absent for one; an entry for the problems of a code
   * not listed one by one gives their number (see `issueList`), so every problem is counted.
   */
  readonly count?: number;
}

/**
 * Builds an issue whose message starts with where it is.
 * @example sheetIssue("error", "NEGATIVE_COUNT", "CSC Data", "B7", "…").message // "'CSC Data'!B7: …"
 */
export function sheetIssue(
  severity: Severity,
  code: SheetIssueCode,
  sheet: string,
  cell: string,
  detail: string
): SheetIssue {
  return { severity, code, sheet, cell, message: `${issuePrefix(sheet, cell)}${detail}` };
}

/**
 * The start of every issue's message: where it is, as a reference Excel understands.
 * @example issuePrefix("CSC Data", "B7") // "'CSC Data'!B7: "
 */
export function issuePrefix(sheet: string, cell: string): string {
  return `${quoteSheet(sheet)}!${cell}: `;
}

/**
 * A sheet name as Excel writes it in a reference: quoted when it holds anything but letters and digits.
 * @example quoteSheet("CSC Data") // "'CSC Data'"
 */
export function quoteSheet(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}
