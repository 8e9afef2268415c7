import { parseAddress, type Rect, rectsOverlap } from "./a1";
import { writeContents } from "./cell-writes";
import { EntityRef, ModelCollection, ModelObject } from "./client-object";
import { excelError } from "./errors";
import { ALL_FORMAT_ATTRIBUTES } from "./format-attributes";
import { checkDefinedName, sameName } from "./name-rules";
import { Range } from "./range";
import type { RequestQueue } from "./request-context";
import { breakTableReferences, renameTableReferences } from "./table-name-references";
import type { SheetState, TableState, WorkbookState } from "./workbook-state";

function headerTexts(sheet: SheetState, rect: Rect): string[] {
  const seen: string[] = [];
  for (let col = rect.left; col <= rect.right; col += 1) {
    const raw = sheet.cells.value(rect.top, col);
    let text = raw === "" ? `Column${col - rect.left + 1}` : String(raw);
    const base = text;
    for (let n = 2; seen.some((s) => sameName(s, text)); n += 1) text = `${base}${n}`;
    seen.push(text);
  }
  return seen;
}

function checkTableName(
  state: WorkbookState,
  name: string,
  self: TableState | undefined,
  location: string
): void {
  checkDefinedName(name, location);
  const clash =
    state.tables.some((t) => t !== self && sameName(t.name, name)) ||
    state.names.some((n) => n.scopeSheetId === undefined && sameName(n.name, name));
  if (clash)
    throw excelError(
      "ItemAlreadyExists",
      location,
      `The name '${name}' is already used in this workbook.`
    );
}

function sheetOf(state: WorkbookState, table: TableState, location: string): SheetState {
  const sheet = state.sheetById(table.sheetId);
  if (!sheet) throw excelError("ItemNotFound", location);
  return sheet;
}

/** Rows of a table's data body (`table.rows`). */
export class TableRowCollection extends ModelObject {
  constructor(
    queue: RequestQueue,
    private readonly table: () => TableState
  ) {
    super(queue, "TableRowCollection");
  }

  protected scalars() {
    return { count: () => dataRect(this.table()).bottom - dataRect(this.table()).top + 1 };
  }

  get count(): number {
    return this.read("count");
  }

  /**
   * Inserts rows into the data body (at the end when index is null/undefined), shifting the cells
   * below within the table's columns down, then writes `values`, as Excel does.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  add(index?: number | null, values?: any[][] | boolean | string | number): void {
    this.call("add", [index ?? null, values ?? null], () => {
      const table = this.table();
      const sheet = sheetOf(this.queue.state, table, "TableRowCollection.add");
      const body = dataRect(table);
      const count = Array.isArray(values) ? values.length : 1;
      const at = index === undefined || index === null ? body.bottom + 1 : body.top + index;
      if (at < body.top || at > body.bottom + 1 || count < 1) {
        throw excelError(
          "InvalidArgument",
          "TableRowCollection.add",
          "The row index is outside the table."
        );
      }
      sheet.cells.shiftDown(at, table.rect.left, table.rect.right, count);
      table.rect = { ...table.rect, bottom: table.rect.bottom + count };
      if (values !== undefined) {
        writeContents(
          sheet,
          { top: at, left: table.rect.left, bottom: at + count - 1, right: table.rect.right },
          values,
          "TableRowCollection.add"
        );
      }
    });
  }
}

function dataRect(table: TableState): Rect {
  return {
    ...table.rect,
    top: table.rect.top + (table.showHeaders ? 1 : 0),
    bottom: table.rect.bottom - (table.showTotals ? 1 : 0),
  };
}

/** An Excel table (ListObject). */
export class Table extends ModelObject {
  readonly rows: TableRowCollection;

  constructor(
    queue: RequestQueue,
    private readonly ref: EntityRef<TableState>
  ) {
    super(queue, "Table");
    this.rows = new TableRowCollection(queue, () => this.ref.get());
  }

  protected override isNull(): boolean {
    return this.ref.tryGet() === undefined;
  }

  protected override children() {
    return { rows: this.rows };
  }

  protected scalars() {
    const t = () => this.ref.get();
    return {
      id: () => t().id,
      name: () => t().name,
      style: () => t().style,
      showHeaders: () => t().showHeaders,
      showTotals: () => t().showTotals,
      showBandedRows: () => (t().props.showBandedRows as boolean | undefined) ?? true,
      showBandedColumns: () => (t().props.showBandedColumns as boolean | undefined) ?? false,
      showFilterButton: () => (t().props.showFilterButton as boolean | undefined) ?? true,
      highlightFirstColumn: () => (t().props.highlightFirstColumn as boolean | undefined) ?? false,
      highlightLastColumn: () => (t().props.highlightLastColumn as boolean | undefined) ?? false,
    };
  }

  get id(): string {
    return this.read("id");
  }
  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.write("name", value, () => {
      const table = this.ref.get();
      checkTableName(this.queue.state, value, table, "Table.name");
      const before = table.name;
      table.name = value;
      renameTableReferences(this.queue.state, before, value);
    });
  }
  get style(): string {
    return this.read("style");
  }
  set style(value: string) {
    this.write("style", value, () => {
      if (typeof value !== "string" || !/^TableStyle(Light|Medium|Dark)\d+$|^$/.test(value)) {
        throw excelError(
          "InvalidArgument",
          "Table.style",
          `'${String(value)}' is not a table style.`
        );
      }
      this.ref.get().style = value;
    });
  }
  get showHeaders(): boolean {
    return this.read("showHeaders");
  }
  get showTotals(): boolean {
    return this.read("showTotals");
  }
  set showTotals(value: boolean) {
    this.write("showTotals", value, () => {
      const table = this.ref.get();
      if (value === table.showTotals) return;
      table.rect = { ...table.rect, bottom: table.rect.bottom + (value ? 1 : -1) };
      table.showTotals = value;
    });
  }

  private flag(key: string, value: boolean) {
    this.write(key, value, () => {
      this.ref.get().props[key] = value;
    });
  }
  get showBandedRows(): boolean {
    return this.read("showBandedRows");
  }
  set showBandedRows(value: boolean) {
    this.flag("showBandedRows", value);
  }
  get showBandedColumns(): boolean {
    return this.read("showBandedColumns");
  }
  set showBandedColumns(value: boolean) {
    this.flag("showBandedColumns", value);
  }
  get showFilterButton(): boolean {
    return this.read("showFilterButton");
  }
  set showFilterButton(value: boolean) {
    this.flag("showFilterButton", value);
  }
  get highlightFirstColumn(): boolean {
    return this.read("highlightFirstColumn");
  }
  set highlightFirstColumn(value: boolean) {
    this.flag("highlightFirstColumn", value);
  }
  get highlightLastColumn(): boolean {
    return this.read("highlightLastColumn");
  }
  set highlightLastColumn(value: boolean) {
    this.flag("highlightLastColumn", value);
  }

  private part(location: string, shape: (table: TableState) => Rect | undefined): Range {
    return new Range(this.queue, () => {
      const table = this.ref.get();
      const rect = shape(table);
      if (!rect) throw excelError("ItemNotFound", location, "The table has no such part.");
      return { sheet: sheetOf(this.queue.state, table, location), rect };
    });
  }

  getRange(): Range {
    return this.part("Table.getRange", (t) => t.rect);
  }
  getHeaderRowRange(): Range {
    return this.part("Table.getHeaderRowRange", (t) =>
      t.showHeaders ? { ...t.rect, bottom: t.rect.top } : undefined
    );
  }
  getDataBodyRange(): Range {
    return this.part("Table.getDataBodyRange", dataRect);
  }
  getTotalRowRange(): Range {
    return this.part("Table.getTotalRowRange", (t) =>
      t.showTotals ? { ...t.rect, top: t.rect.bottom } : undefined
    );
  }

  /**
   * `Table.resize` (ExcelApi 1.13, https://learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-resize-member(1)):
   * "The new range must overlap with the original table range and the headers (or the top of the
   * table) must be in the same row." The table keeps its name, so its structured references still
   * resolve; its cells are not moved. Which error Excel raises otherwise is not documented: the model
   * uses InvalidArgument. It also refuses a range on another sheet, one over another table, and a
   * header row with no row of data below it. A blank header cell taken in is named as
   * `tables.add` names one ("Column2").
   */
  resize(newRange: Range | string): void {
    this.call("resize", [typeof newRange === "string" ? newRange : "Range"], () => {
      const location = "Table.resize";
      const state = this.queue.state;
      const table = this.ref.get();
      const sheet = sheetOf(state, table, location);
      let rect: Rect;
      if (typeof newRange === "string") {
        const parsed = parseAddress(newRange, location);
        if (parsed.sheet !== undefined && state.findSheetByName(parsed.sheet) !== sheet) {
          throw excelError("InvalidArgument", location, "The range is on another sheet.");
        }
        rect = parsed.rect;
      } else {
        const target = newRange.target();
        if (target.sheet !== sheet) {
          throw excelError("InvalidArgument", location, "The range is on another sheet.");
        }
        rect = target.rect;
      }
      const problem = !rectsOverlap(rect, table.rect)
        ? "The new range must overlap the table."
        : rect.top !== table.rect.top
          ? "The table's headers (its top row) must stay in the same row."
          : table.showHeaders && rect.bottom === rect.top
            ? "A table needs a row of data below its headers."
            : state.tables.some(
                  (t) => t !== table && t.sheetId === sheet.id && rectsOverlap(t.rect, rect)
                )
              ? "A table can't overlap another table."
              : undefined;
      if (problem !== undefined) throw excelError("InvalidArgument", location, problem);
      table.rect = rect;
      if (!table.showHeaders) return;
      headerTexts(sheet, rect).forEach((text, i) => {
        if (sheet.cells.value(rect.top, rect.left + i) === "") {
          sheet.cells.setConstant(rect.top, rect.left + i, text);
        }
      });
    });
  }

  /** Deletes the table together with its cells' contents and formatting. */
  delete(): void {
    this.call("delete", [], () => {
      const table = this.ref.get();
      const sheet = sheetOf(this.queue.state, table, "Table.delete");
      sheet.cells.clearContents(table.rect);
      sheet.cells.clearFormats(table.rect, ALL_FORMAT_ATTRIBUTES);
      const tables = this.queue.state.tables;
      tables.splice(tables.indexOf(table), 1);
      breakTableReferences(this.queue.state, table.name);
    });
  }

  /** Removes the table but keeps its cells; the returned range stays on those cells. */
  convertToRange(): Range {
    let kept: { sheet: SheetState; rect: Rect } | undefined;
    const range = new Range(this.queue, () => {
      if (kept) return kept;
      const table = this.ref.get();
      return { sheet: sheetOf(this.queue.state, table, "Table.convertToRange"), rect: table.rect };
    });
    this.call("convertToRange", [], () => {
      const tables = this.queue.state.tables;
      const table = this.ref.get();
      kept = { sheet: sheetOf(this.queue.state, table, "Table.convertToRange"), rect: table.rect };
      tables.splice(tables.indexOf(table), 1);
    });
    return range;
  }
}

/** `workbook.tables` (all sheets) or `worksheet.tables` (one sheet). */
export class TableCollection extends ModelCollection<Table> {
  constructor(
    queue: RequestQueue,
    private readonly sheet?: () => SheetState
  ) {
    super(queue, "TableCollection");
  }

  private inScope(): TableState[] {
    const sheetId = this.sheet?.().id;
    return this.queue.state.tables.filter((t) => sheetId === undefined || t.sheetId === sheetId);
  }

  private bound(table: TableState): Table {
    return new Table(
      this.queue,
      new EntityRef(
        () => table,
        (t) => this.queue.state.tables.includes(t),
        () => excelError("ItemNotFound", "Table")
      )
    );
  }

  protected currentItems(): Table[] {
    return this.inScope().map((table) => this.bound(table));
  }

  private locate(address: Range | string, location: string): { sheet: SheetState; rect: Rect } {
    if (typeof address !== "string") return address.target();
    const parsed = parseAddress(address, location);
    const sheet =
      parsed.sheet !== undefined
        ? this.queue.state.findSheetByName(parsed.sheet)
        : (this.sheet?.() ?? this.queue.state.sheetById(this.queue.state.activeSheetId ?? ""));
    if (!sheet)
      throw excelError("ItemNotFound", location, `The sheet in '${address}' doesn't exist.`);
    if (this.sheet && sheet !== this.sheet())
      throw excelError("InvalidArgument", location, "The address is on another sheet.");
    return { sheet, rect: parsed.rect };
  }

  /**
   * Creates a table. With headers, blank or repeated header cells are renamed as Excel does
   * ("Column2", "Name2") and a header-only range gains an empty data row; without headers, a header
   * row is inserted above the data (cells in the table's columns shift down).
   */
  add(address: Range | string, hasHeaders: boolean): Table {
    const ref = new EntityRef<TableState>(
      () => undefined,
      (t) => this.queue.state.tables.includes(t),
      () => excelError("ItemNotFound", "TableCollection.add", "The table was not created.")
    );
    this.call("add", [typeof address === "string" ? address : "Range", hasHeaders], () => {
      const location = "TableCollection.add";
      const state = this.queue.state;
      const { sheet, rect: given } = this.locate(address, location);
      let rect = given;
      if (state.tables.some((t) => t.sheetId === sheet.id && rectsOverlap(t.rect, rect))) {
        throw excelError("InvalidArgument", location, "A table can't overlap another table.");
      }
      if (!hasHeaders) {
        sheet.cells.shiftDown(rect.top, rect.left, rect.right, 1);
        for (let col = rect.left; col <= rect.right; col += 1)
          sheet.cells.setConstant(rect.top, col, "");
        rect = { ...rect, bottom: rect.bottom + 1 };
      } else if (rect.top === rect.bottom) {
        rect = { ...rect, bottom: rect.bottom + 1 };
      }
      headerTexts(sheet, rect).forEach((text, i) =>
        sheet.cells.setConstant(rect.top, rect.left + i, text)
      );
      let n = 1;
      while (
        state.tables.some((t) => sameName(t.name, `Table${n}`)) ||
        state.names.some((x) => sameName(x.name, `Table${n}`))
      )
        n += 1;
      const table: TableState = {
        id: state.newId("table"),
        name: `Table${n}`,
        sheetId: sheet.id,
        rect,
        showHeaders: true,
        showTotals: false,
        style: "TableStyleMedium2",
        props: {},
      };
      state.tables.push(table);
      ref.bind(table);
    });
    return new Table(this.queue, ref);
  }

  getItem(key: string): Table {
    return new Table(
      this.queue,
      new EntityRef(
        () => this.inScope().find((t) => t.id === key || sameName(t.name, key)),
        (t) => this.queue.state.tables.includes(t),
        () =>
          excelError("ItemNotFound", "TableCollection.getItem", `The table '${key}' doesn't exist.`)
      )
    );
  }

  getItemOrNullObject(key: string): Table {
    const table = this.getItem(key);
    this.queue.enqueue({
      label: "TableCollection.getItemOrNullObject",
      args: [key],
      apply: () => table.capture({ all: false, props: new Set(), nav: new Map() }),
    });
    return table;
  }
}
