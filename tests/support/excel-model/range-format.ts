import { MAX_COLUMNS, MAX_ROWS, type Rect } from "./a1";
import type { CellsLocator, CellsTarget } from "./cells-target";
import { ModelObject } from "./client-object";
import { normaliseColor } from "./color";
import { excelError } from "./errors";
import type { FormatAttribute } from "./format-attributes";
import type { RequestQueue } from "./request-context";
import { RangeBorderCollection } from "./range-border";
import { autofitColumns, autofitRows } from "./autofit";
import { checkUnprotected } from "./protection";
import {
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  setColumnWidth,
  setRowHeight,
} from "./line-sizes";

export { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT } from "./line-sizes";

/**
 * One value when every rectangle of the target agrees on a formatting attribute, else null.
 * @example
 * uniformAcross(target, "font.bold"); // true, false or null when mixed
 */
export function uniformAcross(target: CellsTarget, attribute: FormatAttribute): unknown {
  const values = target.rects.map((rect) => target.sheet.cells.uniformFormat(rect, attribute));
  return values.every((value) => value === values[0]) ? values[0] : null;
}

function writeAll(
  target: CellsTarget,
  attribute: FormatAttribute,
  value: string | number | boolean | undefined
) {
  checkUnprotected(target.sheet, `RangeFormat.${attribute}`);
  for (const rect of target.rects) target.sheet.cells.setFormat(rect, attribute, value);
}

function uniformOf<T>(values: T[]): T | null {
  return values.every((value) => value === values[0]) ? (values[0] ?? null) : null;
}

/** Whether a size (null when mixed) is the standard one, as useStandardWidth/Height report it. */
function standardNow(size: number | null, standard: number): boolean | null {
  return size === null ? null : size === standard;
}

/** Drops the sizes set for columns (rows) from..to, leaving them the standard size. */
function forgetWithin(sizes: Map<number, number>, from: number, to: number): void {
  for (const index of [...sizes.keys()]) if (index >= from && index <= to) sizes.delete(index);
}

function spanned(rect: Rect, axis: "columns" | "rows"): number[] {
  const [from, to] = axis === "columns" ? [rect.left, rect.right] : [rect.top, rect.bottom];
  const out: number[] = [];
  for (let i = from; i <= to; i += 1) out.push(i);
  return out;
}

function checkEnum(value: unknown, allowed: readonly string[], location: string): string {
  if (typeof value !== "string" || !allowed.includes(value)) {
    throw excelError(
      "InvalidArgument",
      location,
      `'${String(value)}' is not one of ${allowed.join(", ")}.`
    );
  }
  return value;
}

function checkBoolean(value: unknown, location: string): boolean {
  if (typeof value !== "boolean")
    throw excelError("InvalidArgument", location, "Expected true or false.");
  return value;
}

function checkNumber(value: unknown, location: string, min: number, max: number): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max) {
    throw excelError("InvalidArgument", location, `Expected a number from ${min} to ${max}.`);
  }
  return value;
}

const HORIZONTAL = [
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
];
const VERTICAL = ["Top", "Center", "Bottom", "Justify", "Distributed"];
const UNDERLINE = ["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"];

/** `range.format.fill`: a solid background colour per cell. */
export class RangeFill extends ModelObject {
  constructor(
    queue: RequestQueue,
    private readonly target: CellsLocator
  ) {
    super(queue, "RangeFill");
  }

  protected scalars() {
    return { color: () => uniformAcross(this.target(), "fill.color") };
  }

  get color(): string {
    return this.read("color");
  }
  set color(value: string) {
    this.write("color", value, () =>
      writeAll(this.target(), "fill.color", normaliseColor(value, "RangeFill.color"))
    );
  }

  clear(): void {
    this.call("clear", [], () => writeAll(this.target(), "fill.color", undefined));
  }
}

/** `range.format.font`. */
export class RangeFont extends ModelObject {
  constructor(
    queue: RequestQueue,
    private readonly target: CellsLocator
  ) {
    super(queue, "RangeFont");
  }

  protected scalars() {
    const of = (attribute: FormatAttribute) => () => uniformAcross(this.target(), attribute);
    return {
      bold: of("font.bold"),
      italic: of("font.italic"),
      color: of("font.color"),
      name: of("font.name"),
      size: of("font.size"),
      underline: of("font.underline"),
      strikethrough: of("font.strikethrough"),
    };
  }

  private put(
    property: string,
    attribute: FormatAttribute,
    value: unknown,
    check: () => string | number | boolean
  ) {
    this.write(property, value, () => writeAll(this.target(), attribute, check()));
  }

  get bold(): boolean {
    return this.read("bold");
  }
  set bold(value: boolean) {
    this.put("bold", "font.bold", value, () => checkBoolean(value, "RangeFont.bold"));
  }
  get italic(): boolean {
    return this.read("italic");
  }
  set italic(value: boolean) {
    this.put("italic", "font.italic", value, () => checkBoolean(value, "RangeFont.italic"));
  }
  get strikethrough(): boolean {
    return this.read("strikethrough");
  }
  set strikethrough(value: boolean) {
    this.put("strikethrough", "font.strikethrough", value, () =>
      checkBoolean(value, "RangeFont.strikethrough")
    );
  }
  get color(): string {
    return this.read("color");
  }
  set color(value: string) {
    this.put("color", "font.color", value, () => normaliseColor(value, "RangeFont.color"));
  }
  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.put("name", "font.name", value, () => {
      if (typeof value !== "string" || value === "")
        throw excelError("InvalidArgument", "RangeFont.name");
      return value;
    });
  }
  get size(): number {
    return this.read("size");
  }
  set size(value: number) {
    this.put("size", "font.size", value, () => checkNumber(value, "RangeFont.size", 1, 409));
  }
  get underline(): Excel.RangeFont["underline"] {
    return this.read("underline");
  }
  set underline(value: Excel.RangeFont["underline"]) {
    this.put("underline", "font.underline", value, () =>
      checkEnum(value, UNDERLINE, "RangeFont.underline")
    );
  }
}

/** `range.format`: alignment, wrapping, sizes, and the fill/font/borders children. */
export class RangeFormat extends ModelObject {
  private fillProxy?: RangeFill;
  private fontProxy?: RangeFont;
  private bordersProxy?: RangeBorderCollection;

  constructor(
    queue: RequestQueue,
    private readonly target: CellsLocator
  ) {
    super(queue, "RangeFormat");
  }

  get fill(): RangeFill {
    return (this.fillProxy ??= new RangeFill(this.queue, this.target));
  }
  get font(): RangeFont {
    return (this.fontProxy ??= new RangeFont(this.queue, this.target));
  }
  get borders(): RangeBorderCollection {
    return (this.bordersProxy ??= new RangeBorderCollection(this.queue, this.target));
  }

  protected override children() {
    return { fill: this.fill, font: this.font, borders: this.borders };
  }

  protected scalars() {
    const of = (attribute: FormatAttribute) => () => uniformAcross(this.target(), attribute);
    return {
      horizontalAlignment: of("horizontalAlignment"),
      verticalAlignment: of("verticalAlignment"),
      wrapText: of("wrapText"),
      indentLevel: of("indentLevel"),
      textOrientation: of("textOrientation"),
      columnWidth: () => this.columnWidthNow(),
      rowHeight: () => this.rowHeightNow(),
      useStandardWidth: () => standardNow(this.columnWidthNow(), DEFAULT_COLUMN_WIDTH),
      useStandardHeight: () => standardNow(this.rowHeightNow(), DEFAULT_ROW_HEIGHT),
    };
  }

  private put(
    property: string,
    attribute: FormatAttribute,
    value: unknown,
    check: () => string | number | boolean
  ) {
    this.write(property, value, () => writeAll(this.target(), attribute, check()));
  }

  get horizontalAlignment(): Excel.RangeFormat["horizontalAlignment"] {
    return this.read("horizontalAlignment");
  }
  set horizontalAlignment(value: Excel.RangeFormat["horizontalAlignment"]) {
    this.put("horizontalAlignment", "horizontalAlignment", value, () =>
      checkEnum(value, HORIZONTAL, "RangeFormat.horizontalAlignment")
    );
  }
  get verticalAlignment(): Excel.RangeFormat["verticalAlignment"] {
    return this.read("verticalAlignment");
  }
  set verticalAlignment(value: Excel.RangeFormat["verticalAlignment"]) {
    this.put("verticalAlignment", "verticalAlignment", value, () =>
      checkEnum(value, VERTICAL, "RangeFormat.verticalAlignment")
    );
  }
  get wrapText(): boolean {
    return this.read("wrapText");
  }
  set wrapText(value: boolean) {
    this.put("wrapText", "wrapText", value, () => checkBoolean(value, "RangeFormat.wrapText"));
  }
  get indentLevel(): number {
    return this.read("indentLevel");
  }
  set indentLevel(value: number) {
    this.put("indentLevel", "indentLevel", value, () =>
      checkNumber(value, "RangeFormat.indentLevel", 0, 250)
    );
  }
  get textOrientation(): number {
    return this.read("textOrientation");
  }
  set textOrientation(value: number) {
    this.put("textOrientation", "textOrientation", value, () =>
      checkNumber(value, "RangeFormat.textOrientation", -90, 180)
    );
  }

  get columnWidth(): number {
    return this.read("columnWidth");
  }
  set columnWidth(value: number) {
    this.write("columnWidth", value, () => {
      const width = checkNumber(value, "RangeFormat.columnWidth", 0, 1789);
      const { sheet, rects } = this.target();
      for (const rect of rects)
        for (const col of spanned(rect, "columns")) setColumnWidth(sheet.cells, col, width);
    });
  }
  get rowHeight(): number {
    return this.read("rowHeight");
  }
  set rowHeight(value: number) {
    this.write("rowHeight", value, () => {
      const height = checkNumber(value, "RangeFormat.rowHeight", 0, 409);
      const { sheet, rects } = this.target();
      for (const rect of rects)
        for (const row of spanned(rect, "rows")) setRowHeight(sheet.cells, row, height);
    });
  }

  /**
   * `useStandardWidth` and `useStandardHeight` (ExcelApi 1.7): true when every column (row) has
   * the sheet's standard size, null when they differ, false otherwise; "This property is only
   * intended to be set to true. Setting it to false has no effect"
   * (https://learn.microsoft.com/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-usestandardheight-member).
   * Setting it true gives the columns (rows) back the standard size.
   */
  get useStandardWidth(): boolean {
    return this.read("useStandardWidth");
  }
  set useStandardWidth(value: boolean) {
    this.write("useStandardWidth", value, () => {
      if (checkBoolean(value, "RangeFormat.useStandardWidth")) {
        const { sheet, rects } = this.target();
        for (const rect of rects) forgetWithin(sheet.cells.columnWidths, rect.left, rect.right);
      }
    });
  }
  get useStandardHeight(): boolean {
    return this.read("useStandardHeight");
  }
  set useStandardHeight(value: boolean) {
    this.write("useStandardHeight", value, () => {
      if (checkBoolean(value, "RangeFormat.useStandardHeight")) {
        const { sheet, rects } = this.target();
        for (const rect of rects) forgetWithin(sheet.cells.rowHeights, rect.top, rect.bottom);
      }
    });
  }

  autofitColumns(): void {
    this.call("autofitColumns", [], () => {
      const { sheet, rects } = this.target();
      for (const rect of rects) autofitColumns(sheet, rect);
    });
  }
  autofitRows(): void {
    this.call("autofitRows", [], () => {
      const { sheet, rects } = this.target();
      for (const rect of rects) autofitRows(sheet, rect);
    });
  }

  private columnWidthNow(): number | null {
    const { sheet, rects } = this.target();
    const widths = rects.flatMap((rect) =>
      rect.right - rect.left + 1 === MAX_COLUMNS
        ? [DEFAULT_COLUMN_WIDTH, ...sheet.cells.columnWidths.values()]
        : spanned(rect, "columns").map(
            (col) => sheet.cells.columnWidths.get(col) ?? DEFAULT_COLUMN_WIDTH
          )
    );
    return uniformOf(widths);
  }

  private rowHeightNow(): number | null {
    const { sheet, rects } = this.target();
    const heights = rects.flatMap((rect) =>
      rect.bottom - rect.top + 1 === MAX_ROWS
        ? [DEFAULT_ROW_HEIGHT, ...sheet.cells.rowHeights.values()]
        : spanned(rect, "rows").map((row) => sheet.cells.rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT)
    );
    return uniformOf(heights);
  }
}
