/// <reference types="office-js" />
import { chunkAddresses } from "../../plan/address-chunks";
import type { SheetPlan } from "../../plan/plan-types";
import { columnLetters } from "../../sheet/a1";

/**
 * The plan's column widths as `getRanges` calls: one per distinct width and 8,192-character
 * address chunk, so the number of calls grows with the widths, not the columns.
 * @example columnWidthCalls(plan) // [{ addresses: "A:A,C:C", points: 60 }, { addresses: "B:B", points: 200 }]
 */
export function columnWidthCalls(
  plan: SheetPlan
): ReadonlyArray<{ readonly addresses: string; readonly points: number }> {
  const byWidth = new Map<number, number[]>();
  for (const { column, points } of plan.columnWidths) {
    byWidth.set(points, [...(byWidth.get(points) ?? []), column]);
  }
  return [...byWidth].flatMap(([points, columns]) =>
    chunkAddresses(columns.map((c) => `${columnLetters(c)}:${columnLetters(c)}`)).map(
      (addresses) => ({ addresses, points })
    )
  );
}

/**
 * Queues the plan's row heights, then fits the rows it asks to fit to their wrapped text (after
 * the cells are written, so the fit measures them).
 * @example queueRowSizes(sheet, plan); // rowHeight per planned row, then autofitRows
 */
export function queueRowSizes(sheet: Excel.Worksheet, plan: SheetPlan): void {
  for (const { row, points } of plan.rowHeights) {
    sheet.getRange(`${row + 1}:${row + 1}`).format.rowHeight = points;
  }
  for (const address of plan.autofitRows) sheet.getRange(address).format.autofitRows();
}

/**
 * Queues every size the plan gives a sheet: column widths, row heights and fitted rows.
 * @example queueSheetSizes(liveSheet, plan);
 */
export function queueSheetSizes(sheet: Excel.Worksheet, plan: SheetPlan): void {
  for (const { addresses, points } of columnWidthCalls(plan)) {
    sheet.getRanges(addresses).format.columnWidth = points;
  }
  queueRowSizes(sheet, plan);
}
