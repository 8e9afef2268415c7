import { EntityRef, ModelCollection } from "./client-object";
import { excelError } from "./errors";
import type { RequestQueue } from "./request-context";
import type { SheetState } from "./workbook-state";
import { Worksheet } from "./worksheet";

/** `workbook.worksheets`. */
export class WorksheetCollection extends ModelCollection<Worksheet> {
  constructor(queue: RequestQueue) {
    super(queue, "WorksheetCollection");
  }

  private exists = (sheet: SheetState) => this.queue.state.sheets.includes(sheet);

  private bound(sheet: SheetState): Worksheet {
    return new Worksheet(
      this.queue,
      new EntityRef(
        () => sheet,
        this.exists,
        () => excelError("ItemNotFound", "Worksheet")
      )
    );
  }

  protected currentItems(): Worksheet[] {
    return this.queue.state.sheets.map((sheet) => this.bound(sheet));
  }

  /** Adds a sheet at the end (not activated); Excel names it "SheetN" when no name is given. */
  add(name?: string): Worksheet {
    const ref = new EntityRef<SheetState>(
      () => undefined,
      this.exists,
      () => excelError("ItemNotFound", "WorksheetCollection.add", "The sheet was not added.")
    );
    this.call("add", name === undefined ? [] : [name], () => {
      ref.bind(this.queue.state.addSheet(name, "WorksheetCollection.add"));
    });
    return new Worksheet(this.queue, ref);
  }

  private byKey(key: string, location: string): EntityRef<SheetState> {
    return new EntityRef(
      () => this.queue.state.findSheet(key),
      this.exists,
      () => excelError("ItemNotFound", location, `The worksheet '${key}' doesn't exist.`)
    );
  }

  getItem(key: string): Worksheet {
    return new Worksheet(this.queue, this.byKey(key, "WorksheetCollection.getItem"));
  }

  getItemOrNullObject(key: string): Worksheet {
    const sheet = new Worksheet(
      this.queue,
      this.byKey(key, "WorksheetCollection.getItemOrNullObject")
    );
    this.queue.enqueue({
      label: "WorksheetCollection.getItemOrNullObject",
      args: [key],
      apply: () => sheet.capture({ all: false, props: new Set(), nav: new Map() }),
    });
    return sheet;
  }

  getActiveWorksheet(): Worksheet {
    return new Worksheet(
      this.queue,
      new EntityRef(
        () => this.queue.state.sheetById(this.queue.state.activeSheetId ?? ""),
        this.exists,
        () => excelError("ItemNotFound", "WorksheetCollection.getActiveWorksheet")
      )
    );
  }

  getFirst(visibleOnly = false): Worksheet {
    return new Worksheet(
      this.queue,
      new EntityRef(
        () => this.queue.state.sheets.find((s) => !visibleOnly || s.visibility === "Visible"),
        this.exists,
        () => excelError("ItemNotFound", "WorksheetCollection.getFirst")
      )
    );
  }

  getLast(visibleOnly = false): Worksheet {
    return new Worksheet(
      this.queue,
      new EntityRef(
        () =>
          [...this.queue.state.sheets]
            .reverse()
            .find((s) => !visibleOnly || s.visibility === "Visible"),
        this.exists,
        () => excelError("ItemNotFound", "WorksheetCollection.getLast")
      )
    );
  }
}
