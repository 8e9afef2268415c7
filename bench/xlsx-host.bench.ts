import { Workbook } from "exceljs";
import example from "../docs/example-workbook.json";
import { openXlsxHost } from "../src/cli/xlsx/xlsx-host";
import { MEASURES } from "../src/domain/measures/measure-catalogue";
import { addMonths, formatMonth, monthKey } from "../src/domain/period/month";
import { runRefresh } from "../src/refresh/run-refresh";
import type { RawCell } from "../src/sheet/grid";
import type { Benchmark, Figure } from "./harness";

const NOW = new Date("2015-06-02T09:30:00Z");

/** The fastest of three awaited runs after a warm-up: file work is asynchronous, and slow on a busy disk. */
async function fastestMs(fn: () => Promise<unknown>, runs: number): Promise<number> {
  await fn();
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}

/** An .xlsx file of these sheets, written by exceljs as an analyst's file would be. */
async function xlsxOf(
  sheets: ReadonlyArray<{ name: string; values: RawCell[][] }>
): Promise<Uint8Array> {
  const workbook = new Workbook();
  for (const { name, values } of sheets) workbook.addWorksheet(name).addRows(values);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * Ten financial years of 60 measures (the catalogue's, then local ones the refresh reports as
 * unknown rows), months across, ending in May 2015, with the settings and comparators sheets.
 */
function largeWorkbook(): Array<{ name: string; values: RawCell[][] }> {
  const months = 120;
  const first = addMonths(monthKey(2015, 5), -(months - 1));
  const labels: string[] = Object.values(MEASURES).map((m) => m.name);
  while (labels.length < 60) labels.push(`Local measure ${labels.length + 1}`);
  const header: RawCell[] = ["Measure"];
  for (let m = 0; m < months; m++) header.push(formatMonth(addMonths(first, m)));
  const data: RawCell[][] = [header];
  labels.forEach((label, i) => {
    const row: RawCell[] = [label];
    for (let m = 0; m < months; m++) row.push(40 + ((i * 31 + m * 17) % 400));
    data.push(row);
  });
  const settings = example.sheets.find((s) => s.name === "CSC Settings");
  const comparators = example.sheets.find((s) => s.name === "CSC Comparators");
  return [
    { name: "CSC Data", values: data },
    ...(comparators === undefined ? [] : [comparators]),
    ...(settings === undefined ? [] : [settings]),
  ];
}

/**
 * The command line's .xlsx host: open, refresh and save the example workbook and a large one,
 * beside exceljs alone reading and writing the same file (the floor any exceljs-based host has).
 */
export const xlsxHost: Benchmark = {
  name: "xlsx host",
  async run() {
    const figures: Figure[] = [];
    const cases = [
      { key: "example", label: "example workbook", sheets: example.sheets },
      { key: "large", label: "10 years × 60 measures", sheets: largeWorkbook() },
    ];
    for (const { key, label, sheets } of cases) {
      const bytes = await xlsxOf(sheets);
      const host = await fastestMs(async () => {
        const opened = await openXlsxHost(bytes);
        const outcome = await runRefresh(opened, NOW);
        if (!outcome.ok) throw new Error(`the ${label} did not refresh: ${outcome.message}`);
        await opened.toBuffer();
      }, 3);
      const exceljs = await fastestMs(async () => {
        const workbook = new Workbook();
        await workbook.xlsx.load(
          bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
        );
        await workbook.xlsx.writeBuffer();
      }, 3);
      figures.push(
        {
          key: `xlsx_host_${key}_ms`,
          label: `xlsx host, ${label}: open, refresh, save`,
          value: host,
          unit: "ms",
        },
        {
          key: `xlsx_host_${key}_exceljs_ms`,
          label: `exceljs alone, ${label}: read and write`,
          value: exceljs,
          unit: "ms",
        },
        {
          key: `xlsx_host_${key}_ratio`,
          label: `xlsx host ÷ exceljs alone, ${label}`,
          value: host / exceljs,
          unit: "×",
        }
      );
    }
    return figures;
  },
};
