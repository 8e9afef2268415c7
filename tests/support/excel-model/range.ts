import {
  formatAddress,
  MAX_COLUMNS,
  MAX_ROWS,
  parseAddress,
  type Rect,
  rectCellCount,
  rectContains,
  rectsOverlap,
} from "./a1";
import { valueTypeOf } from "./cell-value";
import { readGrid, writeContents, writeNumberFormats } from "./cell-writes";
import type { CellsLocator } from "./cells-target";
import { EntityRef, ModelObject, ModelResult } from "./client-object";
import { ConditionalFormatCollection } from "./conditional-format";
import { excelError } from "./errors";
import { ALL_FORMAT_ATTRIBUTES } from "./format-attributes";
import { mergeCells, unmergeCells } from "./merge";
import { COPY_TYPES, copyCells, type CopyType } from "./range-copy";
import { RangeFormat } from "./range-format";
import { type RequestQueue, utf8Length } from "./request-context";
import {
  applyLineProperties,
  type LineLoadOptions,
  type LineProperties,
  lineProperties,
} from "./row-column-properties";
import type { SheetState } from "./workbook-state";
import { Worksheet } from "./worksheet";

/** A range's cells at sync time: a sheet and one rectangle. */
export interface RangeTarget {
  sheet: SheetState;
  rect: Rect;
}

/** Finds a range's cells at sync time; undefined makes it a null object. */
export type RangeLocator = () => RangeTarget | undefined;

function onGrid(rect: Rect, location: string): Rect {
  if (
    rect.top < 0 ||
    rect.left < 0 ||
    rect.bottom >= MAX_ROWS ||
    rect.right >= MAX_COLUMNS ||
    rect.top > rect.bottom ||
    rect.left > rect.right
  ) {
    throw excelError(
      "InvalidArgument",
      location,
      "The resulting range would fall outside the worksheet."
    );
  }
  return rect;
}

function integer(value: unknown, location: string): number {
  if (typeof value !== "number" || !Number.isInteger(value)) {
    throw excelError("InvalidArgument", location, `${String(value)} is not a whole number.`);
  }
  return value;
}

/**
 * Excel's Range: a rectangle of one sheet. Navigation methods return new proxies without a round
 * trip; `values`, `formulas` and `numberFormat` writes are checked against the shape at sync.
 */
export class Range extends ModelObject {
  private formatProxy?: RangeFormat;
  private conditionalProxy?: ConditionalFormatCollection;
  private worksheetProxy?: Worksheet;

  constructor(
    queue: RequestQueue,
    private readonly locate: RangeLocator,
    location = "Range"
  ) {
    super(queue, location);
  }

  /** The sheet and rectangle this range stands for in the current sync. */
  target(): RangeTarget {
    const found = this.perSync(this.locate);
    if (!found) throw excelError("ItemNotFound", this.location, "The range does not exist.");
    return found;
  }

  protected override isNull(): boolean {
    return this.perSync(this.locate) === undefined;
  }

  private readonly cells: CellsLocator = () => {
    const { sheet, rect } = this.target();
    return { sheet, rects: [rect] };
  };

  get format(): RangeFormat {
    return (this.formatProxy ??= new RangeFormat(this.queue, this.cells));
  }

  get conditionalFormats(): ConditionalFormatCollection {
    return (this.conditionalProxy ??= new ConditionalFormatCollection(this.queue, this.cells));
  }

  get worksheet(): Worksheet {
    return (this.worksheetProxy ??= new Worksheet(
      this.queue,
      new EntityRef(
        () => this.target().sheet,
        (sheet) => this.queue.state.sheets.includes(sheet),
        () => excelError("ItemNotFound", "Range.worksheet")
      )
    ));
  }

  protected override children() {
    return {
      format: this.format,
      worksheet: this.worksheet,
      conditionalFormats: this.conditionalFormats,
    };
  }

  protected scalars() {
    const t = () => this.target();
    const grid =
      <T>(name: string, read: (sheet: SheetState, row: number, col: number) => T) =>
      () => {
        const { sheet, rect } = t();
        return readGrid(rect, (row, col) => read(sheet, row, col), `Range.${name}`);
      };
    const formulaOf = (sheet: SheetState, row: number, col: number) =>
      sheet.cells.formula(row, col) ?? sheet.cells.value(row, col);
    const formatOf = (sheet: SheetState, row: number, col: number) =>
      String(sheet.cells.format(row, col, "numberFormat"));
    return {
      address: () => formatAddress(t().sheet.name, t().rect),
      addressLocal: () => formatAddress(t().sheet.name, t().rect),
      cellCount: () => rectCellCount(t().rect),
      rowCount: () => t().rect.bottom - t().rect.top + 1,
      columnCount: () => t().rect.right - t().rect.left + 1,
      rowIndex: () => t().rect.top,
      columnIndex: () => t().rect.left,
      isEntireColumn: () => t().rect.top === 0 && t().rect.bottom === MAX_ROWS - 1,
      isEntireRow: () => t().rect.left === 0 && t().rect.right === MAX_COLUMNS - 1,
      values: grid("values", (sheet, row, col) => sheet.cells.value(row, col)),
      valueTypes: grid("valueTypes", (sheet, row, col) => valueTypeOf(sheet.cells.value(row, col))),
      formulas: grid("formulas", formulaOf),
      formulasLocal: grid("formulasLocal", formulaOf),
      numberFormat: grid("numberFormat", formatOf),
      numberFormatLocal: grid("numberFormatLocal", formatOf),
      columnHidden: () =>
        this.allHidden(t().sheet.cells.hiddenColumns, t().rect.left, t().rect.right),
      rowHidden: () => this.allHidden(t().sheet.cells.hiddenRows, t().rect.top, t().rect.bottom),
    };
  }

  get address(): string {
    return this.read("address");
  }
  get addressLocal(): string {
    return this.read("addressLocal");
  }
  get cellCount(): number {
    return this.read("cellCount");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get isEntireColumn(): boolean {
    return this.read("isEntireColumn");
  }
  get isEntireRow(): boolean {
    return this.read("isEntireRow");
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }

  // Office's typings declare these as any[][]; the model keeps the same freedom on input.
  /* eslint-disable @typescript-eslint/no-explicit-any */
  get values(): any[][] {
    return this.read("values");
  }
  set values(value: any[][]) {
    this.write("values", value, () =>
      writeContents(this.target().sheet, this.target().rect, value, "Range.values")
    );
  }
  get formulas(): any[][] {
    return this.read("formulas");
  }
  set formulas(value: any[][]) {
    this.write("formulas", value, () =>
      writeContents(this.target().sheet, this.target().rect, value, "Range.formulas")
    );
  }
  get formulasLocal(): any[][] {
    return this.read("formulasLocal");
  }
  set formulasLocal(value: any[][]) {
    this.write("formulasLocal", value, () =>
      writeContents(this.target().sheet, this.target().rect, value, "Range.formulasLocal")
    );
  }
  get numberFormat(): any[][] {
    return this.read("numberFormat");
  }
  set numberFormat(value: any[][]) {
    this.write("numberFormat", value, () =>
      writeNumberFormats(this.target().sheet, this.target().rect, value, "Range.numberFormat")
    );
  }
  get numberFormatLocal(): any[][] {
    return this.read("numberFormatLocal");
  }
  set numberFormatLocal(value: any[][]) {
    this.write("numberFormatLocal", value, () =>
      writeNumberFormats(this.target().sheet, this.target().rect, value, "Range.numberFormatLocal")
    );
  }
  /* eslint-enable @typescript-eslint/no-explicit-any */

  get columnHidden(): boolean {
    return this.read("columnHidden");
  }
  set columnHidden(value: boolean) {
    this.write("columnHidden", value, () => {
      const { sheet, rect } = this.target();
      for (let col = rect.left; col <= rect.right; col += 1) {
        if (value) sheet.cells.hiddenColumns.add(col);
        else sheet.cells.hiddenColumns.delete(col);
      }
    });
  }
  get rowHidden(): boolean {
    return this.read("rowHidden");
  }
  set rowHidden(value: boolean) {
    this.write("rowHidden", value, () => {
      const { sheet, rect } = this.target();
      for (let row = rect.top; row <= rect.bottom; row += 1) {
        if (value) sheet.cells.hiddenRows.add(row);
        else sheet.cells.hiddenRows.delete(row);
      }
    });
  }

  /** A range derived from this one at sync time. */
  private derive(label: string, shape: (rect: Rect) => Rect | undefined): Range {
    return new Range(
      this.queue,
      () => {
        const { sheet, rect } = this.target();
        const next = shape(rect);
        return next === undefined ? undefined : { sheet, rect: onGrid(next, `Range.${label}`) };
      },
      "Range"
    );
  }

  getCell(row: number, column: number): Range {
    return this.derive("getCell", (r) => {
      const top = r.top + integer(row, "Range.getCell");
      const left = r.left + integer(column, "Range.getCell");
      return { top, left, bottom: top, right: left };
    });
  }

  getRow(row: number): Range {
    return this.derive("getRow", (r) => {
      const top = r.top + integer(row, "Range.getRow");
      if (top > r.bottom)
        throw excelError("InvalidArgument", "Range.getRow", "The row is outside the range.");
      return { ...r, top, bottom: top };
    });
  }

  getColumn(column: number): Range {
    return this.derive("getColumn", (r) => {
      const left = r.left + integer(column, "Range.getColumn");
      if (left > r.right)
        throw excelError("InvalidArgument", "Range.getColumn", "The column is outside the range.");
      return { ...r, left, right: left };
    });
  }

  getLastRow(): Range {
    return this.derive("getLastRow", (r) => ({ ...r, top: r.bottom }));
  }
  getLastColumn(): Range {
    return this.derive("getLastColumn", (r) => ({ ...r, left: r.right }));
  }
  getLastCell(): Range {
    return this.derive("getLastCell", (r) => ({
      top: r.bottom,
      bottom: r.bottom,
      left: r.right,
      right: r.right,
    }));
  }
  getEntireColumn(): Range {
    return this.derive("getEntireColumn", (r) => ({ ...r, top: 0, bottom: MAX_ROWS - 1 }));
  }
  getEntireRow(): Range {
    return this.derive("getEntireRow", (r) => ({ ...r, left: 0, right: MAX_COLUMNS - 1 }));
  }
  getRowsBelow(count = 1): Range {
    return this.derive("getRowsBelow", (r) => ({
      ...r,
      top: r.bottom + 1,
      bottom: r.bottom + integer(count, "Range.getRowsBelow"),
    }));
  }
  getRowsAbove(count = 1): Range {
    return this.derive("getRowsAbove", (r) => ({
      ...r,
      top: r.top - integer(count, "Range.getRowsAbove"),
      bottom: r.top - 1,
    }));
  }
  getColumnsAfter(count = 1): Range {
    return this.derive("getColumnsAfter", (r) => ({
      ...r,
      left: r.right + 1,
      right: r.right + integer(count, "Range.getColumnsAfter"),
    }));
  }
  getColumnsBefore(count = 1): Range {
    return this.derive("getColumnsBefore", (r) => ({
      ...r,
      left: r.left - integer(count, "Range.getColumnsBefore"),
      right: r.left - 1,
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this.derive("getOffsetRange", (r) => {
      const dr = integer(rowOffset, "Range.getOffsetRange");
      const dc = integer(columnOffset, "Range.getOffsetRange");
      return { top: r.top + dr, bottom: r.bottom + dr, left: r.left + dc, right: r.right + dc };
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this.derive("getResizedRange", (r) => ({
      ...r,
      bottom: r.bottom + integer(deltaRows, "Range.getResizedRange"),
      right: r.right + integer(deltaColumns, "Range.getResizedRange"),
    }));
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): Range {
    return this.derive("getAbsoluteResizedRange", (r) => ({
      ...r,
      bottom: r.top + integer(numRows, "Range.getAbsoluteResizedRange") - 1,
      right: r.left + integer(numColumns, "Range.getAbsoluteResizedRange") - 1,
    }));
  }

  getBoundingRect(anotherRange: Range | string): Range {
    return this.derive("getBoundingRect", (r) => {
      const other = this.otherRect(anotherRange, "Range.getBoundingRect");
      return {
        top: Math.min(r.top, other.top),
        left: Math.min(r.left, other.left),
        bottom: Math.max(r.bottom, other.bottom),
        right: Math.max(r.right, other.right),
      };
    });
  }

  getIntersection(anotherRange: Range | string): Range {
    return this.derive("getIntersection", (r) => {
      const meet = this.intersect(r, anotherRange);
      if (!meet)
        throw excelError("ItemNotFound", "Range.getIntersection", "The ranges do not intersect.");
      return meet;
    });
  }

  getIntersectionOrNullObject(anotherRange: Range | string): Range {
    const range = this.derive("getIntersectionOrNullObject", (r) =>
      this.intersect(r, anotherRange)
    );
    range.instantiate("Range.getIntersectionOrNullObject", [
      typeof anotherRange === "string" ? anotherRange : "Range",
    ]);
    return range;
  }

  getUsedRange(valuesOnly = false): Range {
    return this.derive("getUsedRange", (r) => {
      const used = this.usedWithin(r, valuesOnly);
      if (!used)
        throw excelError("ItemNotFound", "Range.getUsedRange", "The range has no used cells.");
      return used;
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): Range {
    const range = this.derive("getUsedRangeOrNullObject", (r) => this.usedWithin(r, valuesOnly));
    range.instantiate("Range.getUsedRangeOrNullObject", [valuesOnly]);
    return range;
  }

  clear(
    applyTo:
      "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents" = "All"
  ): void {
    this.call("clear", [applyTo], () => {
      const { sheet, rect } = this.target();
      if (applyTo === "All" || applyTo === "Contents" || applyTo === "ResetContents")
        sheet.cells.clearContents(rect);
      if (applyTo === "All" || applyTo === "Formats") {
        sheet.cells.clearFormats(rect, ALL_FORMAT_ATTRIBUTES);
        unmergeCells(sheet, rect);
        sheet.conditionalFormats = sheet.conditionalFormats.filter(
          (cf) => !rectContains(rect, cf.rect)
        );
      }
    });
  }

  /** Copies cells from `source` onto this range (range-copy.ts has Excel's rules and the model's). */
  copyFrom(
    source: Range | string,
    copyType: CopyType = "All",
    skipBlanks = false,
    transpose = false
  ): void {
    const shown = typeof source === "string" ? source : "Range";
    this.call("copyFrom", [shown, copyType, skipBlanks, transpose], () => {
      const location = "Range.copyFrom";
      if (!COPY_TYPES.includes(copyType)) {
        throw excelError("InvalidArgument", location, `'${String(copyType)}' is not a copy type.`);
      }
      const destination = this.target();
      const from =
        typeof source === "string" ? this.addressTarget(source, location) : source.target();
      copyCells(this.queue.state, from, destination, copyType, skipBlanks, transpose, location);
    });
  }

  /** Each row's height (and index, address, standard height): row-column-properties.ts. */
  getRowProperties(options: LineLoadOptions): ModelResult<LineProperties[]> {
    return this.lineResult("getRowProperties", "rows", options);
  }

  /** Each column's width (and index, address, standard width): row-column-properties.ts. */
  getColumnProperties(options: LineLoadOptions): ModelResult<LineProperties[]> {
    return this.lineResult("getColumnProperties", "columns", options);
  }

  setRowProperties(data: LineProperties[]): void {
    this.call("setRowProperties", [data], () =>
      applyLineProperties(
        this.target().sheet,
        this.target().rect,
        "rows",
        data,
        "Range.setRowProperties"
      )
    );
  }

  setColumnProperties(data: LineProperties[]): void {
    this.call("setColumnProperties", [data], () =>
      applyLineProperties(
        this.target().sheet,
        this.target().rect,
        "columns",
        data,
        "Range.setColumnProperties"
      )
    );
  }

  private lineResult(
    method: string,
    axis: "rows" | "columns",
    options: LineLoadOptions
  ): ModelResult<LineProperties[]> {
    const result = new ModelResult<LineProperties[]>();
    this.call(method, [options], () => {
      const { sheet, rect } = this.target();
      const found = lineProperties(sheet, rect, axis, options, `Range.${method}`);
      this.queue.addResponse(utf8Length(JSON.stringify(found)));
      result.fill(found);
    });
    return result;
  }

  /** A source given as an address: on the named sheet, or on this range's own sheet. */
  private addressTarget(address: string, location: string): RangeTarget {
    const parsed = parseAddress(address, location);
    const sheet =
      parsed.sheet === undefined
        ? this.target().sheet
        : this.queue.state.findSheetByName(parsed.sheet);
    if (sheet === undefined) {
      throw excelError("ItemNotFound", location, `The sheet in '${address}' doesn't exist.`);
    }
    return { sheet, rect: parsed.rect };
  }

  merge(across = false): void {
    this.call("merge", [across], () => mergeCells(this.target().sheet, this.target().rect, across));
  }

  unmerge(): void {
    this.call("unmerge", [], () => unmergeCells(this.target().sheet, this.target().rect));
  }

  select(): void {
    this.call("select", [], () => {
      const { sheet, rect } = this.target();
      this.queue.state.activeSheetId = sheet.id;
      this.queue.state.selection = { sheetId: sheet.id, rect };
    });
  }

  private allHidden(hidden: Set<number>, from: number, to: number): boolean {
    if (to - from + 1 > hidden.size) return false;
    for (let i = from; i <= to; i += 1) if (!hidden.has(i)) return false;
    return true;
  }

  private otherRect(other: Range | string, location: string): Rect {
    if (typeof other === "string") return parseAddress(other, location).rect;
    const target = other.target();
    if (target.sheet !== this.target().sheet) {
      throw excelError("InvalidArgument", location, "The ranges are on different worksheets.");
    }
    return target.rect;
  }

  private intersect(r: Rect, other: Range | string): Rect | undefined {
    const o = this.otherRect(other, "Range.getIntersection");
    if (!rectsOverlap(r, o)) return undefined;
    return {
      top: Math.max(r.top, o.top),
      left: Math.max(r.left, o.left),
      bottom: Math.min(r.bottom, o.bottom),
      right: Math.min(r.right, o.right),
    };
  }

  private usedWithin(r: Rect, valuesOnly: boolean): Rect | undefined {
    const used = this.target().sheet.cells.usedRect(valuesOnly);
    if (!used || !rectsOverlap(used, r)) return undefined;
    return {
      top: Math.max(r.top, used.top),
      left: Math.max(r.left, used.left),
      bottom: Math.min(r.bottom, used.bottom),
      right: Math.min(r.right, used.right),
    };
  }
}
