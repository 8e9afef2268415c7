import fc from "fast-check";
import {
  FORMAT_BYTES_PER_CELL,
  planReads,
  VALUE_BYTES_PER_CELL,
} from "../../../src/excel/read/read-budget";

describe("planning reads under Excel on the web's 5 MB limit", () => {
  it("reads three ordinary input sheets in one batch", () => {
    const batches = planReads([
      { rows: 60, columns: 40, formats: true },
      { rows: 40, columns: 8, formats: true },
      { rows: 20, columns: 2, formats: true },
    ]);
    expect(batches).toHaveLength(1);
    expect(batches[0]!.map((b) => b.range)).toEqual([0, 1, 2]);
  });

  it("splits 200,000 referral rows into blocks each under the budget", () => {
    const budget = 4 * 1024 * 1024;
    const batches = planReads([{ rows: 200_000, columns: 6, formats: false }], budget);
    expect(batches.length).toBeGreaterThan(1);
    for (const batch of batches) {
      const bytes = batch.reduce(
        (sum, { block }) => sum + block.rowCount * 6 * VALUE_BYTES_PER_CELL,
        0
      );
      expect(bytes).toBeLessThanOrEqual(budget);
    }
  });

  it("covers every row of every range exactly once, in order, within the budget", () => {
    const range = fc.record({
      rows: fc.integer({ min: 0, max: 5000 }),
      columns: fc.integer({ min: 1, max: 2000 }),
      formats: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(range, { maxLength: 5 }),
        fc.integer({ min: 1_000, max: 1_000_000 }),
        (ranges, budget) => {
          const batches = planReads(ranges, budget);
          const next = ranges.map(() => 0);
          for (const batch of batches) {
            let bytes = 0;
            for (const { range: index, block } of batch) {
              expect(block.firstRow).toBe(next[index]);
              next[index] = block.firstRow + block.rowCount;
              const r = ranges[index]!;
              bytes +=
                block.rowCount *
                r.columns *
                (VALUE_BYTES_PER_CELL + (r.formats ? FORMAT_BYTES_PER_CELL : 0));
            }
            // A single row wider than the budget is still read (alone), so only multi-row batches are bounded.
            if (batch.length > 1 || (batch[0]?.block.rowCount ?? 0) > 1)
              expect(bytes).toBeLessThanOrEqual(budget);
          }
          expect(next).toEqual(ranges.map((r) => r.rows));
        }
      )
    );
  });
});
