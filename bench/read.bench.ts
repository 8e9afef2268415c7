import { readGrids } from "../src/excel/read/read-grids";
import { createExcelModel } from "../tests/support/excel-model";
import type { Benchmark } from "./harness";

/** Reading a record-level list of 200,000 referrals through Office.js (the strict in-memory model). */
export const readLargeSheet: Benchmark = {
  name: "read 200,000 rows",
  async run() {
    const model = createExcelModel();
    const rows = Array.from({ length: 200_000 }, (_, i) => [
      `C${i % 70_000}`,
      42_000 + (i % 2000),
      "Police",
    ]);
    model.addSheet("Referrals", [["Child id", "Referral date", "Source"], ...rows]);
    model.resetCounters();
    const start = process.hrtime.bigint();
    const { stats } = await model.run((context) =>
      readGrids(context as unknown as Excel.RequestContext, [
        { sheet: "Referrals", numberFormats: false },
      ])
    );
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    return [
      { key: "read_200k_rows_ms", label: "read 200,000 rows × 3 columns", value: ms, unit: "ms" },
      {
        key: "read_200k_rows_syncs",
        label: "syncs to read them",
        value: stats.syncs,
        unit: "syncs",
      },
      {
        key: "read_200k_rows_largest_response_bytes",
        label: "largest response",
        value: stats.largestResponseBytes,
        unit: "bytes",
      },
      {
        key: "read_200k_rows_largest_request_bytes",
        label: "largest request",
        value: model.largestRequestBytes,
        unit: "bytes",
      },
    ];
  },
};
