import { excelError } from "./errors";

/** Excel's grid: 1,048,576 rows by 16,384 columns (A..XFD). */
export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** A rectangle of cells, zero-based and inclusive on both ends. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** An A1 reference split into its optional sheet name and its rectangle. */
export interface ParsedAddress {
  sheet?: string;
  rect: Rect;
}

/**
 * Column letters for a zero-based column index.
 * @example
 * columnLetters(0); // "A"
 * columnLetters(27); // "AB"
 */
export function columnLetters(index: number): string {
  let letters = "";
  let n = index + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * Zero-based column index for column letters (any case).
 * @example
 * columnIndex("XFD"); // 16383
 */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * Number of cells in a rectangle.
 * @example
 * rectCellCount({ top: 0, left: 0, bottom: 1, right: 2 }); // 6
 */
export function rectCellCount(rect: Rect): number {
  return (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
}

const PLAIN_SHEET_NAME = /^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*$/;
const CELL_LIKE = /^([A-Za-z]{1,3})(\d+)$/;
const R1C1_LIKE = /^[Rr]\d*([Cc]\d*)?$|^[Cc]\d*$/;

function looksLikeCellReference(text: string): boolean {
  const m = CELL_LIKE.exec(text);
  if (m && columnIndex(m[1] ?? "") < MAX_COLUMNS) return true;
  return R1C1_LIKE.test(text);
}

/**
 * A sheet name as Excel writes it before "!": quoted (apostrophes doubled) unless it is a plain word.
 * @example
 * quoteSheetName("CSC Data"); // "'CSC Data'"
 * quoteSheetName("Sheet1"); // "Sheet1"
 */
export function quoteSheetName(name: string): string {
  if (PLAIN_SHEET_NAME.test(name) && !looksLikeCellReference(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * The A1 text of a rectangle, without a sheet: whole rows and columns in Excel's "1:3" / "A:C" form.
 * @example
 * formatRect({ top: 0, left: 0, bottom: 2, right: 2 }); // "A1:C3"
 */
export function formatRect(rect: Rect): string {
  if (rect.left === 0 && rect.right === MAX_COLUMNS - 1)
    return `${rect.top + 1}:${rect.bottom + 1}`;
  if (rect.top === 0 && rect.bottom === MAX_ROWS - 1) {
    return `${columnLetters(rect.left)}:${columnLetters(rect.right)}`;
  }
  const first = `${columnLetters(rect.left)}${rect.top + 1}`;
  if (rect.top === rect.bottom && rect.left === rect.right) return first;
  return `${first}:${columnLetters(rect.right)}${rect.bottom + 1}`;
}

/**
 * Excel's `range.address`: quoted sheet name, "!", then the rectangle.
 * @example
 * formatAddress("CSC Data", { top: 0, left: 0, bottom: 2, right: 2 }); // "'CSC Data'!A1:C3"
 */
export function formatAddress(sheet: string, rect: Rect): string {
  return `${quoteSheetName(sheet)}!${formatRect(rect)}`;
}

/**
 * The absolute form Excel uses in a name's formula ("Sheet1!$A$1:$B$2").
 * @example
 * formatAbsoluteAddress("Sheet1", { top: 0, left: 0, bottom: 1, right: 1 }); // "Sheet1!$A$1:$B$2"
 */
export function formatAbsoluteAddress(sheet: string, rect: Rect): string {
  const text = formatRect(rect).replace(/([A-Z]+)?(\d+)?/g, (whole, col?: string, row?: string) => {
    if (whole === "") return "";
    return `${col === undefined ? "" : `$${col}`}${row === undefined ? "" : `$${row}`}`;
  });
  return `${quoteSheetName(sheet)}!${text}`;
}

function splitSheet(address: string): { sheet?: string; ref: string } {
  const text = address.trim();
  if (text.startsWith("'")) {
    let i = 1;
    let name = "";
    while (i < text.length) {
      const ch = text[i];
      if (ch === "'" && text[i + 1] === "'") {
        name += "'";
        i += 2;
      } else if (ch === "'") {
        break;
      } else {
        name += ch;
        i += 1;
      }
    }
    if (text[i + 1] !== "!") return { ref: "\u0000" };
    return { sheet: name, ref: text.slice(i + 2) };
  }
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { ref: text };
  return { sheet: text.slice(0, bang), ref: text.slice(bang + 1) };
}

type Corner = { row?: number; col?: number };

function parseCorner(text: string): Corner | undefined {
  const m = /^\$?([A-Za-z]{1,3})?\$?(\d{1,7})?$/.exec(text);
  if (!m || (m[1] === undefined && m[2] === undefined)) return undefined;
  const corner: Corner = {};
  if (m[1] !== undefined) corner.col = columnIndex(m[1]);
  if (m[2] !== undefined) corner.row = Number(m[2]) - 1;
  return corner;
}

function inBounds(rect: Rect): boolean {
  return (
    rect.top >= 0 &&
    rect.left >= 0 &&
    rect.bottom < MAX_ROWS &&
    rect.right < MAX_COLUMNS &&
    rect.top <= rect.bottom &&
    rect.left <= rect.right
  );
}

function rectFromCorners(a: Corner, b: Corner): Rect | undefined {
  const bothCells =
    a.row !== undefined && a.col !== undefined && b.row !== undefined && b.col !== undefined;
  const bothCols =
    a.row === undefined && b.row === undefined && a.col !== undefined && b.col !== undefined;
  const bothRows =
    a.col === undefined && b.col === undefined && a.row !== undefined && b.row !== undefined;
  if (!bothCells && !bothCols && !bothRows) return undefined;
  const r1 = a.row ?? 0;
  const r2 = b.row ?? MAX_ROWS - 1;
  const c1 = a.col ?? 0;
  const c2 = b.col ?? MAX_COLUMNS - 1;
  const rect = {
    top: Math.min(r1, r2),
    bottom: Math.max(r1, r2),
    left: Math.min(c1, c2),
    right: Math.max(c1, c2),
  };
  return inBounds(rect) ? rect : undefined;
}

/**
 * Parses an A1 reference ("B2:D10", "Sheet1!A1:B2", "'CSC Data'!A1", "A:C", "1:3"), or returns
 * undefined when Excel would reject it.
 * @example
 * tryParseAddress("'CSC Data'!A1:B2"); // { sheet: "CSC Data", rect: { top: 0, left: 0, bottom: 1, right: 1 } }
 */
export function tryParseAddress(address: string): ParsedAddress | undefined {
  const { sheet, ref } = splitSheet(address);
  const parts = ref.split(":");
  if (parts.length > 2) return undefined;
  const a = parseCorner(parts[0] ?? "");
  const b = parts.length === 2 ? parseCorner(parts[1] ?? "") : a;
  if (!a || !b) return undefined;
  if (parts.length === 1 && (a.row === undefined || a.col === undefined)) return undefined;
  const rect = rectFromCorners(a, b);
  if (!rect) return undefined;
  return sheet === undefined ? { rect } : { sheet, rect };
}

/**
 * Parses an A1 reference or throws Excel's InvalidArgument error.
 * @example
 * parseAddress("A1:C3").rect.bottom; // 2
 */
export function parseAddress(address: string, location = "Range"): ParsedAddress {
  const parsed = tryParseAddress(address);
  if (!parsed)
    throw excelError("InvalidArgument", location, `'${address}' is not a valid range address.`);
  return parsed;
}

/**
 * Whether two rectangles share at least one cell.
 * @example
 * rectsOverlap({ top: 0, left: 0, bottom: 1, right: 1 }, { top: 1, left: 1, bottom: 2, right: 2 }); // true
 */
export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/**
 * Whether `outer` contains every cell of `inner`.
 * @example
 * rectContains({ top: 0, left: 0, bottom: 9, right: 9 }, { top: 2, left: 2, bottom: 3, right: 3 }); // true
 */
export function rectContains(outer: Rect, inner: Rect): boolean {
  return (
    outer.top <= inner.top &&
    outer.left <= inner.left &&
    outer.bottom >= inner.bottom &&
    outer.right >= inner.right
  );
}
