import { a1 } from "../sheet/a1";
import type { CellStyle, StyleGroup } from "./plan-types";

/**
 * Collects the formatting of a sheet cell by cell, then hands it back as few rectangles per distinct
 * style as it can: runs along a row, stacked where consecutive rows repeat them. Layers add up, so a
 * RAG cell on a section's first row keeps both its fill and the section's top border.
 */
export class StyleGrid {
  private readonly cells = new Map<number, Map<number, CellStyle>>();

  /** Adds a style layer over a rectangle (0-based, inclusive). */
  paint(top: number, left: number, bottom: number, right: number, style: CellStyle): void {
    this.layer(top, left, bottom, right, (cell) => ({ ...cell, ...style }));
  }

  /**
   * Adds a style beneath what is already painted over a rectangle: a cell keeps every property it
   * has and takes the rest from `style` (a sheet's font, under the sizes of its title and header).
   */
  underlay(top: number, left: number, bottom: number, right: number, style: CellStyle): void {
    this.layer(top, left, bottom, right, (cell) => ({ ...style, ...cell }));
  }

  /** Gives every cell of a rectangle the style `merge` makes of what it has. */
  private layer(
    top: number,
    left: number,
    bottom: number,
    right: number,
    merge: (cell: CellStyle | undefined) => CellStyle
  ): void {
    for (let row = top; row <= bottom; row++) {
      let line = this.cells.get(row);
      if (line === undefined) {
        line = new Map();
        this.cells.set(row, line);
      }
      for (let column = left; column <= right; column++) line.set(column, merge(line.get(column)));
    }
  }

  /** The style groups, in the order each style was first met (top to bottom, left to right). */
  groups(): StyleGroup[] {
    const rows = [...this.cells.keys()].sort((a, b) => a - b);
    const styles = new Map<string, { style: CellStyle; rects: Rect[] }>();
    let open: Array<{ key: string; rect: Rect }> = [];
    for (const row of rows) {
      const runs = this.runsOf(row);
      const next: Array<{ key: string; rect: Rect }> = [];
      for (const run of runs) {
        const above = open.find(
          (o) =>
            o.key === run.key &&
            o.rect.bottom === row - 1 &&
            o.rect.left === run.left &&
            o.rect.right === run.right
        );
        if (above !== undefined) {
          above.rect.bottom = row;
          next.push(above);
          continue;
        }
        const rect = { top: row, bottom: row, left: run.left, right: run.right };
        let entry = styles.get(run.key);
        if (entry === undefined) {
          entry = { style: run.style, rects: [] };
          styles.set(run.key, entry);
        }
        entry.rects.push(rect);
        next.push({ key: run.key, rect });
      }
      open = next;
    }
    return [...styles.values()].map(({ style, rects }) => ({
      style,
      ranges: rects.map(rectAddress),
    }));
  }

  private runsOf(
    row: number
  ): Array<{ key: string; style: CellStyle; left: number; right: number }> {
    const line = this.cells.get(row);
    if (line === undefined) return [];
    const columns = [...line.keys()].sort((a, b) => a - b);
    const runs: Array<{ key: string; style: CellStyle; left: number; right: number }> = [];
    for (const column of columns) {
      const style = line.get(column);
      if (style === undefined || Object.keys(style).length === 0) continue;
      const key = styleKey(style);
      const last = runs[runs.length - 1];
      if (last !== undefined && last.key === key && last.right === column - 1) last.right = column;
      else runs.push({ key, style, left: column, right: column });
    }
    return runs;
  }
}

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function rectAddress(rect: Rect): string {
  const start = a1(rect.top, rect.left);
  return rect.top === rect.bottom && rect.left === rect.right
    ? start
    : `${start}:${a1(rect.bottom, rect.right)}`;
}

/**
 * A style's identity: the same properties in any order give the same key.
 * @example styleKey({ bold: true, fill: "#FFC000" }) === styleKey({ fill: "#FFC000", bold: true }) // true
 */
export function styleKey(style: CellStyle): string {
  return JSON.stringify(
    Object.entries(style)
      .filter(([, value]) => value !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  );
}
