import {
  columnIndex,
  columnLetters,
  MAX_COLUMNS,
  MAX_ROWS,
  type Rect,
  rectContains,
  rectsOverlap,
} from "./a1";
import type { CellValue } from "./cell-value";
import { excelError } from "./errors";
import { ALL_FORMAT_ATTRIBUTES, defaultFormat, type FormatAttribute } from "./format-attributes";
import { tokenize, untokenize } from "./formula-tokens";
import { checkUnprotected } from "./protection";
import type { SheetState, WorkbookState } from "./workbook-state";

/** `Excel.RangeCopyType` values the model copies; "Link" is ExcelApiOnline's and not modelled. */
export const COPY_TYPES = ["All", "Formulas", "Values", "Formats"] as const;
export type CopyType = (typeof COPY_TYPES)[number];

interface CopiedCell {
  value: CellValue;
  formula: string | undefined;
  formats: Map<FormatAttribute, string | number | boolean>;
}

/**
 * `Range.copyFrom` (ExcelApi 1.9, https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-copyfrom-member(1)):
 * "Copies cell data or formatting from the source range ... to the current range. The destination
 * range can be a different size than the source range ... The destination is expanded automatically
 * if it's smaller than the source", and, "like the copy functionality in the Excel UI, if the
 * destination range is an exact multiple greater than the source range in either rows or columns,
 * then the source content is replicated multiple times" (also OfficeDev/office-js#2674,
 * https://github.com/OfficeDev/office-js/issues/2674). `copyType` "All" (the default) copies
 * contents and formats, "Formulas" formulas and constants, "Values" what the cells show, "Formats"
 * the formatting; `skipBlanks` leaves the destination cell alone where the source is blank;
 * `transpose` swaps rows and columns. Relative references in copied formulas move with the cells,
 * as the UI's paste (which the method replicates) moves them.
 *
 * Where the documentation is silent the model assumes, and docs/excel-checks/in-place-rewrite.yaml
 * checks in Excel: a destination larger than the source but no exact multiple takes one copy; column
 * widths and row heights are not copied; a table under the destination keeps its name and range, and
 * its header cells take the copied text. What Excel does with a source that holds a whole table
 * (perhaps a new table at the destination, as a paste in the UI may make) is not modelled: the model
 * refuses it, so code must never depend on it. Merged cells and conditional formats in the copy are
 * refused the same way.
 * @example copyCells(state, { sheet: t, rect: e }, { sheet: p, rect: e }, "All", false, false, "Range.copyFrom");
 */
export function copyCells(
  state: WorkbookState,
  source: { sheet: SheetState; rect: Rect },
  destination: { sheet: SheetState; rect: Rect },
  copyType: CopyType,
  skipBlanks: boolean,
  transpose: boolean,
  location: string
): void {
  if (!COPY_TYPES.includes(copyType)) {
    throw excelError(
      "InvalidArgument",
      location,
      `'${String(copyType)}' is not a copy type the model copies.`
    );
  }
  checkUnprotected(destination.sheet, location);
  const { rect: from } = source;
  refuseUnmodelled(state, source.sheet, from, location);
  const height = (transpose ? from.right - from.left : from.bottom - from.top) + 1;
  const width = (transpose ? from.bottom - from.top : from.right - from.left) + 1;
  const to = destination.rect;
  const times = (given: number, size: number) =>
    given > size && given % size === 0 ? given / size : 1;
  const rows = height * times(to.bottom - to.top + 1, height);
  const columns = width * times(to.right - to.left + 1, width);
  if (to.top + rows > MAX_ROWS || to.left + columns > MAX_COLUMNS) {
    throw excelError("InvalidArgument", location, "The copy would fall outside the worksheet.");
  }
  const sourceAreas = source.sheet.cells.hasAreaFormatIn(from);
  const target = {
    top: to.top,
    left: to.left,
    bottom: to.top + rows - 1,
    right: to.left + columns - 1,
  };
  refuseUnmodelled(state, destination.sheet, target, location, false);
  const targetAreas = destination.sheet.cells.hasAreaFormatIn(target);
  // Read every source cell before writing, so a copy onto an overlapping range reads the original.
  const copied: CopiedCell[][] = [];
  for (let r = 0; r < height; r += 1) {
    const line: CopiedCell[] = [];
    for (let c = 0; c < width; c += 1) {
      const row = from.top + (transpose ? c : r);
      const col = from.left + (transpose ? r : c);
      // A cell that holds nothing of its own, under no area formatting, has every default.
      const formats = new Map<FormatAttribute, string | number | boolean>();
      if (sourceAreas || source.sheet.cells.holds(row, col)) {
        for (const attribute of ALL_FORMAT_ATTRIBUTES) {
          const value = source.sheet.cells.format(row, col, attribute);
          if (value !== defaultFormat(attribute)) formats.set(attribute, value);
        }
      }
      line.push({
        value: source.sheet.cells.value(row, col),
        formula: source.sheet.cells.formula(row, col),
        formats,
      });
    }
    copied.push(line);
  }
  const cells = destination.sheet.cells;
  for (let r = 0; r < rows; r += 1) {
    for (let c = 0; c < columns; c += 1) {
      const cell = copied[r % height]?.[c % width];
      if (cell === undefined) continue;
      const row = to.top + r;
      const col = to.left + c;
      if (skipBlanks && cell.value === "" && cell.formula === undefined) continue;
      if (copyType !== "Formats") {
        const sourceRow = from.top + (transpose ? c % width : r % height);
        const sourceCol = from.left + (transpose ? r % height : c % width);
        if (copyType !== "Values" && cell.formula !== undefined) {
          cells.setFormula(
            row,
            col,
            shiftFormula(cell.formula, row - sourceRow, col - sourceCol),
            cell.value
          );
        } else if (cell.value === "") {
          cells.clearContents({ top: row, left: col, bottom: row, right: col });
        } else cells.setConstant(row, col, cell.value);
      }
      if (copyType === "All" || copyType === "Formats") {
        if (cell.formats.size === 0 && !targetAreas && !cells.holds(row, col)) continue;
        for (const attribute of ALL_FORMAT_ATTRIBUTES) {
          cells.writeCellFormat(
            row,
            col,
            attribute,
            cell.formats.get(attribute) ?? defaultFormat(attribute)
          );
        }
      }
    }
  }
}

function refuseUnmodelled(
  state: WorkbookState,
  sheet: SheetState,
  rect: Rect,
  location: string,
  asSource = true
): void {
  const problem =
    asSource && state.tables.some((t) => t.sheetId === sheet.id && rectContains(rect, t.rect))
      ? "a source holding a whole table"
      : sheet.merged.some((m) => rectsOverlap(m, rect))
        ? "merged cells"
        : sheet.conditionalFormats.some((f) => rectsOverlap(f.rect, rect))
          ? "conditional formats"
          : undefined;
  // A test bug, not an Excel error: the documentation does not say what Excel does.
  if (problem !== undefined) throw new Error(`${location}: the model does not copy ${problem}.`);
}

/**
 * A formula's relative references moved by the copy's offset; absolute parts ("$B$3") stay, and
 * a reference moved off the grid becomes #REF!.
 * @example shiftFormula("=A1+$B$1", 1, 2) // "=C2+$B$1"
 */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  const tokens = tokenize(formula).map((token) => {
    if (token.kind !== "cell") return token;
    const m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/.exec(token.text);
    if (m === null) return token;
    const col = m[1] === "$" ? columnIndex(m[2] ?? "") : columnIndex(m[2] ?? "") + columns;
    const row = m[3] === "$" ? Number(m[4]) : Number(m[4]) + rows;
    if (col < 0 || col >= MAX_COLUMNS || row < 1 || row > MAX_ROWS) {
      return { kind: "other" as const, text: "#REF!" };
    }
    return { kind: "cell" as const, text: `${m[1] ?? ""}${columnLetters(col)}${m[3] ?? ""}${row}` };
  });
  return untokenize(tokens);
}
