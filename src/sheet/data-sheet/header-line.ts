import { DEFAULT_FY_START_MONTH, financialYearLabel } from "../../domain/period/financial-year";
import { formatMonthLong, type MonthKey } from "../../domain/period/month";
import { parseMonthLabel, type MonthLabelOptions } from "../../domain/period/parse-month";
import { typedMonthsOfLine } from "../../domain/period/typed-month";
import { ok } from "../../domain/result/calc";
import { readCell } from "../../domain/cell/read-cell";
import { sheetIssue, type SheetIssue } from "../sheet-issue";
import { monthCellKind } from "./month-header-cell";
import type { SheetView } from "./sheet-view";
import { summaryHeaderOf, type SummaryKind } from "./summary-header";

/** A month of the header and the position (column across, row down) that holds it. */
export interface HeaderMonth {
  readonly position: number;
  readonly month: MonthKey;
}

/** A summary beside the months ("2013/14 YTD", "Total", "% YTD") and where it is. */
export interface HeaderSummary {
  readonly position: number;
  readonly kind: SummaryKind;
  readonly label: string;
}

export interface HeaderLine {
  /** Months in sheet order; a repeated month keeps only its first position. */
  readonly months: readonly HeaderMonth[];
  /** The later positions of a repeated month: not read, but their cells are still checked. */
  readonly repeats: readonly HeaderMonth[];
  readonly summaries: readonly HeaderSummary[];
  /** The first position that looked like a month, read or not: labels sit before it. */
  readonly firstMonthPosition: number;
  /** How the header's month-only labels were placed, to read a repeated header the same way. */
  readonly monthOptions: MonthLabelOptions;
  readonly issues: readonly SheetIssue[];
}

export interface HeaderYearOptions {
  readonly fyStartYear?: number;
  readonly fyStartMonth?: number;
  /** Financial years written in the sheet's titles, for month-only headers. */
  readonly yearsNamed: readonly number[];
}

/**
 * Reads the header line's months and summaries. Month-only headers (APR … MAR) are placed in the
 * financial year given, else the one a summary header names ("2013/14 YTD"), else the only one the
 * titles name; with none, or several, they are an error and unread. A repeated month is an error on
 * its second cell, whose values are checked but not read, and the header stands: every other month
 * is read. Text between the months that is no month is a warning.
 * @example readHeaderLine(view, 0, false, { yearsNamed: [] }).months.length // months on line 0
 */
export function readHeaderLine(
  view: SheetView,
  line: number,
  serialsAreMonths: boolean,
  options: HeaderYearOptions
): HeaderLine {
  const sheet = view.grid.sheet;
  const formatsKnown = view.grid.numberFormats !== undefined;
  const issues: SheetIssue[] = [];
  const summaries: HeaderSummary[] = [];
  const candidates: Array<{ position: number; monthOnly: boolean }> = [];
  const others: number[] = [];
  for (let position = 0; position < view.positions; position++) {
    const cell = view.cell(line, position);
    const kind = monthCellKind(cell, view.format(line, position), formatsKnown);
    if (kind !== null && (kind !== "serial" || serialsAreMonths)) {
      candidates.push({ position, monthOnly: kind === "monthOnly" });
      continue;
    }
    const summary = summaryHeaderOf(cell);
    if (summary !== null) summaries.push({ position, kind: summary.kind, label: String(cell) });
    else if (readCell(cell).kind !== "blank") others.push(position);
  }
  const fy = financialYearFor(candidates, summaries, view, line, options);
  const months: HeaderMonth[] = [];
  const repeats: HeaderMonth[] = [];
  const seen = new Map<MonthKey, number>();
  const monthOptions: MonthLabelOptions = {
    ...(fy.year === null ? {} : { fyStartYear: fy.year }),
    fyStartMonth: options.fyStartMonth ?? DEFAULT_FY_START_MONTH,
  };
  let yearlessReported = false;
  const typedMonths: string[] = [];
  const typedOfLine = typedMonthsOfLine(
    candidates.map(({ position }) => ({
      value: view.cell(line, position),
      format: view.format(line, position),
    }))
  );
  const typedByPosition = new Map(
    candidates.map(({ position }, i) => [position, typedOfLine[i] ?? null])
  );
  for (const { position, monthOnly } of candidates) {
    const where = view.address(line, position);
    if (monthOnly && fy.year === null) {
      if (!yearlessReported)
        issues.push(sheetIssue("error", "NO_FINANCIAL_YEAR", sheet, where, fy.why));
      yearlessReported = true;
      continue;
    }
    const cell = view.cell(line, position);
    const typed = typedByPosition.get(position) ?? null;
    const parsed = typed === null ? parseMonthLabel(cell, monthOptions) : ok(typed);
    if (!parsed.ok) {
      issues.push(sheetIssue("error", "BAD_MONTH_LABEL", sheet, where, parsed.error.detail));
      continue;
    }
    if (typed !== null) typedMonths.push(where);
    const first = seen.get(parsed.value);
    if (first !== undefined) {
      const detail = `${formatMonthLong(parsed.value)} appears again (first at ${view.address(line, first)}); this ${lineWord(view)}'s values are checked but not read.`;
      issues.push(sheetIssue("error", "DUPLICATE_MONTH", sheet, where, detail));
      repeats.push({ position, month: parsed.value });
      continue;
    }
    seen.set(parsed.value, position);
    months.push({ position, month: parsed.value });
  }
  if (typedMonths.length > 0) issues.push(typedMonthsIssue(sheet, typedMonths));
  const firstMonthPosition = candidates[0]?.position ?? -1;
  const lastMonthPosition = candidates[candidates.length - 1]?.position ?? -1;
  for (const position of others) {
    if (position < firstMonthPosition || position > lastMonthPosition) continue;
    const shown = String(view.cell(line, position)).trim();
    issues.push(
      sheetIssue(
        "warning",
        "BAD_MONTH_LABEL",
        sheet,
        view.address(line, position),
        `"${shown}" sits among the months but is not a month (write it as Apr 2015 or a date); its ${lineWord(view)} is not read.`
      )
    );
  }
  return { months, repeats, summaries, firstMonthPosition, monthOptions, issues };
}

/**
 * The first and last of the header's months, however the sheet orders them (no spread: a header
 * may be long).
 * @example monthSpan([{ position: 1, month: may }, { position: 2, month: apr }]) // { earliest: apr, latest: may }
 */
export function monthSpan(months: readonly HeaderMonth[]): {
  earliest: MonthKey;
  latest: MonthKey;
} {
  let earliest = Number.POSITIVE_INFINITY;
  let latest = Number.NEGATIVE_INFINITY;
  for (const { month } of months) {
    earliest = Math.min(earliest, month);
    latest = Math.max(latest, month);
  }
  return { earliest: earliest as MonthKey, latest: latest as MonthKey };
}

function lineWord(view: SheetView): string {
  return view.orientation === "months-across" ? "column" : "row";
}

function financialYearFor(
  candidates: ReadonlyArray<{ monthOnly: boolean }>,
  summaries: readonly HeaderSummary[],
  view: SheetView,
  line: number,
  options: HeaderYearOptions
): { year: number | null; why: string } {
  if (options.fyStartYear !== undefined) return { year: options.fyStartYear, why: "" };
  if (!candidates.some((c) => c.monthOnly)) return { year: null, why: "" };
  const fromSummaries = new Set<number>();
  for (const s of summaries) {
    const year = summaryHeaderOf(view.cell(line, s.position))?.fyStartYear ?? null;
    if (year !== null) fromSummaries.add(year);
  }
  const named = fromSummaries.size > 0 ? [...fromSummaries] : options.yearsNamed;
  if (named.length === 1) return { year: named[0] ?? null, why: "" };
  const fyStartMonth = options.fyStartMonth ?? DEFAULT_FY_START_MONTH;
  const why =
    named.length === 0
      ? "The months are named without a year and the sheet names no financial year; write them as Apr 2015 or as dates, or give the financial year in the settings."
      : `The months are named without a year and the sheet names ${named.length} financial years (${named.map((y) => financialYearLabel(y, fyStartMonth)).join(", ")}); give the financial year in the settings.`;
  return { year: null, why };
}

/**
 * One note for the header's dates that show no year: Excel stored each typed "Apr-15" as 15 April
 * of the year it was typed in, and they were read as the months they name (see typedMonth).
 */
function typedMonthsIssue(sheet: string, cells: readonly string[]): SheetIssue {
  const first = cells[0] ?? "";
  const span = cells.length === 1 ? first : `${first}:${cells[cells.length - 1] ?? ""}`;
  const what =
    cells.length === 1
      ? `The month header in ${span} is a date that shows no year`
      : `The month headers in ${span} are dates that show no year`;
  return sheetIssue(
    "info",
    "TYPED_MONTH",
    sheet,
    first,
    `${what} ("15-Apr"): Excel stores a typed Apr-15 as 15 April of the year it was typed in. Read as the month and a two-digit year (15-Apr as April 2015); write months as Apr 2015 or as real dates to be sure.`
  );
}
