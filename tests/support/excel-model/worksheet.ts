import { MAX_COLUMNS, MAX_ROWS, parseAddress, type Rect } from "./a1";
import { ChartCollection } from "./chart-collection";
import { EntityRef, ModelObject } from "./client-object";
import { isBoolean, oneOf } from "./checks";
import { normaliseColor } from "./color";
import { WorksheetCustomPropertyCollection } from "./custom-properties";
import { excelError } from "./errors";
import { WorksheetFreezePanes } from "./freeze-panes";
import { sameName } from "./name-rules";
import { NamedItemCollection } from "./names";
import { PageBreakCollection } from "./page-breaks";
import { PageLayout } from "./page-layout";
import { WorksheetProtection } from "./protection";
import { Range } from "./range";
import { documentedAddress, parseAreas, RangeAreas } from "./range-areas";
import type { RequestQueue } from "./request-context";
import { TableCollection } from "./table";
import type { SheetState } from "./workbook-state";

const WHOLE_SHEET: Rect = { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 };

/** Excel's Worksheet. The proxy stays bound to its sheet across renames. */
export class Worksheet extends ModelObject {
  private parts?: {
    freezePanes: WorksheetFreezePanes;
    pageLayout: PageLayout;
    horizontalPageBreaks: PageBreakCollection;
    customProperties: WorksheetCustomPropertyCollection;
    tables: TableCollection;
    charts: ChartCollection;
    names: NamedItemCollection;
    protection: WorksheetProtection;
  };

  constructor(
    queue: RequestQueue,
    private readonly ref: EntityRef<SheetState>,
    location = "Worksheet"
  ) {
    super(queue, location);
  }

  /** The sheet this proxy stands for, at sync time. */
  sheet(): SheetState {
    return this.ref.get();
  }

  protected override isNull(): boolean {
    return this.ref.tryGet() === undefined;
  }

  private get part() {
    const sheet = () => this.sheet();
    return (this.parts ??= {
      freezePanes: new WorksheetFreezePanes(this.queue, sheet),
      pageLayout: new PageLayout(this.queue, sheet),
      horizontalPageBreaks: new PageBreakCollection(this.queue, sheet),
      customProperties: new WorksheetCustomPropertyCollection(this.queue, sheet),
      tables: new TableCollection(this.queue, sheet),
      charts: new ChartCollection(this.queue, sheet),
      names: new NamedItemCollection(this.queue, sheet),
      protection: new WorksheetProtection(this.queue, sheet),
    });
  }

  get freezePanes(): WorksheetFreezePanes {
    return this.part.freezePanes;
  }
  get pageLayout(): PageLayout {
    return this.part.pageLayout;
  }
  get horizontalPageBreaks(): PageBreakCollection {
    return this.part.horizontalPageBreaks;
  }
  get customProperties(): WorksheetCustomPropertyCollection {
    return this.part.customProperties;
  }
  get tables(): TableCollection {
    return this.part.tables;
  }
  get charts(): ChartCollection {
    return this.part.charts;
  }
  get names(): NamedItemCollection {
    return this.part.names;
  }
  get protection(): WorksheetProtection {
    return this.part.protection;
  }

  protected override children() {
    return { ...this.part };
  }

  protected scalars() {
    const s = () => this.sheet();
    return {
      id: () => s().id,
      name: () => s().name,
      position: () => this.queue.state.sheets.indexOf(s()),
      visibility: () => s().visibility,
      tabColor: () => (s().props.tabColor as string | undefined) ?? "",
      showGridlines: () => (s().props.showGridlines as boolean | undefined) ?? true,
      showHeadings: () => (s().props.showHeadings as boolean | undefined) ?? true,
      standardWidth: () => 8.43,
      standardHeight: () => 15,
    };
  }

  get id(): string {
    return this.read("id");
  }
  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.write("name", value, () =>
      this.queue.state.renameSheet(this.sheet(), value, "Worksheet.name")
    );
  }
  get position(): number {
    return this.read("position");
  }
  set position(value: number) {
    this.write("position", value, () => {
      this.queue.state.checkStructure("Worksheet.position");
      const sheets = this.queue.state.sheets;
      if (!Number.isInteger(value) || value < 0 || value >= sheets.length) {
        throw excelError(
          "InvalidArgument",
          "Worksheet.position",
          `${String(value)} is not a sheet position.`
        );
      }
      const sheet = this.sheet();
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(value, 0, sheet);
    });
  }
  get visibility(): Excel.Worksheet["visibility"] {
    return this.read("visibility");
  }
  set visibility(value: Excel.Worksheet["visibility"]) {
    this.write("visibility", value, () => {
      this.queue.state.checkStructure("Worksheet.visibility");
      const checked = oneOf(
        ["Visible", "Hidden", "VeryHidden"],
        "Worksheet.visibility"
      )(value) as SheetState["visibility"];
      const sheet = this.sheet();
      const visible = this.queue.state.sheets.filter((s) => s.visibility === "Visible");
      if (checked !== "Visible" && sheet.visibility === "Visible" && visible.length === 1) {
        throw excelError(
          "InvalidOperation",
          "Worksheet.visibility",
          "A workbook must keep at least one visible sheet."
        );
      }
      sheet.visibility = checked;
      if (checked !== "Visible" && this.queue.state.activeSheetId === sheet.id) {
        this.queue.state.activeSheetId = this.queue.state.sheets.find(
          (s) => s.visibility === "Visible"
        )?.id;
      }
    });
  }
  get tabColor(): string {
    return this.read("tabColor");
  }
  set tabColor(value: string) {
    this.write("tabColor", value, () => {
      this.sheet().props.tabColor =
        value === "" ? undefined : normaliseColor(value, "Worksheet.tabColor");
    });
  }
  get showGridlines(): boolean {
    return this.read("showGridlines");
  }
  set showGridlines(value: boolean) {
    this.write("showGridlines", value, () => {
      this.sheet().props.showGridlines = isBoolean("Worksheet.showGridlines")(value);
    });
  }
  get showHeadings(): boolean {
    return this.read("showHeadings");
  }
  set showHeadings(value: boolean) {
    this.write("showHeadings", value, () => {
      this.sheet().props.showHeadings = isBoolean("Worksheet.showHeadings")(value);
    });
  }
  get standardWidth(): number {
    return this.read("standardWidth");
  }
  get standardHeight(): number {
    return this.read("standardHeight");
  }

  activate(): void {
    this.call("activate", [], () => {
      const sheet = this.sheet();
      if (sheet.visibility !== "Visible") {
        throw excelError(
          "InvalidOperation",
          "Worksheet.activate",
          "A hidden sheet cannot be activated."
        );
      }
      this.queue.state.activeSheetId = sheet.id;
    });
  }

  delete(): void {
    this.call("delete", [], () => this.queue.state.deleteSheet(this.sheet(), "Worksheet.delete"));
  }

  private rectOf(address: string, location: string): Rect {
    const parsed = parseAddress(documentedAddress(address), location);
    if (parsed.sheet !== undefined && !sameName(parsed.sheet, this.sheet().name)) {
      throw excelError(
        "InvalidArgument",
        location,
        `'${address}' is not on sheet '${this.sheet().name}'.`
      );
    }
    return parsed.rect;
  }

  getRange(address?: string): Range {
    return new Range(this.queue, () => ({
      sheet: this.sheet(),
      rect: address === undefined ? WHOLE_SHEET : this.rectOf(address, "Worksheet.getRange"),
    }));
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): Range {
    return new Range(this.queue, () => {
      const rect = {
        top: startRow,
        left: startColumn,
        bottom: startRow + rowCount - 1,
        right: startColumn + columnCount - 1,
      };
      const whole = [startRow, startColumn, rowCount, columnCount].every(Number.isInteger);
      if (
        !whole ||
        rowCount < 1 ||
        columnCount < 1 ||
        rect.top < 0 ||
        rect.left < 0 ||
        rect.bottom >= MAX_ROWS ||
        rect.right >= MAX_COLUMNS
      ) {
        throw excelError(
          "InvalidArgument",
          "Worksheet.getRangeByIndexes",
          "The indexes fall outside the worksheet."
        );
      }
      return { sheet: this.sheet(), rect };
    });
  }

  getCell(row: number, column: number): Range {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  getRanges(address: string): RangeAreas {
    return new RangeAreas(this.queue, () => ({
      sheet: this.sheet(),
      rects: parseAreas(address, "Worksheet.getRanges").map(({ sheet, rect }) => {
        if (sheet !== undefined && !sameName(sheet, this.sheet().name)) {
          throw excelError(
            "InvalidArgument",
            "Worksheet.getRanges",
            `'${address}' is not on this sheet.`
          );
        }
        return rect;
      }),
    }));
  }

  /** The bounding box of used cells; an empty sheet's used range is A1, as in Excel. */
  getUsedRange(valuesOnly = false): Range {
    return new Range(this.queue, () => {
      const sheet = this.sheet();
      return {
        sheet,
        rect: sheet.cells.usedRect(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 },
      };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): Range {
    const range = new Range(this.queue, () => {
      const sheet = this.sheet();
      const rect = sheet.cells.usedRect(valuesOnly);
      return rect ? { sheet, rect } : undefined;
    });
    this.queue.enqueue({
      label: "Worksheet.getUsedRangeOrNullObject",
      args: [valuesOnly],
      apply: () => range.capture({ all: false, props: new Set(), nav: new Map() }),
    });
    return range;
  }
}
