import { ModelObject } from "./client-object";
import { excelError } from "./errors";
import type { RequestQueue } from "./request-context";
import type { SheetState } from "./workbook-state";

/**
 * `workbook.protection` (ExcelApi 1.7): whether the structure is protected (Review > Protect
 * Workbook). "protect: Protects the workbook. Fails if the workbook is protected." and "unprotect:
 * Unprotects the workbook.": https://learn.microsoft.com/javascript/api/excel/excel.workbookprotection.
 */
export class WorkbookProtection extends ModelObject {
  constructor(queue: RequestQueue) {
    super(queue, "WorkbookProtection");
  }

  protected scalars() {
    return { protected: () => this.queue.state.structureProtected };
  }

  get protected(): boolean {
    return this.read("protected");
  }

  protect(password?: string): void {
    this.call("protect", password === undefined ? [] : ["********"], () => {
      if (this.queue.state.structureProtected) {
        throw excelError("InvalidOperation", "WorkbookProtection.protect", "Already protected.");
      }
      this.queue.state.structureProtected = true;
    });
  }

  unprotect(password?: string): void {
    this.call("unprotect", password === undefined ? [] : ["********"], () => {
      this.queue.state.structureProtected = false;
    });
  }
}

/**
 * `worksheet.protection` (ExcelApi 1.2): Review > Protect Sheet. "protect: Protects a worksheet.
 * Fails if the worksheet has already been protected.":
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection. Cells are locked
 * unless unlocked (FormatProtection.locked, https://learn.microsoft.com/javascript/api/excel/excel.formatprotection),
 * which the model does not model, so it refuses every write to a protected sheet's cells and formats.
 */
export class WorksheetProtection extends ModelObject {
  constructor(
    queue: RequestQueue,
    private readonly sheet: () => SheetState
  ) {
    super(queue, "WorksheetProtection");
  }

  protected scalars() {
    return { protected: () => this.sheet().protected };
  }

  get protected(): boolean {
    return this.read("protected");
  }

  protect(_options?: unknown, password?: string): void {
    this.call("protect", password === undefined ? [] : ["********"], () => {
      const sheet = this.sheet();
      if (sheet.protected) {
        throw excelError("InvalidOperation", "WorksheetProtection.protect", "Already protected.");
      }
      sheet.protected = true;
    });
  }

  unprotect(password?: string): void {
    this.call("unprotect", password === undefined ? [] : ["********"], () => {
      this.sheet().protected = false;
    });
  }
}

/**
 * Throws what a write to a protected sheet's cells meets. The code is not documented for this case;
 * the model uses AccessDenied ("You cannot perform the requested operation").
 * @example checkUnprotected(sheet, "Range.values");
 */
export function checkUnprotected(sheet: SheetState, location: string): void {
  if (sheet.protected) {
    throw excelError("AccessDenied", location, `The sheet '${sheet.name}' is protected.`);
  }
}
