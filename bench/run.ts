// First: the functions module reads the runtime global when it loads.
import "./custom-functions-global";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { bundleSize } from "./bundle.bench";
import { dataSheetReading } from "./data-sheet.bench";
import { scalarFunctions } from "./functions.bench";
import { rereferralFlagging, rereferralRateFunction, workingDayCounts } from "./records.bench";
import { wholeScorecard } from "./scorecard.bench";
import { scorecardWriter } from "./writer.bench";
import { scorecardCommand } from "./scorecard-command.bench";
import { xlsxHost } from "./xlsx-host.bench";
import { readLargeSheet } from "./read.bench";
import { reconciliation } from "./reconcile.bench";
import { builtInBenchmarks } from "./benchmarks.bench";
import { paneLoad } from "./pane.bench";
import { formatTable, type Benchmark, type Figure } from "./harness";

/** Every benchmark of the project; later work adds its own here. */
const BENCHMARKS: Benchmark[] = [
  scalarFunctions,
  wholeScorecard,
  rereferralFlagging,
  rereferralRateFunction,
  workingDayCounts,
  reconciliation,
  readLargeSheet,
  dataSheetReading,
  scorecardWriter,
  scorecardCommand,
  xlsxHost,
  builtInBenchmarks,
  bundleSize,
  paneLoad,
];

async function main(): Promise<void> {
  const figures: Figure[] = [];
  for (const benchmark of BENCHMARKS) figures.push(...(await benchmark.run()));
  console.log(formatTable(figures));
  const results = Object.fromEntries(figures.map((f) => [f.key, Number(f.value.toPrecision(6))]));
  const file = path.resolve(__dirname, "..", "..", "bench-results.json");
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwrote ${Object.keys(results).length} figures to bench-results.json`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
