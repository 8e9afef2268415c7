/// <reference types="office-js" />
import { drawnLines } from "../../plan/drawn-lines";
import type { SheetPlan } from "../../plan/plan-types";
import {
  REFRESH_KEY,
  stampText,
  temporaryChartName,
  type RefreshStamp,
} from "../../refresh/output/markers";
import type { SheetNaming } from "../../refresh/output/output-names";
import {
  absoluteAddress,
  type CellRect,
  cellRectAddress,
  columnsAddress,
  parseCellRect,
  rowsAddress,
} from "./cell-rect";
import type { LiveSheet } from "./live-sheet";
import { queueSheetSizes } from "./sheet-sizes";
import { addChart } from "./write-sheet";

/**
 * A planned sheet whose previous sheet is live: the refresh writes it in place, so the sheet, its
 * table and its names keep their identity and every formula of the analyst's that points at them
 * still does (renaming a sheet aside and deleting it, as a swap would, turns those into #REF!).
 */
export interface InPlaceSheet {
  readonly plan: SheetPlan;
  readonly naming: SheetNaming;
  /** The table names the refresh uses for the plan's tables (the live sheet's own, kept). */
  readonly tableNames: ReadonlyMap<string, string>;
  /** What the live sheet held, read in the build. */
  readonly live: LiveSheet;
}

/**
 * The pieces in which the live sheet is copied to its backup: split below each table's header
 * row, so no piece holds a whole table. What Excel does when a copy holds a whole table is not
 * documented (the UI's paste may make a new table); a piece of a table copies as cells.
 * @example backupPieces(live) // ["A1:W9", "A10:W40"] for a table whose headers are in row 9
 */
export function backupPieces(live: LiveSheet): string[] {
  const { extent } = live;
  const cuts = [...new Set(live.tables.map((t) => t.rect.top))]
    .filter((row) => row >= extent.top && row < extent.bottom)
    .sort((a, b) => a - b);
  const pieces: CellRect[] = [];
  let top = extent.top;
  for (const cut of cuts) {
    pieces.push({ ...extent, top, bottom: cut });
    top = cut + 1;
  }
  pieces.push({ ...extent, top });
  return pieces.filter((p) => p.top <= p.bottom).map(cellRectAddress);
}

/**
 * Queues the first part of a rewrite in place, in the swap's request: the backup (the live
 * sheet's cells copied to the backup sheet built empty in the build), the live sheet stamped with
 * this refresh (so a recovery knows the backup is whole and the sheet may be part-written), then
 * the new content copied over the whole extent with `Range.copyFrom` (ExcelApi 1.9,
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-copyfrom-member(1)):
 * values, number formats and formats, and the blanks of the new content clear what the old left.
 * A copy does not carry column widths or row heights (the documentation is silent;
 * docs/excel-checks/in-place-rewrite.yaml checks it), so the extent's rows and columns go back to
 * the standard size and take the plan's. The table is resized to the plan's range, keeping its
 * name (`Table.resize`, ExcelApi 1.13); names keep theirs, refer to the plan's cells, and are added
 * where missing; charts are added beside the old ones under this refresh's names (the old ones are
 * deleted once the rewrite is whole, `queueInPlaceCleanUp`).
 * @returns sentences for the analyst (a table that could not be kept)
 */
export function queueInPlaceRewrite(
  sheets: Excel.WorksheetCollection,
  sheet: InPlaceSheet,
  stamp: RefreshStamp
): string[] {
  const { plan, naming, live } = sheet;
  const target = sheets.getItem(live.id);
  const built = sheets.getItem(naming.temporary);
  const backup = sheets.getItem(naming.backup);
  for (const piece of backupPieces(live)) {
    backup.getRange(piece).copyFrom(target.getRange(piece), "All");
  }
  target.customProperties.add(REFRESH_KEY, stampText(stamp));
  const messages: string[] = [];
  const replaced = replacedTables(sheet);
  for (const table of replaced) {
    const name = keptTable(sheet, table.name)?.name ?? table.name;
    target.tables.getItem(name).delete();
    messages.push(
      `The scorecard's table ${name} now starts in another row, so it was made again: formulas of yours that used ${name}[...] show #REF! and need entering again.`
    );
  }
  const extent = cellRectAddress(live.extent);
  target.getRange(extent).copyFrom(built.getRange(extent), "All");
  target.getRange(rowsAddress(live.extent)).format.useStandardHeight = true;
  target.getRange(columnsAddress(live.extent)).format.useStandardWidth = true;
  queueSheetSizes(target, plan);
  target.tabColor = plan.tabColor;
  target.showGridlines = plan.showGridlines;
  for (const table of plan.tables) {
    const kept = replaced.includes(table) ? undefined : keptTable(sheet, table.name);
    const resized =
      kept === undefined
        ? target.tables.add(target.getRange(table.range), true)
        : target.tables.getItem(kept.name);
    if (kept === undefined) resized.name = sheet.tableNames.get(table.name) ?? table.name;
    else resized.resize(table.range);
    resized.style = table.style;
  }
  for (const name of plan.names) {
    const rect = parseCellRect(name.range);
    const before = live.names.find((n) => sameName(n.name, name.name));
    if (before === undefined || rect === null) {
      target.names.add(name.name, target.getRange(name.range), name.comment);
      continue;
    }
    const item = target.names.getItem(before.name);
    const wanted = absoluteAddress(rect);
    if (before.formula.slice(before.formula.lastIndexOf("!") + 1) !== wanted) {
      item.formula = `='${live.name.replace(/'/g, "''")}'!${wanted}`;
    }
    if (before.comment !== name.comment) item.comment = name.comment;
  }
  for (const chart of plan.charts) {
    if (drawnLines(chart).length === 0) continue;
    addChart(target, { ...chart, name: temporaryChartName(chart.name, stamp.token) });
  }
  return messages;
}

/**
 * Queues the end of a rewrite in place, once the refresh is committed: the old charts deleted
 * and the new ones given their names, the names the plan no longer has deleted, and the built
 * sheet and the backup deleted. A recovery that finds the refresh committed does the same with
 * whatever is left (`completeInPlace` in recover.ts).
 */
export function queueInPlaceCleanUp(
  sheets: Excel.WorksheetCollection,
  sheet: InPlaceSheet,
  oldCharts: readonly string[],
  token: string
): void {
  const { plan, naming, live } = sheet;
  const target = sheets.getItem(live.id);
  sheets.getItem(naming.temporary).delete();
  for (const name of oldCharts) target.charts.getItem(name).delete();
  for (const chart of plan.charts) {
    if (drawnLines(chart).length === 0) continue;
    target.charts.getItem(temporaryChartName(chart.name, token)).name = chart.name;
  }
  for (const name of live.names) {
    if (!plan.names.some((n) => sameName(n.name, name.name))) {
      target.names.getItem(name.name).delete();
    }
  }
  sheets.getItem(naming.backup).delete();
}

/**
 * The planned tables whose live table must be replaced rather than resized: the new layout moves
 * its header row, and `Table.resize` keeps the headers in their row. Formulas that used it break,
 * and the analyst is told.
 */
export function replacedTables(sheet: InPlaceSheet): SheetPlan["tables"] {
  return sheet.plan.tables.filter((table) => {
    const kept = keptTable(sheet, table.name);
    const rect = parseCellRect(table.range);
    return kept !== undefined && rect !== null && kept.rect.top !== rect.top;
  });
}

/** The live sheet's table that a planned table keeps, if it has one. */
export function keptTable(
  sheet: InPlaceSheet,
  planned: string
): LiveSheet["tables"][number] | undefined {
  const name = sheet.tableNames.get(planned) ?? planned;
  return sheet.live.tables.find((t) => sameName(t.name, name));
}

function sameName(a: string, b: string): boolean {
  return a.toLocaleUpperCase("en-GB") === b.toLocaleUpperCase("en-GB");
}
