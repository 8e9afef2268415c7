import { MAX_COLUMNS, MAX_ROWS, parseAddress } from "./a1";
import { ModelObject } from "./client-object";
import { excelError } from "./errors";
import { Range } from "./range";
import type { RequestQueue } from "./request-context";
import type { SheetState } from "./workbook-state";

function count(value: unknown, location: string, max: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value >= max) {
    throw excelError(
      "InvalidArgument",
      location,
      `${String(value)} is not a number of rows or columns to freeze.`
    );
  }
  return value;
}

/**
 * Freeze panes belong to the window's view of the active sheet ("Freeze panes to lock rows and
 * columns", https://support.microsoft.com/office/freeze-panes-to-lock-rows-and-columns-dab2ffc9-020d-4026-8121-67dd25f2508f,
 * acts on the sheet in view), and freezing a sheet that is not active makes Excel report it as active
 * while another is shown (OfficeDev/office-js#3148, https://github.com/OfficeDev/office-js/issues/3148).
 * A request runs its operations in order ("All other commands after the failed command in the batch
 * are not executed", https://learn.microsoft.com/javascript/api/office/officeextension.error), so a
 * sheet activated earlier in the same request is the active one when the freeze runs: the model
 * refuses to freeze any sheet that is not active at that point (docs/excel-checks/freeze-non-active.yaml
 * checks both in Excel).
 */
function checkActiveView(queue: RequestQueue, sheet: SheetState, method: string): void {
  if (queue.state.activeSheetId !== sheet.id) {
    throw excelError(
      "InvalidOperation",
      `WorksheetFreezePanes.${method}`,
      `'${sheet.name}' is not the active sheet; activate it first (earlier in the same request will do).`
    );
  }
}

/** `worksheet.freezePanes`: how many top rows and left columns stay in view. */
export class WorksheetFreezePanes extends ModelObject {
  constructor(
    queue: RequestQueue,
    private readonly sheet: () => SheetState
  ) {
    super(queue, "WorksheetFreezePanes");
  }

  protected scalars() {
    return {};
  }

  freezeRows(rowCount = 1): void {
    this.call("freezeRows", [rowCount], () => {
      checkActiveView(this.queue, this.sheet(), "freezeRows");
      this.sheet().frozen = {
        rows: count(rowCount, "WorksheetFreezePanes.freezeRows", MAX_ROWS),
        columns: 0,
      };
    });
  }

  freezeColumns(columnCount = 1): void {
    this.call("freezeColumns", [columnCount], () => {
      checkActiveView(this.queue, this.sheet(), "freezeColumns");
      this.sheet().frozen = {
        rows: 0,
        columns: count(columnCount, "WorksheetFreezePanes.freezeColumns", MAX_COLUMNS),
      };
    });
  }

  freezeAt(frozenRange: Range | string): void {
    this.call("freezeAt", [typeof frozenRange === "string" ? frozenRange : "Range"], () => {
      checkActiveView(this.queue, this.sheet(), "freezeAt");
      const rect =
        typeof frozenRange === "string"
          ? parseAddress(frozenRange, "WorksheetFreezePanes.freezeAt").rect
          : frozenRange.target().rect;
      this.sheet().frozen = { rows: rect.bottom + 1, columns: rect.right + 1 };
    });
  }

  unfreeze(): void {
    this.call("unfreeze", [], () => {
      checkActiveView(this.queue, this.sheet(), "unfreeze");
      this.sheet().frozen = { rows: 0, columns: 0 };
    });
  }

  /** The frozen top-left block, or a null object when nothing is frozen. */
  getLocationOrNullObject(): Range {
    const range = new Range(this.queue, () => {
      const sheet = this.sheet();
      const { rows, columns } = sheet.frozen;
      if (rows === 0 && columns === 0) return undefined;
      return {
        sheet,
        rect: {
          top: 0,
          left: 0,
          bottom: (rows === 0 ? MAX_ROWS : rows) - 1,
          right: (columns === 0 ? MAX_COLUMNS : columns) - 1,
        },
      };
    });
    this.queue.enqueue({
      label: "WorksheetFreezePanes.getLocationOrNullObject",
      args: [],
      apply: () => range.capture({ all: false, props: new Set(), nav: new Map() }),
    });
    return range;
  }
}
