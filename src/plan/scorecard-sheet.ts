import type { RagRating } from "../domain/compare/rag";
import { SUPPRESSED_SYMBOL } from "../domain/format/suppression";
import type { ScorecardRow } from "../domain/scorecard/compute-scorecard";
import { formatMonthLong } from "../domain/period/month";
import { a1, columnLetters } from "../sheet/a1";
import { benchmarkYearOf, type BenchmarkYearOf } from "./benchmark-years";
import type { ReconciliationTally } from "./indicator-reconciliation";
import { GENERAL_FORMAT, TEXT_FORMAT } from "./number-formats";
import { HEADER_FILL, PREFERRED_SHEET_NAMES, SCORECARD_TABLE_NAME } from "./plan-input";
import type { CellStyle, PlanCell, SheetPlan } from "./plan-types";
import { RAG_PALETTE } from "./rag-palette";
import { headerText } from "./refreshed-label";
import { benchmarkSummary } from "./scorecard/benchmark-summary";
import { indicatorLine } from "./scorecard/indicator-line";
import type { KindOf } from "./scorecard/month-end";
import { pageBreaks, pageRoom, type PrintedRow } from "./scorecard/pagination";
import { NARROW_MARGINS, printedColumnPoints, printedScale } from "./scorecard/print-scale";
import { rowPoints, type ColumnFit } from "./scorecard/scorecard-rows";
import {
  COLUMN,
  COLUMN_COUNT,
  HIDDEN_COLUMNS,
  LAST_PRINTED_COLUMN,
  SCORECARD_COLUMNS,
  SCORECARD_HEADER_ROW,
} from "./scorecard/scorecard-columns";
import { scorecardLayout } from "./scorecard/scorecard-layout";
import { StyleGrid } from "./style-grid";
import { periodLabel, SCORECARD_TITLE, titleLines, type TitleFacts } from "./title-block";

export { SCORECARD_COLUMNS, SCORECARD_HEADER_ROW } from "./scorecard/scorecard-columns";
export { orderBySection } from "./scorecard/scorecard-layout";

const LAST_COLUMN = COLUMN_COUNT - 1;

/** The font the scorecard's heights and pages are planned in (text-fit/calibri-width.ts). */
export const TABLE_FONT = { fontName: "Calibri", fontSize: 11 } as const;

/** Header text is a point smaller than the figures, so headings wrap at words in narrow columns. */
export const HEADER_FONT_SIZE = 10;
/** Four lines of 10 pt headings. */
export const HEADER_ROW_POINTS = 56;
/** The title's row, for its 16 pt text. */
const TITLE_ROW_POINTS = 24;
/** Excel's default row for 11 pt text: the title block's lines. */
const DEFAULT_ROW_POINTS = 15;

const TITLE_STYLE: CellStyle = { bold: true, fontSize: 16, fontColor: HEADER_FILL };
const LABEL_STYLE: CellStyle = { bold: true, fontColor: "#404040" };
const HEADER_STYLE: CellStyle = {
  bold: true,
  fontSize: HEADER_FONT_SIZE,
  fill: HEADER_FILL,
  fontColor: "#FFFFFF",
  wrapText: true,
  verticalAlignment: "Center",
  horizontalAlignment: "Center",
};
const BODY_STYLE: CellStyle = { verticalAlignment: "Top" };
const WRAP_STYLE: CellStyle = { wrapText: true };
const SECTION_STYLE: CellStyle = {
  bold: true,
  fill: "#D9E1F2",
  fontColor: HEADER_FILL,
  borderTop: { style: "Continuous", weight: "Medium", color: HEADER_FILL },
};
const NO_DATA_STYLE: CellStyle = {
  italic: true,
  fontColor: "#595959",
  borderTop: { style: "Continuous", weight: "Medium", color: HEADER_FILL },
};
const SUPPRESSED_STYLE: CellStyle = { horizontalAlignment: "Right" };
const QUIET_STYLE: CellStyle = { fontColor: "#595959" };
/** Columns of words between figures are centred, so they never run into the number beside them. */
const CENTRED: ReadonlySet<number> = new Set([
  COLUMN.counts,
  COLUMN.direction,
  COLUMN.directionLastYear,
]);

export interface ScorecardSheetInput {
  readonly facts: TitleFacts;
  readonly rows: readonly ScorecardRow[];
  readonly reconciliation: ReadonlyMap<string, ReconciliationTally>;
  /** The kind of each measure (flow or stock), so month-end counts show no year to date. */
  readonly kindOf: KindOf;
  /** The year each benchmark is from; none known when absent. */
  readonly yearOf?: BenchmarkYearOf;
}

/**
 * The scorecard sheet: title block, then the `CSC_Scorecard` table: a heading line for each stage
 * of the child's journey with its indicators under it, number formats by unit, RAG cells filled
 * and worded, notes; indicators with no data below the print area. It prints landscape on A4 with
 * narrow margins, one page wide, the header repeated: the printed columns come first, and the
 * columns kept for formulas (unit, numeric variances, section, id) lie beyond the print area.
 * @example buildScorecardSheet({ facts, rows, reconciliation, kindOf }).tables[0].name // "CSC_Scorecard"
 */
export function buildScorecardSheet(input: ScorecardSheetInput): SheetPlan {
  const layout = scorecardLayout(input.rows, formatMonthLong(input.facts.reportingMonth));
  const styles = new StyleGrid();
  const values: PlanCell[][] = [];
  const formats: string[][] = [];
  const push = (cells: PlanCell[], cellFormats: string[]) => {
    values.push(pad(cells, ""));
    formats.push(pad(cellFormats, GENERAL_FORMAT));
  };

  const reportBy = input.facts.reportBy ?? "month";
  const period = periodLabel(input.facts);
  // A quarter's report says so in its title, as a council's quarterly pack is titled; the month's
  // keeps the plain title, its month being the line below.
  push([reportBy === "quarter" ? `${SCORECARD_TITLE}: ${period}` : SCORECARD_TITLE], [TEXT_FORMAT]);
  styles.paint(0, 0, 0, 0, TITLE_STYLE);
  const yearOf = input.yearOf ?? benchmarkYearOf();
  const benchmarks = benchmarkSummary(input.rows, yearOf);
  const lines = titleLines(input.facts, benchmarks.line);
  lines.forEach((line, i) => {
    push([line.label, line.value], [TEXT_FORMAT, line.format]);
    styles.paint(i + 1, 0, i + 1, 0, LABEL_STYLE);
    styles.paint(i + 1, 1, i + 1, 1, { horizontalAlignment: "Left" });
  });
  push([], []);
  push(
    SCORECARD_COLUMNS.map((c) => c.header),
    SCORECARD_COLUMNS.map(() => TEXT_FORMAT)
  );
  styles.paint(SCORECARD_HEADER_ROW, 0, SCORECARD_HEADER_ROW, LAST_COLUMN, HEADER_STYLE);

  layout.entries.forEach((entry, i) => {
    const at = SCORECARD_HEADER_ROW + 1 + i;
    styles.paint(at, 0, at, LAST_COLUMN, BODY_STYLE);
    if (entry.kind !== "indicator") {
      const line = emptyLine();
      line[COLUMN.indicator] = entry.label;
      if (entry.kind === "section") line[COLUMN.section] = entry.label;
      push(
        line,
        line.map(() => TEXT_FORMAT)
      );
      styles.paint(
        at,
        0,
        at,
        LAST_COLUMN,
        entry.kind === "section" ? SECTION_STYLE : NO_DATA_STYLE
      );
      return;
    }
    const row = entry.row;
    const line = indicatorLine(row, {
      kindOf: input.kindOf,
      tally: input.reconciliation.get(row.id),
      benchmarkNote: benchmarks.exceptions.get(row.id),
    });
    push(line.values, line.formats);
    SCORECARD_COLUMNS.forEach((column, c) => {
      if (column.wrap) styles.paint(at, c, at, c, WRAP_STYLE);
      if (!column.printed || c === COLUMN.counts) styles.paint(at, c, at, c, QUIET_STYLE);
      if (CENTRED.has(c)) styles.paint(at, c, at, c, { horizontalAlignment: "Center" });
      if (line.values[c] === SUPPRESSED_SYMBOL) styles.paint(at, c, at, c, SUPPRESSED_STYLE);
    });
    styles.paint(at, COLUMN.rag, at, COLUMN.rag, ragStyle(row.rag.rating));
  });

  const entries = Math.max(layout.entries.length, 1);
  if (layout.entries.length === 0) push([], []);
  const lastRow = SCORECARD_HEADER_ROW + entries;
  const lastPrintedRow = SCORECARD_HEADER_ROW + Math.max(layout.printed, 1);
  const lastColumn = columnLetters(LAST_COLUMN);
  const header = SCORECARD_HEADER_ROW + 1;
  const hidden = HIDDEN_COLUMNS[reportBy];
  const columnWidths = SCORECARD_COLUMNS.map((c, column) => ({
    column,
    points: c.points,
    hidden: hidden.has(c.key),
  }));
  const fits: ColumnFit[] = columnWidths.map((width, c) => ({
    ...width,
    wrap: SCORECARD_COLUMNS[c]?.wrap === true,
  }));
  const fixed = new Map([
    [0, TITLE_ROW_POINTS],
    [SCORECARD_HEADER_ROW, HEADER_ROW_POINTS],
  ]);
  const bodyHeights = layout.entries.map((entry, i) => ({
    row: header + i,
    points: rowPoints(entry.kind === "indicator" ? (values[header + i] ?? []) : [], fits),
  }));
  const print = {
    orientation: "Landscape",
    paperSize: "A4",
    fitToPagesWide: 1,
    margins: NARROW_MARGINS,
  } as const;
  const printed: PrintedRow[] = Array.from({ length: lastPrintedRow + 1 }, (_, row) => {
    const entry = layout.entries[row - header];
    return {
      points: fixed.get(row) ?? bodyHeights[row - header]?.points ?? DEFAULT_ROW_POINTS,
      heading: entry?.kind === "section",
    };
  });
  const scale = printedScale(
    printedColumnPoints(columnWidths, { left: 0, right: LAST_PRINTED_COLUMN }),
    print
  );
  // The rows' heights and the page breaks are planned from Calibri 11's widths and line height, so
  // the sheet says its font rather than take the workbook's (Aptos, Arial, 12 pt…), which would
  // wrap differently in rows of fixed height and clip.
  styles.underlay(0, 0, values.length - 1, LAST_COLUMN, TABLE_FONT);
  return {
    role: "scorecard",
    preferredName: PREFERRED_SHEET_NAMES.scorecard,
    tabColor: HEADER_FILL,
    showGridlines: false,
    blocks: [{ row: 0, column: 0, values, numberFormats: formats }],
    styles: styles.groups(),
    // Every column says whether it is hidden, so a sheet rewritten in place for the other kind of
    // report shows again what this one prints.
    columnWidths,
    // The table's rows are planned at their estimated heights, not fitted by Excel, so that the
    // pages break where pagination.ts planned them.
    rowHeights: [...[...fixed].map(([row, points]) => ({ row, points })), ...bodyHeights],
    autofitRows: [],
    pageBreaks: pageBreaks(printed, pageRoom(print, scale, HEADER_ROW_POINTS)),
    freeze: { rows: SCORECARD_HEADER_ROW + 1, columns: 1 },
    print: {
      ...print,
      titleRows: `$${header}:$${header}`,
      area: `A1:${columnLetters(LAST_PRINTED_COLUMN)}${lastPrintedRow + 1}`,
      centerHeader: `&B${headerText(input.facts.authority)}: ${SCORECARD_TITLE}`,
      rightHeader: headerText(period),
      leftFooter: headerText(`Refreshed ${String(lines[4]?.value ?? "")}`),
      rightFooter: "Page &P of &N",
    },
    tables: [
      {
        name: SCORECARD_TABLE_NAME,
        range: `A${header}:${lastColumn}${lastRow + 1}`,
        style: "TableStyleLight1",
      },
    ],
    names: lines.map((line, i) => ({
      name: line.name,
      range: a1(i + 1, 1),
      comment: `${line.label} of the scorecard, written by the CSC Scorecard add-in.`,
    })),
    charts: [],
  };
}

/** A RAG cell: its palette fill with bold contrasting text, or quiet grey text when not rated. */
export function ragStyle(rating: RagRating): CellStyle {
  const colours = RAG_PALETTE[rating];
  if (rating === "Not rated") return { fontColor: colours.text, horizontalAlignment: "Center" };
  return { fill: colours.fill, fontColor: colours.text, bold: true, horizontalAlignment: "Center" };
}

function emptyLine(): PlanCell[] {
  return Array.from({ length: COLUMN_COUNT }, () => "");
}

function pad<T>(cells: T[], filler: T): T[] {
  const out = cells.slice(0, COLUMN_COUNT);
  while (out.length < COLUMN_COUNT) out.push(filler);
  return out;
}
