import { MEASURES } from "../src/domain/measures/measure-catalogue";
import type { MeasureDef } from "../src/domain/measures/measure-def";
import { addMonths, formatMonth, monthKey } from "../src/domain/period/month";
import { readDataSheet } from "../src/sheet/data-sheet/read-data-sheet";
import type { Grid, RawCell } from "../src/sheet/grid";
import { medianMs, type Benchmark } from "./harness";

const ROWS = 500;
const MONTHS = 120;
const FIRST = monthKey(2010, 4);

/** The built-in measures plus local ones, so that every one of the 500 rows names a measure. */
function measuresFor(rows: number): Record<string, MeasureDef> {
  const measures: Record<string, MeasureDef> = { ...MEASURES };
  for (let i = Object.keys(MEASURES).length; i < rows; i++) {
    measures[`local_${i}`] = { name: `Local measure ${i}`, kind: "flow", aliases: [] };
  }
  return measures;
}

/**
 * A sheet as analysts keep them: titles, a header of months and a YTD column, then one row per
 * measure with counts as numbers, some as text with separators, and the odd suppressed cell.
 */
function sheetOf(measures: Record<string, MeasureDef>): Grid {
  const header: RawCell[] = ["Measure"];
  for (let m = 0; m < MONTHS; m++) header.push(formatMonth(addMonths(FIRST, m)));
  header.push("YTD");
  const values: RawCell[][] = [["Children's social care monthly data"], [""], header];
  Object.values(measures).forEach((def, i) => {
    const row: RawCell[] = [def.name];
    for (let m = 0; m < MONTHS; m++) {
      const value = 50 + ((i * 7 + m * 13) % 900);
      row.push(m % 17 === 5 ? "c" : m % 7 === 3 ? value.toLocaleString("en-GB") : value);
    }
    row.push(1234);
    values.push(row);
  });
  return { sheet: "CSC Data", values };
}

function transposed(grid: Grid): Grid {
  const width = Math.max(...grid.values.map((r) => r.length));
  return {
    sheet: grid.sheet,
    values: Array.from({ length: width }, (_, c) => grid.values.map((r) => r[c] ?? "")),
  };
}

/** Reading a 500-measure, 120-month data sheet, months across and months down. */
export const dataSheetReading: Benchmark = {
  name: "data sheet reading",
  run() {
    const measures = measuresFor(ROWS);
    const across = sheetOf(measures);
    const down = transposed(across);
    const acrossMs = medianMs(() => readDataSheet(across, { measures }), 9);
    const downMs = medianMs(() => readDataSheet(down, { measures }), 9);
    return [
      {
        key: "data_sheet_500x120_across_ms",
        label: "data sheet, 500 measures × 120 months across",
        value: acrossMs,
        unit: "ms",
      },
      {
        key: "data_sheet_500x120_down_ms",
        label: "data sheet, 500 measures × 120 months down",
        value: downMs,
        unit: "ms",
      },
    ];
  },
};
