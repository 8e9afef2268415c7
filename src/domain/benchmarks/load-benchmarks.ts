import { indexBenchmarks, type BenchmarkData } from "./benchmark-dataset";

let loading: Promise<BenchmarkData> | null = null;

/**
 * The built-in benchmarks, loaded on first use and kept: a dynamic import, so the dataset is a
 * chunk of its own (benchmarks.js) that the pane's first load never fetches, and the command line
 * reads it from its own files. It ships with the add-in: nothing is fetched from the internet.
 * @example const data = await loadBenchmarks(); benchmarkValue(data, "rereferral_pct", "E92000001", 2025)
 */
export function loadBenchmarks(): Promise<BenchmarkData> {
  loading ??= import(/* webpackChunkName: "benchmarks" */ "./benchmarks-data.json").then(
    (module: { default: unknown }) => indexBenchmarks(module.default)
  );
  return loading;
}
