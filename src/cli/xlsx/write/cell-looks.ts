import type { BorderLine, CellStyle, SheetPlan } from "../../../plan/plan-types";
import { parseRange } from "./a1-range";

/** Everything a cell ends up with after every style group that covers it, applied in order. */
export type CellLook = Omit<CellStyle, "borderTop" | "borderBottom"> & {
  readonly top?: BorderLine;
  readonly bottom?: BorderLine;
};

/**
 * Each cell's look from a sheet's style groups, as Office.js leaves it after setting each group's
 * properties on its ranges in turn (a later group wins, property by property). A group's top or
 * bottom border is also set on its inside horizontal lines (as write-sheet.ts does), so in a
 * rectangle of several rows every cell gets that line on both sides it shares.
 * @example cellLooks(plan).get("7,0") // { bold: true, fill: "#1F4E79", … } for A8
 */
export function cellLooks(plan: SheetPlan): Map<string, CellLook> {
  const looks = new Map<string, CellLook>();
  const set = (row: number, column: number, look: CellLook) => {
    const key = `${row},${column}`;
    looks.set(key, { ...looks.get(key), ...look });
  };
  for (const { style, ranges } of plan.styles) {
    const { borderTop, borderBottom, ...plain } = style;
    for (const range of ranges) {
      const rect = parseRange(range);
      for (let r = rect.top; r <= rect.bottom; r++) {
        for (let c = rect.left; c <= rect.right; c++) {
          set(r, c, plain);
          if (borderTop !== undefined) {
            set(r, c, { top: borderTop });
            if (r < rect.bottom) set(r, c, { bottom: borderTop });
          }
          if (borderBottom !== undefined) {
            set(r, c, { bottom: borderBottom });
            if (r > rect.top) set(r, c, { top: borderBottom });
          }
        }
      }
    }
  }
  return looks;
}
