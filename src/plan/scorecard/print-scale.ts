import { DEFAULT_COLUMN_POINTS } from "../charts/chart-grid";
import type { ColumnWidth, PageMargins, PaperSize, PrintSettings } from "../plan-types";

/** Paper sizes in points, portrait (width, height): ISO 216 and US Letter. */
export const PAPER_POINTS: Readonly<Record<PaperSize, { width: number; height: number }>> = {
  A4: { width: 595.28, height: 841.89 },
  A3: { width: 841.89, height: 1190.55 },
  Letter: { width: 612, height: 792 },
};

/** Excel's "Normal" margins, used where a sheet sets none: 0.7 inch left and right. */
export const NORMAL_MARGINS: PageMargins = {
  left: 50.4,
  right: 50.4,
  top: 54,
  bottom: 54,
  header: 21.6,
  footer: 21.6,
};

/** Excel's "Narrow" margins: 0.25 inch left and right, 0.75 top and bottom, 0.3 for header and footer. */
export const NARROW_MARGINS: PageMargins = {
  left: 18,
  right: 18,
  top: 54,
  bottom: 54,
  header: 21.6,
  footer: 21.6,
};

/**
 * The width a page leaves for the sheet between its left and right margins, in points.
 * @example printableWidth({ orientation: "Landscape", paperSize: "A4" }) // 741.09 (Normal margins)
 */
export function printableWidth(
  print: Pick<PrintSettings, "orientation" | "paperSize" | "margins">
): number {
  const paper = PAPER_POINTS[print.paperSize];
  const across = print.orientation === "Landscape" ? paper.height : paper.width;
  const margins = print.margins ?? NORMAL_MARGINS;
  return across - margins.left - margins.right;
}

/**
 * The scale, in whole percent, at which Excel prints columns this wide when told to fit them to
 * N pages wide: the largest whole percent at which they fit, never above 100 (fitting never
 * enlarges) nor below Excel's least, 10.
 * @param columnPoints the widths of the printed columns, in points
 * @example printedScale([1390], { orientation: "Landscape", paperSize: "A4", fitToPagesWide: 1 }) // 53
 */
export function printedScale(
  columnPoints: readonly number[],
  print: Pick<PrintSettings, "orientation" | "paperSize" | "margins" | "fitToPagesWide">
): number {
  const content = columnPoints.reduce((sum, points) => sum + points, 0);
  if (content <= 0) return 100;
  const room = printableWidth(print) * Math.max(1, print.fitToPagesWide);
  const fit = Math.floor((100 * room) / content + 1e-9);
  return Math.max(10, Math.min(100, fit));
}

/**
 * The widths of the columns a print area prints, left to right: its columns that are not hidden
 * (a hidden column prints nothing and takes no room), at Excel's default width where none is set.
 * @param columns the print area's first and last columns, 0-based
 * @example printedColumnPoints([{ column: 0, points: 120 }, { column: 1, points: 54, hidden: true }], { left: 0, right: 2 }) // [120, 48]
 */
export function printedColumnPoints(
  widths: readonly ColumnWidth[],
  columns: { readonly left: number; readonly right: number }
): number[] {
  const byColumn = new Map(widths.map((w) => [w.column, w]));
  const points: number[] = [];
  for (let c = columns.left; c <= columns.right; c++) {
    const width = byColumn.get(c);
    if (width?.hidden !== true) points.push(width?.points ?? DEFAULT_COLUMN_POINTS);
  }
  return points;
}
