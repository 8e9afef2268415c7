import { distanceToBand } from "../domain/compare/band";
import { COMPARATOR_LABELS, type ComparatorKind } from "../domain/compare/comparator";
import type { RagRating } from "../domain/compare/rag";
import { formatValue } from "../domain/format/format-number";
import {
  isWithheld,
  SUPPRESSED_SYMBOL,
  WITHHELD,
  type Withheld,
} from "../domain/format/suppression";
import type { PublishedFigure } from "../domain/indicators/figure";
import { SECTION_LABELS, SECTION_ORDER } from "../domain/indicators/indicator-def";
import type { ScorecardRow } from "../domain/scorecard/compute-scorecard";
import { a1, columnLetters } from "../sheet/a1";
import { directionLabel } from "./direction-label";
import type { ReconciliationTally } from "./indicator-reconciliation";
import {
  cellNumber,
  GENERAL_FORMAT,
  RELATIVE_VARIANCE_FORMAT,
  TEXT_FORMAT,
  UNIT_LABELS,
  valueFormat,
  varianceFormat,
} from "./number-formats";
import { HEADER_FILL, PREFERRED_SHEET_NAMES, SCORECARD_TABLE_NAME } from "./plan-input";
import type { CellStyle, PlanCell, SheetPlan } from "./plan-types";
import { RAG_PALETTE } from "./rag-palette";
import { headerText } from "./refreshed-label";
import { StyleGrid } from "./style-grid";
import { periodLabel, SCORECARD_TITLE, titleLines, type TitleFacts } from "./title-block";
import { withheldFigures } from "./withheld-figures";
import { capitalise } from "../domain/text/capitalise";

/** The table's columns: stable headers, so structured references survive every refresh. */
export const SCORECARD_COLUMNS = [
  { header: "Section", points: 95 },
  { header: "Indicator", points: 200 },
  { header: "Unit", points: 55 },
  { header: "Latest month", points: 58 },
  { header: "Previous month", points: 58 },
  { header: "Direction of travel", points: 100 },
  { header: "Year to date", points: 58 },
  { header: "Rolling 12 months / annualised", points: 70 },
  { header: "Target", points: 58 },
  { header: "Statistical neighbours", points: 70 },
  { header: "England", points: 58 },
  { header: "Rated against", points: 95 },
  { header: "Variance", points: 62 },
  { header: "Variance %", points: 58 },
  { header: "RAG", points: 62 },
  { header: "Note", points: 230 },
  { header: "Id", points: 110 },
] as const;

/** 0-based row of the table's header: below the title and the five facts, after a blank row. */
export const SCORECARD_HEADER_ROW = 7;

const COLUMN_COUNT = SCORECARD_COLUMNS.length;
const LAST_COLUMN = COLUMN_COUNT - 1;
const RAG_COLUMN = 14;
const NOTE_COLUMN = 15;
const ID_COLUMN = 16;
/** Columns that show a figure, or something built on one, and so may read `c`. */
const WITHHOLDABLE_COLUMNS = [3, 4, 5, 6, 7, 8, 9, 10, 12, 13];

const TITLE_STYLE: CellStyle = { bold: true, fontSize: 16, fontColor: HEADER_FILL };
const LABEL_STYLE: CellStyle = { bold: true, fontColor: "#404040" };
const HEADER_STYLE: CellStyle = {
  bold: true,
  fill: HEADER_FILL,
  fontColor: "#FFFFFF",
  wrapText: true,
  verticalAlignment: "Center",
  horizontalAlignment: "Center",
};
const BODY_STYLE: CellStyle = { verticalAlignment: "Top" };
const SECTION_START: CellStyle = {
  borderTop: { style: "Continuous", weight: "Medium", color: HEADER_FILL },
};
const SUPPRESSED_STYLE: CellStyle = { horizontalAlignment: "Right" };
const NOTE_STYLE: CellStyle = { wrapText: true };
const QUIET_STYLE: CellStyle = { fontColor: "#595959" };

export interface ScorecardSheetInput {
  readonly facts: TitleFacts;
  readonly rows: readonly ScorecardRow[];
  readonly reconciliation: ReadonlyMap<string, ReconciliationTally>;
}

/**
 * The scorecard sheet: title block, then one table row per indicator in the order of a child's
 * journey, with number formats by unit, RAG cells filled and worded, notes, frozen header, print
 * set-up and the `CSC_Scorecard` table.
 * @example buildScorecardSheet({ facts, rows, reconciliation }).tables[0].name // "CSC_Scorecard"
 */
export function buildScorecardSheet(input: ScorecardSheetInput): SheetPlan {
  const rows = orderBySection(input.rows);
  const styles = new StyleGrid();
  const values: PlanCell[][] = [];
  const formats: string[][] = [];
  const push = (cells: PlanCell[], cellFormats: string[]) => {
    values.push(pad(cells, ""));
    formats.push(pad(cellFormats, GENERAL_FORMAT));
  };

  push([SCORECARD_TITLE], [TEXT_FORMAT]);
  styles.paint(0, 0, 0, 0, TITLE_STYLE);
  const lines = titleLines(input.facts);
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

  let section: string | null = null;
  rows.forEach((row, i) => {
    const at = SCORECARD_HEADER_ROW + 1 + i;
    const line = indicatorLine(row, input.reconciliation.get(row.id));
    push(line.values, line.formats);
    styles.paint(at, 0, at, LAST_COLUMN, BODY_STYLE);
    if (row.def.section !== section) {
      section = row.def.section;
      styles.paint(at, 0, at, LAST_COLUMN, SECTION_START);
      styles.paint(at, 0, at, 0, { bold: true });
    }
    for (const column of WITHHOLDABLE_COLUMNS) {
      if (line.values[column] === SUPPRESSED_SYMBOL)
        styles.paint(at, column, at, column, SUPPRESSED_STYLE);
    }
    styles.paint(at, RAG_COLUMN, at, RAG_COLUMN, ragStyle(row.rag.rating));
    styles.paint(at, NOTE_COLUMN, at, NOTE_COLUMN, NOTE_STYLE);
    styles.paint(at, ID_COLUMN, at, ID_COLUMN, QUIET_STYLE);
  });

  const lastRow = SCORECARD_HEADER_ROW + Math.max(rows.length, 1);
  if (rows.length === 0) push([], []);
  const lastColumn = columnLetters(LAST_COLUMN);
  const header = SCORECARD_HEADER_ROW + 1;
  const period = periodLabel(input.facts);
  return {
    role: "scorecard",
    preferredName: PREFERRED_SHEET_NAMES.scorecard,
    tabColor: HEADER_FILL,
    showGridlines: false,
    blocks: [{ row: 0, column: 0, values, numberFormats: formats }],
    styles: styles.groups(),
    columnWidths: SCORECARD_COLUMNS.map((c, column) => ({ column, points: c.points })),
    rowHeights: [
      { row: 0, points: 24 },
      { row: SCORECARD_HEADER_ROW, points: 45 },
    ],
    autofitRows: rows.length > 0 ? [`A${header + 1}:${lastColumn}${lastRow + 1}`] : [],
    freeze: { rows: SCORECARD_HEADER_ROW + 1, columns: 2 },
    print: {
      orientation: "Landscape",
      paperSize: "A4",
      fitToPagesWide: 1,
      titleRows: `$${header}:$${header}`,
      area: `A1:${columnLetters(NOTE_COLUMN)}${lastRow + 1}`,
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

/** Rows grouped by stage of the journey, keeping the catalogue's order within each stage. */
export function orderBySection(rows: readonly ScorecardRow[]): ScorecardRow[] {
  const rank = (row: ScorecardRow) => {
    const i = SECTION_ORDER.indexOf(row.def.section);
    return i < 0 ? SECTION_ORDER.length : i;
  };
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => rank(a.row) - rank(b.row) || a.i - b.i)
    .map(({ row }) => row);
}

interface Line {
  readonly values: PlanCell[];
  readonly formats: string[];
}

function indicatorLine(row: ScorecardRow, tally: ReconciliationTally | undefined): Line {
  const def = row.def;
  const number = valueFormat(def.unit, def.decimals);
  const figure = (f: PublishedFigure | null): [PlanCell, string] => {
    if (f !== null && isWithheld(f)) return WITHHELD_CELL;
    if (f === null || f.value === null) return ["", number];
    return [cellNumber(f.value, def.unit), number];
  };
  const comparator = (kind: ComparatorKind): [PlanCell, string] => {
    const c = row.comparisons.find((x) => x.comparator === kind);
    return c === undefined ? ["", number] : [cellNumber(c.value, def.unit), number];
  };
  const variances = ragVariance(row);
  const cells: Array<[PlanCell, string]> = [
    [SECTION_LABELS[def.section] ?? def.section, TEXT_FORMAT],
    [def.name, TEXT_FORMAT],
    [UNIT_LABELS[def.unit], TEXT_FORMAT],
    figure(row.value),
    figure(row.previous),
    [directionLabel(row), TEXT_FORMAT],
    figure(row.ytd),
    figure(row.annualised ?? row.rolling12),
    comparator("target"),
    comparator("statNeighbours"),
    comparator("england"),
    [ratedAgainst(row), TEXT_FORMAT],
    isWithheld(variances)
      ? WITHHELD_CELL
      : variances[0] === null
        ? ["", GENERAL_FORMAT]
        : [variances[0], varianceFormat(def.unit, def.decimals)],
    isWithheld(variances)
      ? WITHHELD_CELL
      : variances[1] === null
        ? ["", GENERAL_FORMAT]
        : [variances[1], RELATIVE_VARIANCE_FORMAT],
    [row.rag.rating, TEXT_FORMAT],
    [noteFor(row, tally), TEXT_FORMAT],
    [row.id, TEXT_FORMAT],
  ];
  return { values: cells.map(([v]) => v), formats: cells.map(([, f]) => f) };
}

const WITHHELD_CELL: [PlanCell, string] = [SUPPRESSED_SYMBOL, TEXT_FORMAT];

/** The variance against whatever the RAG rating was judged on, in the unit and relative. */
function ragVariance(row: ScorecardRow): [number | null, number | null] | Withheld {
  if (isWithheld(row.headline)) return WITHHELD;
  const basis = row.rag.basis;
  const headline = row.headline.value;
  if (basis === null || headline === null) return [null, null];
  if (basis.kind === "band") {
    return row.def.band === undefined
      ? [null, null]
      : [distanceToBand(headline, row.def.band), null];
  }
  const kind: ComparatorKind = basis.kind === "target" ? "target" : basis.comparator;
  const c = row.comparisons.find((x) => x.comparator === kind);
  if (c === undefined) return [null, null];
  if (isWithheld(c.variance)) return WITHHELD;
  return [c.variance.absolute, c.variance.relative];
}

function ratedAgainst(row: ScorecardRow): string {
  const basis = row.rag.basis;
  if (basis === null) return "";
  if (basis.kind === "target") return "Target";
  if (basis.kind === "band") {
    const band = row.def.band;
    if (band === undefined) return "Band";
    const show = (x: number) => formatValue(x, row.def.unit, row.def.decimals);
    return `Band ${show(band.low)}–${show(band.high)}`;
  }
  const label = COMPARATOR_LABELS[basis.comparator];
  return capitalise(label);
}

/** The short note: suppression, the engine's own notes (incomplete data), reconciliation. */
function noteFor(row: ScorecardRow, tally: ReconciliationTally | undefined): string {
  const parts: string[] = [];
  if (withheldFigures(row).length > 0) {
    parts.push("Small numbers are shown as c (disclosure control).");
  }
  parts.push(...row.notes);
  if (tally !== undefined && tally.disagrees > 0) {
    const figures =
      tally.disagrees === 1
        ? "1 reported figure disagrees"
        : `${tally.disagrees} reported figures disagree`;
    parts.push(`${figures} with the counts: see the notes sheet.`);
  } else if (tally !== undefined && tally.agrees > 0) {
    parts.push("Reported figures reconcile with the counts.");
  }
  return parts.join(" ");
}

function pad<T>(cells: T[], filler: T): T[] {
  const out = cells.slice(0, COLUMN_COUNT);
  while (out.length < COLUMN_COUNT) out.push(filler);
  return out;
}
