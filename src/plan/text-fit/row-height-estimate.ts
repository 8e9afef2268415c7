import { calibriWidth } from "./calibri-width";

/**
 * How tall a row must be for its wrapped text, estimated: exceljs cannot measure text, and Excel
 * only fits rows when it recalculates the layout, which a file written elsewhere never triggers.
 * The plan estimates the scorecard's rows with it too, to know where its printed pages break.
 *
 * The model is Excel's on Windows at 100 %, the strictest of the renderers: text in the default
 * font measured with Calibri's own advance widths (see calibri-width.ts), 2% wider, because GDI
 * draws 11 pt text at a whole 15 pixels to the em rather than 14.67 (2.3% wider), within the
 * column's width less Excel's cell padding (5 pixels, 3.75 pt; 4 pt here, which with the 2% gives
 * Excel's own line to a tenth of a point at 11 pt). Words wrap greedily at spaces and after a hyphen
 * inside a word ("up-" / "to-date", where both Excel and LibreOffice may break; LibreOffice breaks
 * after an en dash too, "450–" / "650", but Excel is not known to, so a band is one word here), a
 * word longer than the line breaks where it must, and explicit line breaks start a new line. A line is 1.36 em tall (15 pt
 * for 11 pt text, Excel's default row and its pitch for wrapped lines), and the row takes the
 * tallest of its cells. So Excel never clips a line; LibreOffice, which prints Calibri with Carlito
 * (the same widths, kerned) at a line pitch of about 1.02 em, shows a little room under the text.
 */

/** Excel's left and right cell padding, in points (about 2 pixels each side at 96 dpi). */
const CELL_PADDING_POINTS = 4;
const LINE_HEIGHT_EM = 15 / 11;
const SAFETY = 1.02;
/** After a hyphen that follows a letter or digit a line may break ("up-to-date"); not in "-2.1". */
const AFTER_HYPHEN = /(?<=[^\s-]-)(?=[^\s-])/u;

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
      word.split(AFTER_HYPHEN).forEach((piece, i) => {
        // A word's first piece follows a space; the pieces after a hyphen follow it directly.
        const gap = i === 0 && used > 0 ? space : 0;
        let width = textWidth(piece, fontSize, bold);
        if (used + gap + width <= room) {
          used += gap + width;
          return;
        }
        if (used > 0) lines++;
        // A piece wider than the line is broken across as many lines as it fills.
        while (width > room) {
          lines++;
          width -= room;
        }
        used = width;
      });
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
