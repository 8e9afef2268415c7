import type { Grid, RawCell } from "../../sheet/grid";
import { NAME_KEY, ROLE_KEY, STATE_KEY } from "../../refresh/output/markers";
import { surveyedSheet } from "../../refresh/output/surveyed-sheet";
import { excelErrorCode } from "../excel-errors";
import { halve, MAX_HALVINGS, planReads, RESPONSE_BUDGET_BYTES } from "./read-budget";

/** A sheet to read, and whether its number formats matter (dates and percentages in input sheets). */
export interface GridRequest {
  readonly sheet: string;
  readonly numberFormats: boolean;
}

/** One sheet read: its grid, and whether the add-in wrote it (it carries the role marker). */
export interface SheetGrid {
  readonly grid: Grid;
  readonly generated: boolean;
}

/** What reading found: each requested sheet, or null when the workbook has no such sheet. */
export type GridReading = ReadonlyMap<string, SheetGrid | null>;

/** The markers that tell a sheet the add-in wrote, under the name it gave, from a copy of one. */
const MARKER_KEYS = [ROLE_KEY, STATE_KEY, NAME_KEY] as const;

export interface ReadStats {
  readonly syncs: number;
  /** Estimated bytes of the largest sync's response (see read-budget.ts). */
  readonly largestResponseBytes: number;
}

/**
 * Reads the used ranges of several sheets as grids in one `Excel.run` context: a sync for the sheet
 * names, one for the used ranges' sizes, then one per read batch (one for ordinary workbooks; more only
 * for sheets too large for a single 5 MB response). Sheet names match as Excel matches them,
 * ignoring case. Loads nothing but `values` (and `numberFormat` where asked) of the used ranges;
 * empty and missing sheets cost nothing after the first sync. A batch whose response Excel on the
 * web refuses as over its limit (ResponsePayloadSizeLimitExceeded: cells far longer than the
 * estimate) is read again as two halves, at most MAX_HALVINGS times over.
 */
export async function readGrids(
  context: Excel.RequestContext,
  requests: readonly GridRequest[],
  budget = RESPONSE_BUDGET_BYTES
): Promise<{ grids: GridReading; keptSheets: readonly string[]; stats: ReadStats }> {
  // Methods called on a null object fail at sync, so existence is settled first: one sync for the
  // sheet names, one for the used ranges' sizes, then the read batches.
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const byName = new Map(
    sheets.items.map((sheet) => [sheet.name.toLocaleLowerCase("en-GB"), sheet])
  );
  const found = requests.flatMap((request) => {
    const sheet = byName.get(request.sheet.toLocaleLowerCase("en-GB"));
    if (sheet === undefined) return [];
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    // The marker rides on the same sync: a generated sheet must never be read as an input.
    const marker = sheet.customProperties.getItemOrNullObject(ROLE_KEY).load("value");
    return [{ request, sheet, used, marker }];
  });
  // Every sheet's markers ride on the same sync (getItemOrNullObject, ExcelApi 1.12:
  // https://learn.microsoft.com/javascript/api/excel/excel.worksheetcustompropertycollection), so the
  // refresh knows before it plans which scorecard sheets the analyst renamed or copied to keep.
  const markers = sheets.items.map((sheet) => ({
    sheet,
    values: MARKER_KEYS.map((key) => sheet.customProperties.getItemOrNullObject(key).load("value")),
  }));
  await context.sync();
  let syncs = 2;
  const keptSheets = markers
    .filter(({ sheet, values }) => {
      const properties = new Map<string, string>();
      values.forEach((property, i) => {
        if (!property.isNullObject) properties.set(MARKER_KEYS[i] ?? "", String(property.value));
      });
      return surveyedSheet({ id: "", name: sheet.name, position: 0 }, properties, []).kept;
    })
    .map(({ sheet }) => sheet.name);

  const present = found.filter(({ used }) => !used.isNullObject);
  const batches = planReads(
    present.map(({ used, request }) => ({
      rows: used.rowCount,
      columns: used.columnCount,
      formats: request.numberFormats,
    })),
    budget
  );
  const values = present.map(({ used }) => new Array<RawCell[]>(used.rowCount));
  const formats = present.map(({ used }) => new Array<string[]>(used.rowCount));
  let largestResponseBytes = 0;
  const pending = batches.map((batch) => ({ batch, halvings: 0 }));
  for (let next = pending.shift(); next !== undefined; next = pending.shift()) {
    const { batch, halvings } = next;
    const loads = batch.map(({ range, block }) => {
      const { used, sheet, request } = present[range]!;
      const part = sheet.getRangeByIndexes(
        used.rowIndex + block.firstRow,
        used.columnIndex,
        block.rowCount,
        used.columnCount
      );
      if (request.numberFormats) part.load("values,numberFormat");
      else part.load("values");
      return { range, block, part, request };
    });
    try {
      // One sync per batch is the point: each batch is a response under Excel on the web's 5 MB
      // limit, and an ordinary workbook is a single batch.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      syncs += 1;
      const halves = halvings < MAX_HALVINGS ? halve(batch) : null;
      // The estimate was too low (long text in the cells): the same rows in two smaller reads.
      if (excelErrorCode(error) === "ResponsePayloadSizeLimitExceeded" && halves !== null) {
        pending.unshift(...halves.map((half) => ({ batch: half, halvings: halvings + 1 })));
        continue;
      }
      throw error;
    }
    syncs += 1;
    let bytes = 0;
    for (const { range, block, part, request } of loads) {
      const target = values[range]!;
      part.values.forEach((row, i) => {
        target[block.firstRow + i] = row as RawCell[];
        bytes += JSON.stringify(row).length;
      });
      if (request.numberFormats) {
        const formatTarget = formats[range]!;
        part.numberFormat.forEach((row, i) => {
          formatTarget[block.firstRow + i] = row as string[];
          bytes += JSON.stringify(row).length;
        });
      }
    }
    largestResponseBytes = Math.max(largestResponseBytes, bytes);
  }

  const grids = new Map<string, SheetGrid | null>(requests.map((r) => [r.sheet, null]));
  present.forEach(({ request, sheet, used, marker }, i) => {
    const grid: Grid = {
      sheet: sheet.name,
      values: values[i]!,
      origin: { row: used.rowIndex, column: used.columnIndex },
      ...(request.numberFormats ? { numberFormats: formats[i]! } : {}),
    };
    grids.set(request.sheet, { grid, generated: !marker.isNullObject });
  });
  // A sheet that exists but is empty is an empty grid, not a missing sheet.
  for (const { request, sheet, used, marker } of found) {
    if (!sheet.isNullObject && used.isNullObject)
      grids.set(request.sheet, {
        grid: { sheet: sheet.name, values: [] },
        generated: !marker.isNullObject,
      });
  }
  return { grids, keptSheets, stats: { syncs, largestResponseBytes } };
}
