import { MAX_COLUMNS, type Rect, rectCellCount, rectContains, rectsOverlap } from "./a1";
import type { CellValue } from "./cell-value";
import { defaultFormat, type FormatAttribute } from "./format-attributes";

type FormatValue = string | number | boolean;

/** One formatting write, stamped so the latest of a cell entry and an area entry wins. */
interface Stamped {
  value: FormatValue | undefined;
  seq: number;
}

interface CellData {
  value: CellValue;
  formula?: string;
  formats?: Map<FormatAttribute, Stamped>;
}

interface AreaFormat extends Stamped {
  rect: Rect;
}

/** Formatting written to more cells than this is stored once for the area, not per cell. */
const AREA_THRESHOLD = 4096;
/** Above this many cells, uniformity of an area is judged from the stored entries, not cell by cell. */
const SCAN_LIMIT = 100_000;

const keyOf = (row: number, col: number): number => row * MAX_COLUMNS + col;

/**
 * A sheet's cells: values, formulas and per-cell formatting, stored sparsely. Formatting written to
 * large areas (whole columns, the whole sheet) is kept as area entries so that
 * `getRange().format.fill.clear()` costs nothing; the latest write to a cell wins.
 */
export class CellStore {
  private readonly cells = new Map<number, CellData>();
  private readonly areas = new Map<FormatAttribute, AreaFormat[]>();
  private seq = 0;
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  readonly hiddenRows = new Set<number>();

  value(row: number, col: number): CellValue {
    return this.cells.get(keyOf(row, col))?.value ?? "";
  }

  /** Whether the cell holds anything of its own: a value, a formula or formatting. */
  holds(row: number, col: number): boolean {
    return this.cells.has(keyOf(row, col));
  }

  /** Whether any area formatting entry touches `rect`. */
  hasAreaFormatIn(rect: Rect): boolean {
    for (const list of this.areas.values()) {
      if (list.some((entry) => rectsOverlap(entry.rect, rect))) return true;
    }
    return false;
  }

  formula(row: number, col: number): string | undefined {
    return this.cells.get(keyOf(row, col))?.formula;
  }

  setConstant(row: number, col: number, value: CellValue): void {
    const cell = this.cellFor(row, col);
    cell.value = value;
    delete cell.formula;
    this.prune(row, col);
  }

  setFormula(row: number, col: number, formula: string, cachedValue: CellValue = ""): void {
    const cell = this.cellFor(row, col);
    cell.value = cachedValue;
    cell.formula = formula;
  }

  clearContents(rect: Rect): void {
    for (const [key, row, col] of this.keysIn(rect)) {
      const cell = this.cells.get(key);
      if (!cell) continue;
      cell.value = "";
      delete cell.formula;
      this.prune(row, col);
    }
  }

  format(row: number, col: number, attribute: FormatAttribute): FormatValue {
    const own = this.cells.get(keyOf(row, col))?.formats?.get(attribute);
    let area: AreaFormat | undefined;
    const list = this.areas.get(attribute) ?? [];
    for (let i = list.length - 1; i >= 0; i -= 1) {
      const entry = list[i];
      if (
        entry &&
        row >= entry.rect.top &&
        row <= entry.rect.bottom &&
        col >= entry.rect.left &&
        col <= entry.rect.right
      ) {
        area = entry;
        break;
      }
    }
    const latest = own && (!area || own.seq > area.seq) ? own : area;
    return latest?.value ?? defaultFormat(attribute);
  }

  /** Writes one formatting value to every cell of `rect`; `undefined` restores Excel's default. */
  setFormat(rect: Rect, attribute: FormatAttribute, value: FormatValue | undefined): void {
    this.seq += 1;
    const stamp = { value, seq: this.seq };
    if (rectCellCount(rect) <= AREA_THRESHOLD) {
      for (let row = rect.top; row <= rect.bottom; row += 1) {
        for (let col = rect.left; col <= rect.right; col += 1)
          this.setCellFormat(row, col, attribute, stamp);
      }
      return;
    }
    const list = (this.areas.get(attribute) ?? []).filter(
      (entry) => !rectContains(rect, entry.rect)
    );
    list.push({ rect, ...stamp });
    this.areas.set(attribute, list);
    for (const [key, row, col] of this.keysIn(rect)) {
      const formats = this.cells.get(key)?.formats;
      if (formats?.delete(attribute)) this.prune(row, col);
    }
  }

  setCellFormat(row: number, col: number, attribute: FormatAttribute, stamp?: Stamped): void {
    let entry = stamp;
    if (!entry) return;
    const cell = this.cellFor(row, col);
    cell.formats ??= new Map();
    const areaValue = this.areaValueAt(row, col, attribute);
    if (entry.value === undefined && areaValue === undefined) {
      cell.formats.delete(attribute);
      this.prune(row, col);
      return;
    }
    if (entry.value === defaultFormat(attribute) && areaValue === undefined)
      entry = { ...entry, value: undefined };
    if (entry.value === undefined && areaValue === undefined) {
      cell.formats.delete(attribute);
      this.prune(row, col);
      return;
    }
    cell.formats.set(attribute, entry);
  }

  /** Stamps a single-cell formatting write (used for per-cell arrays such as `numberFormat`). */
  writeCellFormat(
    row: number,
    col: number,
    attribute: FormatAttribute,
    value: FormatValue | undefined
  ): void {
    this.seq += 1;
    this.setCellFormat(row, col, attribute, { value, seq: this.seq });
  }

  /** One value when every cell of `rect` agrees, otherwise null (as Office reports mixed formats). */
  uniformFormat(rect: Rect, attribute: FormatAttribute): FormatValue | null {
    if (rectCellCount(rect) <= SCAN_LIMIT) {
      const first = this.format(rect.top, rect.left, attribute);
      for (let row = rect.top; row <= rect.bottom; row += 1) {
        for (let col = rect.left; col <= rect.right; col += 1) {
          if (this.format(row, col, attribute) !== first) return null;
        }
      }
      return first;
    }
    const seen = new Set<FormatValue>();
    const list = this.areas.get(attribute) ?? [];
    const covering = [...list].reverse().find((entry) => rectContains(entry.rect, rect));
    seen.add(covering?.value ?? defaultFormat(attribute));
    for (const entry of list) {
      if (entry.seq > (covering?.seq ?? 0) && rectsOverlap(entry.rect, rect)) {
        seen.add(entry.value ?? defaultFormat(attribute));
      }
    }
    for (const [, row, col] of this.keysIn(rect)) seen.add(this.format(row, col, attribute));
    return seen.size === 1 ? ([...seen][0] ?? null) : null;
  }

  /** Restores default formatting everywhere in `rect`. */
  clearFormats(rect: Rect, attributes: readonly FormatAttribute[]): void {
    for (const attribute of attributes) this.setFormat(rect, attribute, undefined);
  }

  /** The cells that hold a formula, in no particular order: what reference rules look through. */
  *formulaCells(): Generator<{ row: number; col: number; formula: string; value: CellValue }> {
    for (const [key, cell] of this.cells) {
      if (cell.formula === undefined) continue;
      yield {
        row: Math.floor(key / MAX_COLUMNS),
        col: key % MAX_COLUMNS,
        formula: cell.formula,
        value: cell.value,
      };
    }
  }

  /** Cells that hold something (value, formula or own formatting), in row-major order. */
  occupied(): {
    row: number;
    col: number;
    value: CellValue;
    formula?: string;
    formats: FormatAttribute[];
  }[] {
    return [...this.cells.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([key, cell]) => {
        const base = {
          row: Math.floor(key / MAX_COLUMNS),
          col: key % MAX_COLUMNS,
          value: cell.value,
        };
        const formats = [...(cell.formats?.keys() ?? [])];
        return cell.formula === undefined
          ? { ...base, formats }
          : { ...base, formula: cell.formula, formats };
      });
  }

  /** Area formatting entries, oldest first, for snapshots. */
  areaFormats(): { rect: Rect; attribute: FormatAttribute; value: FormatValue | undefined }[] {
    const all: (AreaFormat & { attribute: FormatAttribute })[] = [];
    for (const [attribute, list] of this.areas)
      for (const entry of list) all.push({ ...entry, attribute });
    return all
      .sort((a, b) => a.seq - b.seq)
      .map(({ rect, attribute, value }) => ({ rect, attribute, value }));
  }

  /** Bounding box of cells with values or formulas (and, unless valuesOnly, own formatting). */
  usedRect(valuesOnly: boolean): Rect | undefined {
    let rect: Rect | undefined;
    for (const [key, cell] of this.cells) {
      const hasContent = cell.value !== "" || cell.formula !== undefined;
      if (!hasContent && (valuesOnly || !cell.formats || cell.formats.size === 0)) continue;
      const row = Math.floor(key / MAX_COLUMNS);
      const col = key % MAX_COLUMNS;
      rect = rect
        ? {
            top: Math.min(rect.top, row),
            left: Math.min(rect.left, col),
            bottom: Math.max(rect.bottom, row),
            right: Math.max(rect.right, col),
          }
        : { top: row, left: col, bottom: row, right: col };
    }
    return rect;
  }

  /** Moves every stored cell in columns left..right at or below `top` down by `count` rows. */
  shiftDown(top: number, left: number, right: number, count: number): void {
    const moving = [...this.keysIn({ top, left, bottom: Number.MAX_SAFE_INTEGER, right })].sort(
      (a, b) => b[0] - a[0]
    );
    for (const [key, row, col] of moving) {
      const cell = this.cells.get(key);
      this.cells.delete(key);
      if (cell) this.cells.set(keyOf(row + count, col), cell);
    }
  }

  private areaValueAt(
    row: number,
    col: number,
    attribute: FormatAttribute
  ): FormatValue | undefined {
    const list = this.areas.get(attribute) ?? [];
    for (let i = list.length - 1; i >= 0; i -= 1) {
      const entry = list[i];
      if (entry && rectContains(entry.rect, { top: row, left: col, bottom: row, right: col }))
        return entry.value;
    }
    return undefined;
  }

  private cellFor(row: number, col: number): CellData {
    const key = keyOf(row, col);
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: "" };
      this.cells.set(key, cell);
    }
    return cell;
  }

  private prune(row: number, col: number): void {
    const key = keyOf(row, col);
    const cell = this.cells.get(key);
    if (
      cell &&
      cell.value === "" &&
      cell.formula === undefined &&
      (!cell.formats || cell.formats.size === 0)
    ) {
      this.cells.delete(key);
    }
  }

  private *keysIn(rect: Rect): Generator<[number, number, number]> {
    if (rectCellCount(rect) <= this.cells.size) {
      for (let row = rect.top; row <= rect.bottom; row += 1) {
        for (let col = rect.left; col <= rect.right; col += 1) {
          const key = keyOf(row, col);
          if (this.cells.has(key)) yield [key, row, col];
        }
      }
      return;
    }
    for (const key of [...this.cells.keys()]) {
      const row = Math.floor(key / MAX_COLUMNS);
      const col = key % MAX_COLUMNS;
      if (row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right)
        yield [key, row, col];
    }
  }
}
