import { columnIndex, formatRect, parseAddress, type Rect } from "./a1";
import type { CellValue } from "./cell-value";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT } from "./range-format";
import {
  type CellSnapshot,
  cellSnapshot,
  type SheetSnapshot,
  type WorkbookSnapshot,
  workbookSnapshot,
} from "./snapshot";
import type { SheetState, WorkbookState } from "./workbook-state";

function grid<T>(rect: Rect, read: (row: number, col: number) => T): T[][] {
  const out: T[][] = [];
  for (let row = rect.top; row <= rect.bottom; row += 1) {
    const line: T[] = [];
    for (let col = rect.left; col <= rect.right; col += 1) line.push(read(row, col));
    out.push(line);
  }
  return out;
}

/** Read-only access to one sheet's state for assertions; no proxies, no syncs, nothing counted. */
export class SheetInspector {
  constructor(
    private readonly state: WorkbookState,
    private readonly sheet: SheetState
  ) {}

  get name(): string {
    return this.sheet.name;
  }
  get visibility(): string {
    return this.sheet.visibility;
  }
  get position(): number {
    return this.state.sheets.indexOf(this.sheet);
  }

  private rect(address?: string): Rect {
    if (address !== undefined) return parseAddress(address).rect;
    return this.sheet.cells.usedRect(true) ?? { top: 0, left: 0, bottom: 0, right: 0 };
  }

  /** Values as `range.values` returns them; the used range (values only) when no address is given. */
  values(address?: string): CellValue[][] {
    return grid(this.rect(address), (row, col) => this.sheet.cells.value(row, col));
  }
  formulas(address?: string): CellValue[][] {
    return grid(
      this.rect(address),
      (row, col) => this.sheet.cells.formula(row, col) ?? this.sheet.cells.value(row, col)
    );
  }
  numberFormats(address?: string): string[][] {
    return grid(this.rect(address), (row, col) =>
      String(this.sheet.cells.format(row, col, "numberFormat"))
    );
  }

  /** One cell's value, formula and non-default formatting ("fill.color", "font.bold", "border.bottom.style"...). */
  cell(address: string): CellSnapshot {
    const { rect } = parseAddress(address);
    return cellSnapshot(this.sheet, rect.top, rect.left);
  }

  /** Column width in points, by letters ("B") or zero-based index. */
  columnWidth(column: string | number): number {
    const index = typeof column === "number" ? column : columnIndex(column);
    return this.sheet.cells.columnWidths.get(index) ?? DEFAULT_COLUMN_WIDTH;
  }

  /** Row height in points, by one-based row number. */
  rowHeight(row: number): number {
    return this.sheet.cells.rowHeights.get(row - 1) ?? DEFAULT_ROW_HEIGHT;
  }

  /** The used range's address without the sheet ("A1:F20"), or undefined for an empty sheet. */
  usedAddress(valuesOnly = false): string | undefined {
    const rect = this.sheet.cells.usedRect(valuesOnly);
    return rect ? formatRect(rect) : undefined;
  }

  /** Everything else (merges, freeze panes, page layout, charts, conditional formats...) as plain JSON. */
  snapshot(): SheetSnapshot {
    const found = workbookSnapshot(this.state).sheets.find((s) => s.name === this.sheet.name);
    if (!found) throw new Error(`Sheet '${this.sheet.name}' vanished.`);
    return found;
  }
}

/** Read-only access to the workbook's state for assertions. */
export class WorkbookInspector {
  constructor(private readonly state: WorkbookState) {}

  sheetNames(): string[] {
    return this.state.sheets.map((sheet) => sheet.name);
  }

  hasSheet(name: string): boolean {
    return this.state.findSheetByName(name) !== undefined;
  }

  /** A sheet by name; throws (a test bug, not an Excel error) when there is none. */
  sheet(name: string): SheetInspector {
    const sheet = this.state.findSheetByName(name);
    if (!sheet)
      throw new Error(
        `The model has no sheet named '${name}' (it has ${this.sheetNames().join(", ")}).`
      );
    return new SheetInspector(this.state, sheet);
  }

  activeSheet(): string | undefined {
    return this.state.sheetById(this.state.activeSheetId ?? "")?.name;
  }

  tables(): WorkbookSnapshot["tables"] {
    return workbookSnapshot(this.state).tables;
  }

  names(): WorkbookSnapshot["names"] {
    return workbookSnapshot(this.state).names;
  }

  get application(): WorkbookSnapshot["application"] {
    return workbookSnapshot(this.state).application;
  }
}
