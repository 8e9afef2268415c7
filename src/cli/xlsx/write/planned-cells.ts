import type { PlanCell, SheetPlan } from "../../../plan/plan-types";
import { parseRange } from "./a1-range";

/** One cell as the plan's blocks write it. */
export interface PlannedCell {
  readonly value: PlanCell;
  readonly format: string;
}

/**
 * Every cell a sheet's blocks write, keyed "row,column" (0-based).
 * @example plannedCells(plan.sheets[0]).get("0,0")?.value // "Peterborough"
 */
export function plannedCells(plan: SheetPlan): Map<string, PlannedCell> {
  const cells = new Map<string, PlannedCell>();
  for (const block of plan.blocks) {
    block.values.forEach((line, r) =>
      line.forEach((value, c) => {
        const format = block.numberFormats[r]?.[c] ?? "General";
        cells.set(`${block.row + r},${block.column + c}`, { value, format });
      })
    );
  }
  return cells;
}

/**
 * The planned values of a range, row by row, "" where nothing is planned.
 * @example rangeValues(cells, "A5:A7") // ["Jun-13", "Jul-13", "Aug-13"]
 */
export function rangeValues(cells: ReadonlyMap<string, PlannedCell>, address: string): PlanCell[] {
  const rect = parseRange(address);
  const values: PlanCell[] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) values.push(cells.get(`${r},${c}`)?.value ?? "");
  }
  return values;
}
