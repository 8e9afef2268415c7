/**
 * Excel on the web refuses a request or response over 5 MB. Values come back as JSON, so a cell
 * costs its text plus quotes and a comma: 24 bytes covers counts, dates and short labels with room
 * to spare, and a number format ("General", "0.0%") about 12. Reads are planned against 4 MB, well
 * under the limit, so one unusually long cell cannot push a response over it.
 */
export const RESPONSE_BUDGET_BYTES = 4 * 1024 * 1024;
export const VALUE_BYTES_PER_CELL = 24;
export const FORMAT_BYTES_PER_CELL = 12;

/** A block of whole rows of a used range to read in one load. */
export interface RowBlock {
  /** First row, 0-based, relative to the used range. */
  readonly firstRow: number;
  readonly rowCount: number;
}

/** A batch of row blocks whose responses together fit the budget: one sync reads them all. */
export type ReadBatch = readonly RowBlock[];

/**
 * Splits reads of several used ranges into syncs: each sync's estimated response stays under the
 * budget. A normal workbook (three input sheets of a few hundred rows) is one batch; a record-level
 * list of 200,000 rows is read in as many batches as its size needs.
 * @example planReads([{ rows: 50, columns: 30, formats: true }]) // [[{ range: 0, block: { firstRow: 0, rowCount: 50 } }]]
 */
export function planReads(
  ranges: readonly { readonly rows: number; readonly columns: number; readonly formats: boolean }[],
  budget = RESPONSE_BUDGET_BYTES
): { range: number; block: RowBlock }[][] {
  const batches: { range: number; block: RowBlock }[][] = [];
  let current: { range: number; block: RowBlock }[] = [];
  let used = 0;
  ranges.forEach((range, index) => {
    const rowBytes =
      Math.max(1, range.columns) *
      (VALUE_BYTES_PER_CELL + (range.formats ? FORMAT_BYTES_PER_CELL : 0));
    const rowsPerBlock = Math.max(1, Math.floor(budget / rowBytes));
    for (let first = 0; first < range.rows;) {
      // A row wider than the whole budget still has to be read: alone, in a batch of its own.
      const room =
        current.length === 0
          ? Math.max(1, Math.floor(budget / rowBytes))
          : Math.floor((budget - used) / rowBytes);
      if (room < 1) {
        batches.push(current);
        current = [];
        used = 0;
        continue;
      }
      const rowCount = Math.min(range.rows - first, rowsPerBlock, room);
      current.push({ range: index, block: { firstRow: first, rowCount } });
      used += rowCount * rowBytes;
      first += rowCount;
    }
  });
  if (current.length > 0) batches.push(current);
  return batches;
}

/**
 * How many times a refused batch is halved before the refusal stands: 1/256 of a 4 MB batch is
 * 16 KB, which only a few cells of 32,767 characters (Excel's most) could still pass 5 MB.
 */
export const MAX_HALVINGS = 8;

/**
 * A batch as two reads of about half its rows each, or null when it is a single row, which cannot
 * be split further.
 * @example halve([{ range: 0, block: { firstRow: 0, rowCount: 10 } }]) // [[{ range: 0, block: { firstRow: 0, rowCount: 5 } }], [{ range: 0, block: { firstRow: 5, rowCount: 5 } }]]
 */
export function halve(
  batch: readonly { range: number; block: RowBlock }[]
): [{ range: number; block: RowBlock }[], { range: number; block: RowBlock }[]] | null {
  if (batch.length > 1) {
    const middle = Math.ceil(batch.length / 2);
    return [batch.slice(0, middle), batch.slice(middle)];
  }
  const only = batch[0];
  if (only === undefined || only.block.rowCount < 2) return null;
  const { firstRow, rowCount } = only.block;
  const top = Math.ceil(rowCount / 2);
  return [
    [{ range: only.range, block: { firstRow, rowCount: top } }],
    [{ range: only.range, block: { firstRow: firstRow + top, rowCount: rowCount - top } }],
  ];
}
