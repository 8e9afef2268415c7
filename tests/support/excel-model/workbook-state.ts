import { breakReferences, renameReferences } from "./references";
import { breakTableReferences } from "./table-name-references";
import type { Rect } from "./a1";
import { CellStore } from "./cell-store";
import { defaultEnvironment, type ModelEnvironment } from "./environment";
import { excelError } from "./errors";
import { checkSheetName, sameName } from "./name-rules";

/** A record of properties set on a sub-object (page layout, chart title, axis...). */
export type Recorded = Record<string, unknown>;

export interface ConditionalFormatState {
  id: string;
  type: string;
  rect: Rect;
  priority: number;
  stopIfTrue: boolean;
  rules: Recorded;
}

export interface ChartSeriesState {
  name: string;
  chartType?: string;
  values?: string;
  xValues?: string;
  props: Recorded;
}

export interface ChartState {
  id: string;
  name: string;
  chartType: string;
  source?: string;
  seriesBy: string;
  top: number;
  left: number;
  width: number;
  height: number;
  props: Recorded;
  series: ChartSeriesState[];
}

export interface SheetState {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  props: Recorded;
  cells: CellStore;
  merged: Rect[];
  frozen: { rows: number; columns: number };
  pageLayout: Recorded;
  customProperties: { key: string; value: string }[];
  charts: ChartState[];
  conditionalFormats: ConditionalFormatState[];
  /** Review > Protect Sheet. */
  protected: boolean;
}

export interface TableState {
  id: string;
  name: string;
  sheetId: string;
  rect: Rect;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
  props: Recorded;
}

export interface NameState {
  name: string;
  /** The sheet the name is scoped to; undefined for workbook scope. */
  scopeSheetId?: string;
  /** For a named range: the cells, kept by sheet id so the formula follows a renamed sheet. */
  range?: { sheetId: string; rect: Rect };
  /** For any other name: the formula text as given. */
  formula: string;
  comment: string;
  visible: boolean;
}

/**
 * Excel.CalculationMode: "Automatic", "AutomaticExceptTables" and "Manual",
 * https://learn.microsoft.com/javascript/api/excel/excel.calculationmode.
 */
export const CALCULATION_MODES = ["Automatic", "AutomaticExceptTables", "Manual"] as const;

export interface ApplicationState {
  calculationMode: (typeof CALCULATION_MODES)[number];
  calls: string[];
}

/** The whole workbook behind the proxies: what Excel would hold. */
export class WorkbookState {
  readonly sheets: SheetState[] = [];
  readonly tables: TableState[] = [];
  readonly names: NameState[] = [];
  readonly application: ApplicationState = { calculationMode: "Automatic", calls: [] };
  /** What the person at Excel is doing (editing a cell, in another workbook): not the workbook. */
  readonly environment: ModelEnvironment = defaultEnvironment();
  /** Review > Protect Workbook (structure). */
  structureProtected = false;
  activeSheetId: string | undefined;
  selection: { sheetId: string; rect: Rect } | undefined;
  private nextId = 1;
  /**
   * Ids of deleted sheets, the latest last. Worksheet.id "uniquely identifies the worksheet in a
   * given workbook" (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-id-member),
   * which promises nothing once the sheet is gone, and Excel's ids can be positional
   * ("{00000000-0001-0000-0003-000000000000}", OfficeDev/office-js#1390, https://github.com/OfficeDev/office-js/issues/1390,
   * and #552, https://github.com/OfficeDev/office-js/issues/552). The model takes the worst case: the
   * next sheet added gets the id of the last one deleted, so code that trusts an id across a delete
   * acts on the wrong sheet in tests.
   */
  private readonly freedSheetIds: string[] = [];

  newId(prefix: string): string {
    const id = `{${prefix}-${String(this.nextId).padStart(8, "0")}}`;
    this.nextId += 1;
    return id;
  }

  findSheet(nameOrId: string): SheetState | undefined {
    return this.sheets.find((sheet) => sheet.id === nameOrId || sameName(sheet.name, nameOrId));
  }

  sheetById(id: string): SheetState | undefined {
    return this.sheets.find((sheet) => sheet.id === id);
  }

  /**
   * A protected structure stops adding, deleting, renaming, moving and hiding sheets ("Protect a
   * workbook", https://support.office.com/article/Protect-a-workbook-7E365A4D-3E89-4616-84CA-1931257C1517,
   * linked from https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-workbooks#protect-the-workbooks-structure).
   * Which code the API then throws is not documented; the model uses AccessDenied ("You cannot
   * perform the requested operation").
   */
  checkStructure(location: string): void {
    if (this.structureProtected) {
      throw excelError("AccessDenied", location, "The workbook's structure is protected.");
    }
  }

  /** Adds a sheet at the end, as `worksheets.add` does; names it "SheetN" when no name is given. */
  addSheet(name: string | undefined, location: string, seeding = false): SheetState {
    if (!seeding) this.checkStructure(location);
    const chosen = name ?? this.defaultSheetName();
    checkSheetName(chosen, location);
    if (this.findSheetByName(chosen)) {
      throw excelError("ItemAlreadyExists", location, `A sheet named '${chosen}' already exists.`);
    }
    const sheet: SheetState = {
      id: this.freedSheetIds.pop() ?? this.newId("sheet"),
      name: chosen,
      visibility: "Visible",
      props: {},
      cells: new CellStore(),
      merged: [],
      frozen: { rows: 0, columns: 0 },
      pageLayout: {},
      customProperties: [],
      charts: [],
      conditionalFormats: [],
      protected: false,
    };
    this.sheets.push(sheet);
    this.activeSheetId ??= sheet.id;
    return sheet;
  }

  findSheetByName(name: string): SheetState | undefined {
    return this.sheets.find((sheet) => sameName(sheet.name, name));
  }

  renameSheet(sheet: SheetState, name: string, location: string): void {
    this.checkStructure(location);
    checkSheetName(name, location);
    const clash = this.findSheetByName(name);
    if (clash && clash !== sheet) {
      throw excelError("ItemAlreadyExists", location, `A sheet named '${name}' already exists.`);
    }
    const before = sheet.name;
    sheet.name = name;
    if (before !== name) renameReferences(this, before, name);
  }

  deleteSheet(sheet: SheetState, location: string): void {
    this.checkStructure(location);
    // "If the worksheet's visibility is set to "VeryHidden", the delete operation will fail with an
    // InvalidOperation exception": Worksheet.delete,
    // https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1).
    if (sheet.visibility === "VeryHidden") {
      throw excelError(
        "InvalidOperation",
        location,
        "A very hidden sheet cannot be deleted; make it hidden or visible first."
      );
    }
    const visible = this.sheets.filter((s) => s.visibility === "Visible");
    if (sheet.visibility === "Visible" && visible.length === 1) {
      throw excelError(
        "InvalidOperation",
        location,
        "A workbook must contain at least one visible worksheet."
      );
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.freedSheetIds.push(sheet.id);
    breakReferences(this, sheet.name);
    for (let i = this.tables.length - 1; i >= 0; i -= 1) {
      const table = this.tables[i];
      if (table?.sheetId !== sheet.id) continue;
      this.tables.splice(i, 1);
      breakTableReferences(this, table.name);
    }
    for (let i = this.names.length - 1; i >= 0; i -= 1) {
      const item = this.names[i];
      if (!item) continue;
      if (item.scopeSheetId === sheet.id) this.names.splice(i, 1);
    }
    if (this.activeSheetId === sheet.id) {
      this.activeSheetId = this.sheets.find((s) => s.visibility === "Visible")?.id;
    }
  }

  private defaultSheetName(): string {
    for (let n = 1; ; n += 1) if (!this.findSheetByName(`Sheet${n}`)) return `Sheet${n}`;
  }
}
