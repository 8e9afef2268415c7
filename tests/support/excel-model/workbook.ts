import { Application } from "./application";
import { EntityRef, ModelObject } from "./client-object";
import { excelError } from "./errors";
import { NamedItemCollection } from "./names";
import { WorkbookProtection } from "./protection";
import { Range } from "./range";
import type { RequestQueue } from "./request-context";
import { TableCollection } from "./table";
import { WorksheetCollection } from "./worksheet-collection";
import { Worksheet } from "./worksheet";

/** `context.workbook`. */
export class Workbook extends ModelObject {
  readonly worksheets: WorksheetCollection;
  readonly tables: TableCollection;
  readonly names: NamedItemCollection;
  readonly application: Application;
  readonly protection: WorkbookProtection;

  constructor(queue: RequestQueue) {
    super(queue, "Workbook");
    this.worksheets = new WorksheetCollection(queue);
    this.tables = new TableCollection(queue);
    this.names = new NamedItemCollection(queue);
    this.application = new Application(queue);
    this.protection = new WorkbookProtection(queue);
  }

  protected scalars() {
    return { name: () => "Book1.xlsx" };
  }

  protected override children() {
    return {
      worksheets: this.worksheets,
      tables: this.tables,
      names: this.names,
      application: this.application,
      protection: this.protection,
    };
  }

  get name(): string {
    return this.read("name");
  }

  /** The selection (A1 of the active sheet until something is selected). */
  getSelectedRange(): Range {
    return new Range(this.queue, () => {
      const state = this.queue.state;
      const selection = state.selection;
      const sheet = state.sheetById(selection?.sheetId ?? state.activeSheetId ?? "");
      if (!sheet) throw excelError("ItemNotFound", "Workbook.getSelectedRange");
      return {
        sheet,
        rect:
          selection && selection.sheetId === sheet.id
            ? selection.rect
            : { top: 0, left: 0, bottom: 0, right: 0 },
      };
    });
  }

  getActiveWorksheet(): Worksheet {
    return new Worksheet(
      this.queue,
      new EntityRef(
        () => this.queue.state.sheetById(this.queue.state.activeSheetId ?? ""),
        (sheet) => this.queue.state.sheets.includes(sheet),
        () => excelError("ItemNotFound", "Workbook.getActiveWorksheet")
      )
    );
  }
}
