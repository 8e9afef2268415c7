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

export interface ReadOptions<T> {
  /** Bytes a planned read's response may take (read-budget.ts); 4 MB unless a test says. */
  readonly budget?: number;
  /**
   * Loads of the caller's to ride on the first sync: called just before it, it queues them and
   * returns what reads them once the sync has run (the write's survey, workbook-survey.ts).
   */
  readonly alongside?: () => () => T;
}

/** A requested sheet that exists, with its used range and role marker as queued. */
interface Found {
  readonly request: GridRequest;
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly marker: Excel.WorksheetCustomProperty;
}

/**
 * Reads the used ranges of several sheets as grids in one `Excel.run` context, in two syncs for an
 * ordinary workbook: the sheet names (with whatever the caller's `alongside` queues), then every
 * used range's size and cells at once, with every sheet's markers. Sheet names match as Excel
 * matches them, ignoring case. Loads nothing of the used ranges but their place, `values` (and
 * `numberFormat` where asked); empty and missing sheets cost nothing after the first sync.
 * Only when Excel on the web refuses that response as over its 5 MB limit
 * (ResponsePayloadSizeLimitExceeded: a sheet of tens of thousands of rows) are the sizes read
 * alone, then the cells in batches planned under the limit (read-budget.ts), one sync each; a batch
 * refused too (cells far longer than the estimate) is read again as two halves, at most
 * MAX_HALVINGS times over. So a large sheet costs one refused sync, one for the sizes and one per
 * batch.
 * @example const { grids } = await readGrids(context, [{ sheet: "CSC Data", numberFormats: true }]); // two syncs
 */
export async function readGrids<T = undefined>(
  context: Excel.RequestContext,
  requests: readonly GridRequest[],
  options: ReadOptions<T> = {}
): Promise<{
  grids: GridReading;
  keptSheets: readonly string[];
  stats: ReadStats;
  /** What `alongside` read on the first sync; undefined without one. */
  alongside: T | undefined;
}> {
  // Methods called on a null object fail at sync, so existence is settled first: one sync for the
  // sheet names, then the used ranges.
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const riding = options.alongside?.();
  await context.sync();
  const alongside = riding?.();
  let syncs = 1;
  const byName = new Map(
    sheets.items.map((sheet) => [sheet.name.toLocaleLowerCase("en-GB"), sheet])
  );
  const existing = requests.flatMap((request) => {
    const sheet = byName.get(request.sheet.toLocaleLowerCase("en-GB"));
    return sheet === undefined ? [] : [{ request, sheet }];
  });
  const queueUsedRanges = (withCells: boolean) => ({
    found: existing.map(({ request, sheet }): Found => {
      const used = sheet.getUsedRangeOrNullObject(true);
      if (!withCells) used.load("rowIndex,columnIndex,rowCount,columnCount");
      else if (request.numberFormats)
        used.load("rowIndex,columnIndex,rowCount,columnCount,values,numberFormat");
      else used.load("rowIndex,columnIndex,rowCount,columnCount,values");
      // The marker rides on the same sync: a generated sheet must never be read as an input.
      const marker = sheet.customProperties.getItemOrNullObject(ROLE_KEY).load("value");
      return { request, sheet, used, marker };
    }),
    // Every sheet's markers ride on the same sync (getItemOrNullObject, ExcelApi 1.12:
    // https://learn.microsoft.com/javascript/api/excel/excel.worksheetcustompropertycollection), so
    // the refresh knows before it plans which scorecard sheets the analyst renamed or copied to keep.
    markers: sheets.items.map((sheet) => ({
      sheet,
      values: MARKER_KEYS.map((key) =>
        sheet.customProperties.getItemOrNullObject(key).load("value")
      ),
    })),
  });

  let queued = queueUsedRanges(true);
  let whole = true;
  try {
    syncs += 1;
    await context.sync();
  } catch (error) {
    if (excelErrorCode(error) !== "ResponsePayloadSizeLimitExceeded") throw error;
    // Too much for one response: the sizes alone, then the cells in batches planned from them.
    queued = queueUsedRanges(false);
    whole = false;
    syncs += 1;
    await context.sync();
  }
  const { found, markers } = queued;
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
  const cells = whole
    ? cellsAsLoaded(present)
    : await readInBatches(context, present, options.budget ?? RESPONSE_BUDGET_BYTES);
  syncs += cells.syncs;

  const grids = new Map<string, SheetGrid | null>(requests.map((r) => [r.sheet, null]));
  present.forEach(({ request, sheet, used, marker }, i) => {
    const grid: Grid = {
      sheet: sheet.name,
      values: cells.values[i]!,
      origin: { row: used.rowIndex, column: used.columnIndex },
      ...(request.numberFormats ? { numberFormats: cells.formats[i]! } : {}),
    };
    grids.set(request.sheet, { grid, generated: !marker.isNullObject });
  });
  // A sheet that exists but is empty is an empty grid, not a missing sheet.
  for (const { request, sheet, used, marker } of found) {
    if (used.isNullObject)
      grids.set(request.sheet, {
        grid: { sheet: sheet.name, values: [] },
        generated: !marker.isNullObject,
      });
  }
  return {
    grids,
    keptSheets,
    stats: { syncs, largestResponseBytes: cells.largestResponseBytes },
    alongside,
  };
}

/** Each used range's cells, by range, and what reading them cost beyond the sizes' sync. */
interface Cells {
  readonly values: RawCell[][][];
  readonly formats: string[][][];
  readonly syncs: number;
  readonly largestResponseBytes: number;
}

/** The cells the optimistic sync loaded with the sizes: no sync more. */
function cellsAsLoaded(present: readonly Found[]): Cells {
  let bytes = 0;
  const values = present.map(({ used }) =>
    used.values.map((row) => {
      bytes += JSON.stringify(row).length;
      return row as RawCell[];
    })
  );
  const formats = present.map(({ used, request }) =>
    request.numberFormats
      ? used.numberFormat.map((row) => {
          bytes += JSON.stringify(row).length;
          return row as string[];
        })
      : []
  );
  return { values, formats, syncs: 0, largestResponseBytes: bytes };
}

/** The cells in batches whose responses fit the budget, one sync each, halving a refused batch. */
async function readInBatches(
  context: Excel.RequestContext,
  present: readonly Found[],
  budget: number
): Promise<Cells> {
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
  let syncs = 0;
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
      syncs += 1;
      // One sync per batch is the point: each batch is a response under Excel on the web's 5 MB
      // limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      const halves = halvings < MAX_HALVINGS ? halve(batch) : null;
      // The estimate was too low (long text in the cells): the same rows in two smaller reads.
      if (excelErrorCode(error) === "ResponsePayloadSizeLimitExceeded" && halves !== null) {
        pending.unshift(...halves.map((half) => ({ batch: half, halvings: halvings + 1 })));
        continue;
      }
      throw error;
    }
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
  return { values, formats, syncs, largestResponseBytes };
}
