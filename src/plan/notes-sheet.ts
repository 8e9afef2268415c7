import type { DistributionResult } from "../domain/distributions/compute-distribution";
import { distributionNotes } from "./distribution-notes";
import type { CalcError } from "../domain/result/calc";
import type { FigureNames } from "../domain/reconcile/figure-words";
import { MEASURES } from "../domain/measures/measure-catalogue";
import type { Reconciliation } from "../domain/reconcile/reconcile";
import type { ScorecardRow } from "../domain/scorecard/compute-scorecard";
import { quoteSheet, type SheetIssue } from "../sheet/sheet-issue";
import type { CommentaryLine } from "./commentary";
import { GENERAL_FORMAT, TEXT_FORMAT } from "./number-formats";
import { HEADER_FILL, PREFERRED_SHEET_NAMES } from "./plan-input";
import type { CellStyle, PlanCell, SheetPlan } from "./plan-types";
import { RAG_PALETTE } from "./rag-palette";
import { ragStyle } from "./scorecard-sheet";
import type { RagRating } from "../domain/compare/rag";
import { headerText } from "./refreshed-label";
import { StyleGrid } from "./style-grid";
import { periodLabel, SCORECARD_TITLE, type TitleFacts } from "./title-block";
import { withheldFigures } from "./withheld-figures";
import type { KindOf } from "./scorecard/month-end";
import { capitalise } from "../domain/text/capitalise";
import { reconciliationNotes } from "./reconciliation-notes";

/**
 * The notes' columns. The first four print, and fit A4 landscape at full size (725 pt of the 741 pt
 * between Excel's normal margins), the indicator, cells and sentence wrapped; the code, for
 * filtering on screen, is left out of the print.
 */
export const NOTES_COLUMNS = [
  { header: "Kind", points: 95 },
  { header: "Where", points: 160 },
  { header: "Cell", points: 60 },
  { header: "Detail", points: 410 },
  { header: "Code", points: 130 },
] as const;

/** Columns printed: every one but the code. */
export const NOTES_PRINTED_COLUMNS = NOTES_COLUMNS.length - 1;

/** The commentary's closing lists, which the notes show under their own heading. */
const CLOSING_TOPICS = new Set(["Achievement", "Priority"]);

const WIDTH = NOTES_COLUMNS.length;
const HEADING_STYLE: CellStyle = { bold: true, fill: "#D9E1F2", fontColor: HEADER_FILL };
const HEADER_STYLE: CellStyle = { bold: true, fill: HEADER_FILL, fontColor: "#FFFFFF" };

export interface NotesSheetInput {
  readonly facts: TitleFacts;
  readonly rows: readonly ScorecardRow[];
  readonly commentary: readonly CommentaryLine[];
  readonly issues: readonly SheetIssue[];
  readonly reconciliation: Reconciliation;
  readonly failures: ReadonlyArray<{ readonly id: string; readonly error: CalcError }>;
  /** Indicator names by id, for failures (which have no row). */
  readonly names: ReadonlyMap<string, string>;
  /** The distributions with data this month, each shown as a small table of its bands. */
  readonly distributions?: readonly DistributionResult[];
  /** Each measure's kind, so a month-end count's withheld list names only the figures it has. */
  readonly kindOf: KindOf;
  /** The published benchmarks used, one line each, shown before the validation issues. */
  readonly benchmarks?: readonly BenchmarkCitation[];
}

/**
 * A benchmark the scorecard used, cited: its indicator and a sentence of figures, year, release and
 * table; `id` null for a line about all of them (the licence's attribution).
 */
export interface BenchmarkCitation {
  readonly id: string | null;
  readonly indicator: string;
  readonly detail: string;
}

type NoteRow = readonly [kind: string, where: string, cell: string, detail: string, code: string];

/**
 * The notes sheet: the generated commentary and its closing lists (achievements and priorities),
 * then the published benchmarks used, the validation issues and the reconciliation (one row per line of the data sheet, not per
 * month) with their cells, what was suppressed, what could not be computed, and each RAG rating's
 * reason. Every group is shown, with "None." when it is empty, so a reader knows it was checked.
 * Rows are top-aligned, so a wrapped sentence reads level with its kind and indicator.
 * @example buildNotesSheet(input).blocks[0].values[2][0] // "Commentary"
 */
export function buildNotesSheet(input: NotesSheetInput): SheetPlan {
  const styles = new StyleGrid();
  const values: PlanCell[][] = [];
  const add = (cells: readonly PlanCell[]) => {
    values.push([...cells, ...Array<PlanCell>(WIDTH - cells.length).fill("")]);
  };
  add([`Notes: ${input.facts.authority}, ${periodLabel(input.facts)}`]);
  styles.paint(0, 0, 0, 0, { bold: true, fontSize: 14, fontColor: HEADER_FILL });
  add(NOTES_COLUMNS.map((c) => c.header));
  styles.paint(1, 0, 1, WIDTH - 1, HEADER_STYLE);
  const headings = new Set<number>();
  const group = (
    heading: string,
    rows: readonly NoteRow[],
    style?: (row: NoteRow) => CellStyle | null
  ) => {
    headings.add(values.length);
    add([heading]);
    styles.paint(values.length - 1, 0, values.length - 1, WIDTH - 1, HEADING_STYLE);
    if (rows.length === 0) add(["", "", "", "None."]);
    for (const row of rows) {
      add(row);
      const extra = style?.(row) ?? null;
      if (extra !== null) styles.paint(values.length - 1, 0, values.length - 1, 0, extra);
    }
  };
  const nameOf = (id: string | null) =>
    id === null ? "" : (input.rows.find((r) => r.id === id)?.def.name ?? input.names.get(id) ?? id);

  const commentaryRow = (line: CommentaryLine): NoteRow => [
    line.topic,
    nameOf(line.indicatorId),
    "",
    line.text,
    "",
  ];
  group(
    "Commentary",
    input.commentary.filter((l) => !CLOSING_TOPICS.has(l.topic)).map(commentaryRow)
  );
  group(
    "Achievements and priorities",
    input.commentary.filter((l) => CLOSING_TOPICS.has(l.topic)).map(commentaryRow)
  );
  group(
    "Distributions",
    distributionNotes(
      input.distributions ?? [],
      input.facts.reportingMonth,
      input.facts.fyStartMonth
    )
  );
  group(
    "Benchmarks used",
    (input.benchmarks ?? []).map((b) => [
      b.id === null ? "Source" : "Benchmark",
      b.indicator,
      "",
      b.detail,
      b.id ?? "",
    ])
  );
  group("Validation issues", input.issues.map(issueRow));
  group(
    "Reconciliation with reported figures",
    reconciliationNotes(input.reconciliation, input.facts.dataSheetName, figureNames(input.rows))
  );
  group(
    "Suppressed figures",
    input.rows.flatMap((row) => {
      const hidden = withheldFigures(row, input.kindOf);
      return hidden.length === 0
        ? []
        : [["Suppressed", row.def.name, "", `Shown as c: ${hidden.join(", ")}.`, row.id] as const];
    })
  );
  group(
    "Indicators not computed",
    input.failures.map(({ id, error }) => [
      "Not computed",
      nameOf(id),
      "",
      error.detail,
      error.code,
    ])
  );
  group(
    "RAG ratings and their reasons",
    input.rows.map((row) => [row.rag.rating, row.def.name, "", row.rag.reason, row.id]),
    (row) => (isRating(row[0]) ? ragStyle(row[0]) : null)
  );

  const body = values.length;
  styles.paint(2, 0, body - 1, WIDTH - 1, { verticalAlignment: "Top" });
  styles.paint(2, 1, body - 1, 3, { wrapText: true });
  // A heading runs on across the empty cells beside it, so only the other rows wrap their kind.
  for (let r = 2; r < body; r++) if (!headings.has(r)) styles.paint(r, 0, r, 0, { wrapText: true });
  styles.paint(2, 4, body - 1, 4, { fontColor: "#595959" });
  const formats = values.map((line) =>
    line.map((cell) => (typeof cell === "string" ? TEXT_FORMAT : GENERAL_FORMAT))
  );
  return {
    role: "notes",
    preferredName: PREFERRED_SHEET_NAMES.notes,
    tabColor: "#7F7F7F",
    showGridlines: false,
    blocks: [{ row: 0, column: 0, values, numberFormats: formats }],
    styles: styles.groups(),
    columnWidths: NOTES_COLUMNS.map((c, column) => ({ column, points: c.points })),
    rowHeights: [{ row: 0, points: 22 }],
    autofitRows: [`A3:E${body}`],
    freeze: { rows: 2, columns: 0 },
    print: {
      orientation: "Landscape",
      paperSize: "A4",
      fitToPagesWide: 1,
      titleRows: "$2:$2",
      area: `A1:${String.fromCharCode(64 + NOTES_PRINTED_COLUMNS)}${body}`,
      centerHeader: `&B${headerText(input.facts.authority)}: ${SCORECARD_TITLE} (notes)`,
      rightHeader: headerText(periodLabel(input.facts)),
      leftFooter: "",
      rightFooter: "Page &P of &N",
    },
    tables: [],
    names: [],
    charts: [],
  };
}

function issueRow(issue: SheetIssue): NoteRow {
  const prefix = `${quoteSheet(issue.sheet)}!${issue.cell}: `;
  const detail = issue.message.startsWith(prefix)
    ? issue.message.slice(prefix.length)
    : issue.message;
  const kind = capitalise(issue.severity);
  return [kind, issue.sheet, issue.cell, detail, issue.code];
}

/**
 * The names a reconciliation note falls back on where a figure carries no label of the analyst's:
 * the scorecard's own indicators (the analyst's too) and the built-in measures.
 */
function figureNames(rows: readonly ScorecardRow[]): FigureNames {
  return { catalogue: Object.fromEntries(rows.map((r) => [r.id, r.def])), measures: MEASURES };
}

function isRating(text: string): text is RagRating {
  return Object.hasOwn(RAG_PALETTE, text);
}
