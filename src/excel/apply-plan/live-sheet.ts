/// <reference types="office-js" />
import type { SheetPlan } from "../../plan/plan-types";
import type { SurveyedSheet } from "../../refresh/output/surveyed-sheet";
import { type CellRect, cellRectAddress, parseCellRect, planExtent } from "./cell-rect";

/**
 * What a live generated sheet holds before a refresh rewrites it in place, read in the build's
 * request (no sync of its own) and used by the swap, and by a recovery to put it back exactly.
 */
export interface LiveSheet {
  readonly id: string;
  readonly name: string;
  /**
   * Every cell the rewrite covers, from A1: the plan's cells, the sheet's used range and its
   * tables. The new content is copied over all of it, so what the new plan leaves blank is cleared.
   */
  readonly extent: CellRect;
  readonly tables: ReadonlyArray<{
    readonly name: string;
    readonly rect: CellRect;
    readonly style: string;
  }>;
  /** Each row's and column's size over the extent (a copy does not carry them). */
  readonly rows: readonly Excel.RowProperties[];
  readonly columns: readonly Excel.ColumnProperties[];
  /** The sheet's own names, with what they refer to. */
  readonly names: ReadonlyArray<{
    readonly name: string;
    readonly formula: string;
    readonly comment: string;
  }>;
  readonly tabColor: string;
  readonly showGridlines: boolean;
}

/**
 * Queues the reads of a live sheet (its tables by the names the survey found) and returns what
 * gives the result after the sync. The extent is measured by Excel itself (`getBoundingRect` of the
 * plan's cells, the used range and each table), so its sizes are read over exactly that rectangle
 * in the same request: `getRowProperties` and `getColumnProperties` (ExcelApi 1.9,
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getrowproperties-member(1))
 * give every row's height in one call, whatever the number of rows.
 * @example const live = queueLiveReading(sheet, plan, surveyed); await sync(); live().extent
 */
export function queueLiveReading(
  sheet: Excel.Worksheet,
  plan: SheetPlan,
  surveyed: SurveyedSheet
): () => LiveSheet {
  const tables = surveyed.tables.map((name) => {
    const table = sheet.tables.getItem(name);
    return { table: table.load("name, style"), range: table.getRange().load("address") };
  });
  let extent = sheet
    .getRange(cellRectAddress(planExtent(plan)))
    .getBoundingRect(sheet.getUsedRange(false));
  for (const { table } of tables) extent = extent.getBoundingRect(table.getRange());
  extent.load("address");
  const rows = extent.getRowProperties({ format: { rowHeight: true, useStandardHeight: true } });
  // Hidden too: a quarter's report hides other columns than a month's (scorecard-columns.ts), and
  // a rollback must show again what the previous scorecard showed.
  const columns = extent.getColumnProperties({
    columnHidden: true,
    format: { columnWidth: true, useStandardWidth: true },
  });
  const names = sheet.names.load("items/name, items/formula, items/comment");
  sheet.load("tabColor, showGridlines");
  return () => readLive(surveyed, { sheet, tables, extent, rows, columns, names });
}

/** The proxies queued by `queueLiveReading`, read once their sync is done. */
interface LiveLoads {
  readonly sheet: Excel.Worksheet;
  readonly tables: ReadonlyArray<{ readonly table: Excel.Table; readonly range: Excel.Range }>;
  readonly extent: Excel.Range;
  readonly rows: OfficeExtension.ClientResult<Excel.RowProperties[]>;
  readonly columns: OfficeExtension.ClientResult<Excel.ColumnProperties[]>;
  readonly names: Excel.NamedItemCollection;
}

function readLive(surveyed: SurveyedSheet, loads: LiveLoads): LiveSheet {
  return {
    id: surveyed.id,
    name: surveyed.name,
    extent: rectOf(loads.extent.address),
    tables: loads.tables.map(({ table, range }) => ({
      name: table.name,
      rect: rectOf(range.address),
      style: table.style,
    })),
    rows: loads.rows.value,
    columns: loads.columns.value,
    names: loads.names.items.map((n) => ({
      name: n.name,
      formula: String(n.formula),
      comment: n.comment,
    })),
    tabColor: loads.sheet.tabColor,
    showGridlines: loads.sheet.showGridlines,
  };
}

function rectOf(address: string): CellRect {
  const rect = parseCellRect(address);
  if (rect === null)
    throw new Error(`Excel reported ${address}, which is not a rectangle of cells`);
  return rect;
}
