import type { PrintSettings } from "../plan-types";
import { PAPER_POINTS, NORMAL_MARGINS } from "./print-scale";

const PAGE_ALLOWANCE = 0.99;

/** One printed row as pagination sees it: its height on the sheet, and whether it heads a stage. */
export interface PrintedRow {
  readonly points: number;
  readonly heading: boolean;
}

/** How much of the sheet a printed page holds, in the sheet's points (before the print scale). */
export interface PageRoom {
  /** The sheet's points one page holds between its top and bottom margins. */
  readonly page: number;
  /** The rows repeated at the top of every page after the first (the table's header). */
  readonly repeated: number;
}

/**
 * The room a page leaves for the sheet: the paper's height less the top and bottom margins (the
 * header and footer print inside them), divided by the print scale, since a page printed at 81 %
 * holds 100/81 as much of the sheet; less a hundredth.
 * @example pageRoom({ orientation: "Landscape", paperSize: "A4", margins: NARROW_MARGINS }, 81, 56).page // 595.6
 */
export function pageRoom(
  print: Pick<PrintSettings, "orientation" | "paperSize" | "margins">,
  scalePercent: number,
  repeated: number
): PageRoom {
  const paper = PAPER_POINTS[print.paperSize];
  const down = print.orientation === "Landscape" ? paper.width : paper.height;
  const margins = print.margins ?? NORMAL_MARGINS;
  const page = ((down - margins.top - margins.bottom) * 100) / scalePercent;
  // A point in a hundred is kept in hand for a renderer's rounding of heights to its pixels.
  return { page: page * PAGE_ALLOWANCE, repeated };
}

/**
 * The pages rows print on, as the index of each page's first row, given the rows a manual break
 * starts a page at: a page takes rows while they fit (after the repeated header on every page but
 * the first), as Excel's and LibreOffice's automatic breaks do; a row taller than a whole page
 * starts one and overflows it, as there it has nowhere else to go.
 * @example pageStarts([{ points: 300, heading: false }, { points: 300, heading: false }], { page: 500, repeated: 0 }) // [0, 1]
 */
export function pageStarts(
  rows: readonly PrintedRow[],
  room: PageRoom,
  breaks: readonly number[] = []
): number[] {
  const manual = new Set(breaks);
  const starts: number[] = [];
  let left = 0;
  rows.forEach((row, i) => {
    const first = starts.length === 0;
    if (first || manual.has(i) || row.points > left) {
      starts.push(i);
      left = room.page - (first ? 0 : room.repeated);
    }
    left -= row.points;
  });
  return starts;
}

/**
 * The manual page breaks that keep every stage's heading with its first indicator: where a page
 * would end on a heading, the heading starts the next page instead, and the pages after it are
 * laid out again from there. A heading is left where it is when it starts its page already, or
 * when it and the row under it would not fit a page together: moving it would only leave it
 * alone at the foot of the next page. Pure, so the same rows always break alike.
 * @returns the indexes of the rows a manual break must start a page at, in order
 * @example headingBreaks([row(100), row(100), heading, row(100)], { page: 220, repeated: 0 }) // [2]
 */
export function headingBreaks(rows: readonly PrintedRow[], room: PageRoom): number[] {
  const breaks: number[] = [];
  const movable = (heading: number) =>
    (rows[heading]?.points ?? 0) + (rows[heading + 1]?.points ?? 0) <= room.page - room.repeated;
  for (;;) {
    const starts = pageStarts(rows, room, breaks);
    const orphan = starts.find((start, p) => {
      const page = starts[p - 1];
      const last = start - 1;
      return page !== undefined && last > page && rows[last]?.heading === true && movable(last);
    });
    if (orphan === undefined) return breaks;
    // The heading (the row before the page's first) moves down; everything above stays as it was.
    breaks.push(orphan - 1);
    breaks.sort((a, b) => a - b);
  }
}

/**
 * Every page's first row after the first page, headings kept with their indicators (see
 * headingBreaks), as the manual breaks a sheet is given. Every break is manual because renderers
 * fit different amounts on a page: LibreOffice sizes a column by its font's true digit width where
 * Excel takes a whole 7 pixels, so it prints the columns about 7 % wider, at a smaller scale, and
 * fits more rows on a page. Pages laid out for Excel fit LibreOffice's too, so with every break
 * given, both print the same pages and neither breaks under a heading of its own accord.
 * @example pageBreaks(rows, room) // [19, 50]: the 0-based rows pages 2 and 3 start at
 */
export function pageBreaks(rows: readonly PrintedRow[], room: PageRoom): number[] {
  return pageStarts(rows, room, headingBreaks(rows, room)).slice(1);
}
