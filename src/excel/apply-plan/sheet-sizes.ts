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
 * The plan's hidden and shown columns as runs of neighbouring columns alike, since `columnHidden`
 * is a Range's (ExcelApi 1.2, https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-columnhidden-member)
 * and a RangeAreas has none. Columns whose plan says neither are left as they are.
 * @example columnHidingCalls(plan) // [{ address: "A:I", hidden: false }, { address: "J:J", hidden: true }, …]
 */
export function columnHidingCalls(
  plan: SheetPlan
): ReadonlyArray<{ readonly address: string; readonly hidden: boolean }> {
  const said = plan.columnWidths
    .flatMap(({ column, hidden }) => (hidden === undefined ? [] : [{ column, hidden }]))
    .sort((a, b) => a.column - b.column);
  const runs: Array<{ from: number; to: number; hidden: boolean }> = [];
  for (const { column, hidden } of said) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.hidden === hidden && last.to === column - 1) last.to = column;
    else runs.push({ from: column, to: column, hidden });
  }
  return runs.map(({ from, to, hidden }) => ({
    address: `${columnLetters(from)}:${columnLetters(to)}`,
    hidden,
  }));
}

/** Queues the plan's hidden and shown columns (see columnHidingCalls). */
export function queueColumnHiding(sheet: Excel.Worksheet, plan: SheetPlan): void {
  for (const { address, hidden } of columnHidingCalls(plan)) {
    sheet.getRange(address).columnHidden = hidden;
  }
}

/**
 * Queues the plan's row heights, then fits the rows it asks to fit to their wrapped text (after
 * the cells are written, so the fit measures them).
 * @example queueRowSizes(sheet, plan); // rowHeight per planned row, then autofitRows
 */
export function queueRowSizes(sheet: Excel.Worksheet, plan: SheetPlan): void {
  // One call per height and address chunk, as for widths: the scorecard plans every table row's.
  const byHeight = new Map<number, string[]>();
  for (const { row, points } of plan.rowHeights) {
    byHeight.set(points, [...(byHeight.get(points) ?? []), `${row + 1}:${row + 1}`]);
  }
  for (const [points, rows] of byHeight) {
    for (const addresses of chunkAddresses(rows))
      sheet.getRanges(addresses).format.rowHeight = points;
  }
  for (const address of plan.autofitRows) sheet.getRange(address).format.autofitRows();
}

/**
 * Queues every size the plan gives a sheet: column widths, hidden columns, row heights and fitted rows.
 * @example queueSheetSizes(liveSheet, plan);
 */
export function queueSheetSizes(sheet: Excel.Worksheet, plan: SheetPlan): void {
  for (const { addresses, points } of columnWidthCalls(plan)) {
    sheet.getRanges(addresses).format.columnWidth = points;
  }
  queueColumnHiding(sheet, plan);
  queueRowSizes(sheet, plan);
}
