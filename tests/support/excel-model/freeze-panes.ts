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
      this.sheet().frozen = {
        rows: count(rowCount, "WorksheetFreezePanes.freezeRows", MAX_ROWS),
        columns: 0,
      };
    });
  }

  freezeColumns(columnCount = 1): void {
    this.call("freezeColumns", [columnCount], () => {
      this.sheet().frozen = {
        rows: 0,
        columns: count(columnCount, "WorksheetFreezePanes.freezeColumns", MAX_COLUMNS),
      };
    });
  }

  freezeAt(frozenRange: Range | string): void {
    this.call("freezeAt", [typeof frozenRange === "string" ? frozenRange : "Range"], () => {
      const rect =
        typeof frozenRange === "string"
          ? parseAddress(frozenRange, "WorksheetFreezePanes.freezeAt").rect
          : frozenRange.target().rect;
      this.sheet().frozen = { rows: rect.bottom + 1, columns: rect.right + 1 };
    });
  }

  unfreeze(): void {
    this.call("unfreeze", [], () => {
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
