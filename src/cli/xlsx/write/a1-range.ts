/** A rectangle of cells, 0-based and inclusive. */
export interface CellRect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const CELL = /^\$?([A-Z]{1,3})\$?(\d+)$/i;

/**
 * A plan's A1 range ("A8:Q40", "N9") as a rectangle; the plan only writes ranges of one sheet, so
 * a sheet name here is a bug in the plan.
 * @example parseRange("B4:C27") // { top: 3, left: 1, bottom: 26, right: 2 }
 */
export function parseRange(address: string): CellRect {
  const [from = "", to = from] = address.split(":");
  const start = parseCell(from);
  const end = parseCell(to);
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}

function parseCell(address: string): { row: number; column: number } {
  const match = CELL.exec(address);
  if (match === null) throw new Error(`the plan's address "${address}" is not an A1 cell`);
  let column = 0;
  for (const letter of (match[1] ?? "").toUpperCase())
    column = column * 26 + letter.charCodeAt(0) - 64;
  return { row: Number(match[2]) - 1, column: column - 1 };
}

/**
 * An A1 range made absolute, as Excel writes references in names and charts.
 * @example absoluteRange("B4:B27") // "$B$4:$B$27"
 * @example absoluteRange("$8:$8") // "$8:$8"
 */
export function absoluteRange(address: string): string {
  return address
    .split(":")
    .map((part) =>
      part.replace(/^\$?([A-Z]{1,3})\$?(\d+)$/i, "$$$1$$$2").replace(/^(\d+)$/, "$$$1")
    )
    .join(":");
}

/**
 * A reference to a range of a sheet, the name quoted as Excel always accepts it.
 * @example sheetReference("Scorecard charts", "B4:B27") // "'Scorecard charts'!$B$4:$B$27"
 */
export function sheetReference(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${absoluteRange(address)}`;
}
