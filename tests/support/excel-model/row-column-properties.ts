import { formatAddress, MAX_COLUMNS, MAX_ROWS, type Rect } from "./a1";
import { excelError } from "./errors";
import { checkUnprotected } from "./protection";
import {
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  setColumnWidth,
  setRowHeight,
} from "./line-sizes";
import type { SheetState } from "./workbook-state";

/*
 * `Range.getRowProperties` / `getColumnProperties` and `setRowProperties` / `setColumnProperties`
 * (ExcelApi 1.9, https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getrowproperties-member(1)):
 * "a single-dimensional array, encapsulating the data for each row['s] ... properties", and its
 * setter, "an array that represents which properties to set in each row". The model knows a row's
 * index, address, height and whether it has the standard height (and the same of columns, and
 * whether a column is hidden: `columnHidden` of ColumnPropertiesLoadOptions and
 * SettableColumnProperties, https://learn.microsoft.com/javascript/api/excel/excel.settablecolumnproperties); it
 * refuses any other property rather than guess, and an array whose length is not the range's
 * number of rows (columns), which the documentation does not settle.
 */

type Axis = "rows" | "columns";

export interface LineLoadOptions {
  rowIndex?: boolean;
  columnIndex?: boolean;
  columnHidden?: boolean;
  address?: boolean;
  format?: {
    rowHeight?: boolean;
    columnWidth?: boolean;
    useStandardHeight?: boolean;
    useStandardWidth?: boolean;
  };
}

export interface LineProperties {
  rowIndex?: number;
  columnIndex?: number;
  columnHidden?: boolean;
  address?: string;
  format?: {
    rowHeight?: number;
    columnWidth?: number;
    useStandardHeight?: boolean;
    useStandardWidth?: boolean;
  };
}

const KNOWN: Record<Axis, { own: string[]; format: string[] }> = {
  rows: { own: ["rowIndex", "address", "format"], format: ["rowHeight", "useStandardHeight"] },
  columns: {
    own: ["columnIndex", "columnHidden", "address", "format"],
    format: ["columnWidth", "useStandardWidth"],
  },
};

function refuseUnknown(axis: Axis, given: object, location: string): void {
  const known = KNOWN[axis];
  const unknown = [
    ...Object.keys(given).filter((k) => !known.own.includes(k)),
    ...Object.keys((given as { format?: object }).format ?? {}).filter(
      (k) => !known.format.includes(k)
    ),
  ];
  // A test bug, not an Excel error: the model does not know those properties.
  if (unknown.length > 0)
    throw new Error(`${location}: the model does not know ${unknown.join(", ")}.`);
}

function lines(rect: Rect, axis: Axis): number[] {
  const [from, to] = axis === "rows" ? [rect.top, rect.bottom] : [rect.left, rect.right];
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/**
 * Each row's (column's) properties, as `getRowProperties` (`getColumnProperties`) returns them.
 * @example lineProperties(sheet, rect, "rows", { format: { rowHeight: true } }) // [{ format: { rowHeight: 24 } }, ...]
 */
export function lineProperties(
  sheet: SheetState,
  rect: Rect,
  axis: Axis,
  options: LineLoadOptions,
  location: string
): LineProperties[] {
  refuseUnknown(axis, options, location);
  const sizes = axis === "rows" ? sheet.cells.rowHeights : sheet.cells.columnWidths;
  const standard = axis === "rows" ? DEFAULT_ROW_HEIGHT : DEFAULT_COLUMN_WIDTH;
  return lines(rect, axis).map((index) => {
    const out: LineProperties = {};
    const line: Rect =
      axis === "rows"
        ? { top: index, bottom: index, left: 0, right: MAX_COLUMNS - 1 }
        : { top: 0, bottom: MAX_ROWS - 1, left: index, right: index };
    if (options.rowIndex === true && axis === "rows") out.rowIndex = index;
    if (options.columnIndex === true && axis === "columns") out.columnIndex = index;
    if (options.address === true) out.address = formatAddress(sheet.name, line);
    if (options.columnHidden === true && axis === "columns")
      out.columnHidden = sheet.cells.hiddenColumns.has(index);
    const size = sizes.get(index) ?? standard;
    const format = options.format ?? {};
    const shown: NonNullable<LineProperties["format"]> = {};
    if (format.rowHeight === true) shown.rowHeight = size;
    if (format.columnWidth === true) shown.columnWidth = size;
    if (format.useStandardHeight === true) shown.useStandardHeight = size === standard;
    if (format.useStandardWidth === true) shown.useStandardWidth = size === standard;
    if (Object.keys(shown).length > 0) out.format = shown;
    return out;
  });
}

/**
 * Sets each row's (column's) height (width), or gives it the standard one, as `setRowProperties`
 * (`setColumnProperties`) does; a line whose entry sets nothing is left alone.
 * @example applyLineProperties(sheet, rect, "rows", [{ format: { rowHeight: 24 } }], "Range.setRowProperties");
 */
export function applyLineProperties(
  sheet: SheetState,
  rect: Rect,
  axis: Axis,
  data: readonly LineProperties[],
  location: string
): void {
  checkUnprotected(sheet, location);
  const indexes = lines(rect, axis);
  if (!Array.isArray(data) || data.length !== indexes.length) {
    throw excelError(
      "InvalidArgument",
      location,
      `The array has ${Array.isArray(data) ? data.length : "no"} entries for ${indexes.length} ${axis}.`
    );
  }
  const sizes = axis === "rows" ? sheet.cells.rowHeights : sheet.cells.columnWidths;
  const limit = axis === "rows" ? 409 : 1789;
  data.forEach((entry, i) => {
    refuseUnknown(axis, entry, location);
    const index = indexes[i] ?? 0;
    if (axis === "columns" && entry.columnHidden !== undefined) {
      if (entry.columnHidden) sheet.cells.hiddenColumns.add(index);
      else sheet.cells.hiddenColumns.delete(index);
    }
    const format = entry.format ?? {};
    const size = axis === "rows" ? format.rowHeight : format.columnWidth;
    const standard = axis === "rows" ? format.useStandardHeight : format.useStandardWidth;
    if (standard === true) sizes.delete(index);
    if (size === undefined) return;
    if (typeof size !== "number" || !Number.isFinite(size) || size < 0 || size > limit) {
      throw excelError("InvalidArgument", location, `${String(size)} is not a size Excel takes.`);
    }
    if (axis === "rows") setRowHeight(sheet.cells, index, size);
    else setColumnWidth(sheet.cells, index, size);
  });
}
