/// <reference types="office-js" />
import { drawnLines } from "../../plan/drawn-lines";
import { REFRESH_KEY, stampText, temporaryChartName } from "../../refresh/output/markers";
import type { SurveyedSheet } from "../../refresh/output/surveyed-sheet";
import { cellRectAddress, columnsAddress, rowsAddress } from "./cell-rect";
import { keptTable, replacedTables, type InPlaceSheet } from "./rewrite-in-place";

/** A live sheet as a recovery finds it: its survey now, and its names now (loaded in the look). */
export interface LiveSheetNow {
  readonly surveyed: SurveyedSheet;
  readonly names: ReadonlyArray<{ readonly name: string; readonly formula: string }>;
}

/**
 * Queues putting a live sheet back exactly as it was before a rewrite that did not commit: its
 * tables to their ranges (one the rewrite added is deleted, one it replaced is made again), its
 * cells from the backup over the whole extent (`Range.copyFrom` of cells, no table in the source),
 * its rows' and columns' sizes, tab colour and gridlines, its names, its charts (the rewrite's new
 * ones deleted; the old ones were never touched) and its refresh marker. Only for a sheet this
 * refresh stamped, whose backup is therefore whole.
 * @param before the sheet as the refresh's survey found it, for its charts and marker
 */
export function queueInPlaceRestore(
  sheets: Excel.WorksheetCollection,
  sheet: InPlaceSheet,
  now: LiveSheetNow,
  before: SurveyedSheet
): void {
  const { live, naming } = sheet;
  const target = sheets.getItem(live.id);
  const extent = cellRectAddress(live.extent);
  // A table the rewrite made (new, or in place of one whose header row moved) goes; the backup's
  // cells are copied back over its range below.
  const remade = new Set(
    replacedTables(sheet).flatMap((planned) => {
      const kept = keptTable(sheet, planned.name);
      return kept === undefined ? [] : [kept.name.toLocaleUpperCase("en-GB")];
    })
  );
  for (const table of now.surveyed.tables) {
    const made = !live.tables.some((t) => sameName(t.name, table));
    if (made || remade.has(table.toLocaleUpperCase("en-GB"))) target.tables.getItem(table).delete();
  }
  for (const table of live.tables) {
    const still =
      !remade.has(table.name.toLocaleUpperCase("en-GB")) &&
      now.surveyed.tables.some((t) => sameName(t, table.name));
    const range = cellRectAddress(table.rect);
    if (still) target.tables.getItem(table.name).resize(range);
    else target.tables.add(target.getRange(range), true).name = table.name;
    target.tables.getItem(table.name).style = table.style;
  }
  target.getRange(extent).copyFrom(sheets.getItem(naming.backup).getRange(extent), "All");
  target.getRange(rowsAddress(live.extent)).format.useStandardHeight = true;
  target.getRange(columnsAddress(live.extent)).format.useStandardWidth = true;
  target.getRange(extent).setRowProperties(
    live.rows.map((row): Excel.SettableRowProperties => {
      const height = row.format?.rowHeight;
      return row.format?.useStandardHeight === false && height !== undefined
        ? { format: { rowHeight: height } }
        : {};
    })
  );
  target.getRange(extent).setColumnProperties(
    live.columns.map((column): Excel.SettableColumnProperties => {
      const width = column.format?.columnWidth;
      const hidden = column.columnHidden === undefined ? {} : { columnHidden: column.columnHidden };
      return column.format?.useStandardWidth === false && width !== undefined
        ? { ...hidden, format: { columnWidth: width } }
        : hidden;
    })
  );
  target.tabColor = live.tabColor;
  target.showGridlines = live.showGridlines;
  for (const name of now.names) {
    const was = live.names.find((n) => sameName(n.name, name.name));
    const item = target.names.getItem(name.name);
    if (was === undefined) item.delete();
    else {
      if (was.formula !== name.formula) item.formula = was.formula;
      item.comment = was.comment;
    }
  }
  for (const was of live.names) {
    if (!now.names.some((n) => sameName(n.name, was.name))) {
      target.names.add(was.name, was.formula, was.comment);
    }
  }
  queueDropNewCharts(target, now.surveyed, before);
  if (before.stamp !== null) target.customProperties.add(REFRESH_KEY, stampText(before.stamp));
  else target.customProperties.getItem(REFRESH_KEY).delete();
}

/**
 * Deletes the charts a rewrite added that are still there: every chart the survey before it did
 * not find, whether it already had this refresh's name or was added by a request that failed
 * before it could be named ("Chart 1"). The old charts, which the rewrite never touched, stay.
 */
export function queueDropNewCharts(
  target: Excel.Worksheet,
  now: SurveyedSheet,
  before: SurveyedSheet
): void {
  const old = [...before.charts];
  for (const name of now.charts) {
    const at = old.indexOf(name);
    if (at >= 0) old.splice(at, 1);
    else target.charts.getItem(name).delete();
  }
}

/**
 * Queues the rest of a committed rewrite in place, wherever it stopped: each new chart still
 * under this refresh's name replaces the old one of its name (and, while no new chart has its
 * name yet, every old one goes), names the plan no longer has are deleted, and the built sheet and
 * the backup are deleted by the caller with the refresh's other sheets.
 */
export function queueInPlaceCompletion(
  sheets: Excel.WorksheetCollection,
  sheet: InPlaceSheet,
  now: LiveSheetNow,
  oldCharts: readonly string[],
  token: string
): void {
  const target = sheets.getItem(sheet.live.id);
  const drawn = sheet.plan.charts.filter((chart) => drawnLines(chart).length > 0);
  const pending = drawn.filter((c) =>
    now.surveyed.charts.includes(temporaryChartName(c.name, token))
  );
  // The clean-up deletes every old chart before it renames a new one, so while every new chart
  // still has its temporary name, a chart under any other name is an old one.
  if (pending.length === drawn.length) {
    for (const name of now.surveyed.charts) {
      if (oldCharts.includes(name)) target.charts.getItem(name).delete();
    }
  }
  for (const chart of pending) {
    target.charts.getItem(temporaryChartName(chart.name, token)).name = chart.name;
  }
  for (const name of now.names) {
    if (!sheet.plan.names.some((n) => sameName(n.name, name.name))) {
      target.names.getItem(name.name).delete();
    }
  }
}

function sameName(a: string, b: string): boolean {
  return a.toLocaleUpperCase("en-GB") === b.toLocaleUpperCase("en-GB");
}
