import { calibriWidth } from "./calibri-width";

/**
 * How tall a row must be for its wrapped text, estimated: exceljs cannot measure text, and Excel
 * only fits rows when it recalculates the layout, which a file written elsewhere never triggers.
 *
 * The model: text in Excel's default font measured with Calibri's own advance widths (see
 * calibri-width.ts), 2% wider for safety (Aptos, the newer default, runs a little wider, and a
 * renderer may space letters differently). Words wrap greedily at spaces within the column's width
 * less Excel's cell padding, a word longer than the line breaks where it must, and explicit line
 * breaks start a new line. A line is 1.36 em tall (15 pt for 11 pt text, Excel's default row), and
 * the row takes the tallest of its cells. Errs slightly tall, so that the printed scorecard never
 * clips a line, without leaving a line empty under every wrapped cell.
 */

/** Excel's left and right cell padding, in points (about 2 pixels each side at 96 dpi). */
const CELL_PADDING_POINTS = 4;
const LINE_HEIGHT_EM = 15 / 11;
const SAFETY = 1.02;

/**
 * The width of text in points at a font size, as the estimate measures it.
 * @example textWidth("Referrals", 11, false) // about 44
 */
export function textWidth(text: string, fontSize: number, bold: boolean): number {
  return calibriWidth(text, fontSize, bold) * SAFETY;
}

/**
 * The number of lines text wraps to in a column of this width.
 * @example wrappedLines("Children looked after with 3 or more placements", 120, 11, false) // 2
 */
export function wrappedLines(
  text: string,
  columnPoints: number,
  fontSize: number,
  bold: boolean
): number {
  const room = Math.max(columnPoints - CELL_PADDING_POINTS, fontSize);
  const space = textWidth(" ", fontSize, bold);
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(" ")) {
      let width = textWidth(word, fontSize, bold);
      const needed = used === 0 ? width : used + space + width;
      if (needed <= room) {
        used = needed;
        continue;
      }
      if (used > 0) lines++;
      // A word wider than the line is broken across as many lines as it fills.
      while (width > room) {
        lines++;
        width -= room;
      }
      used = width;
    }
  }
  return lines;
}

/**
 * The height in points a row needs for one cell's text: its lines at the font's line height.
 * @example rowHeightFor(2, 11) // 30
 */
export function rowHeightFor(lines: number, fontSize: number): number {
  return Math.ceil(Math.max(1, lines) * fontSize * LINE_HEIGHT_EM * 4) / 4;
}
