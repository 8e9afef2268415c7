import { indexBenchmarks, type BenchmarkData } from "./benchmark-dataset";

/**
 * A loader that imports the dataset once and keeps it, for every caller after. A failed import is
 * not kept: the pane's dataset chunk is a download, and one dropped connection must not break the
 * authority list, the About page, refreshes and CSC.BENCHMARK until Excel is reopened, so the next
 * call tries again.
 * @example const load = benchmarksLoader(() => import("./benchmarks-data.json")); await load() === await load() // true
 */
export function benchmarksLoader(
  importer: () => Promise<{ default: unknown }>
): () => Promise<BenchmarkData> {
  let loading: Promise<BenchmarkData> | undefined;
  return () => {
    loading ??= importer().then(
      (module) => indexBenchmarks(module.default),
      (error: unknown) => {
        loading = undefined;
        throw error;
      }
    );
    return loading;
  };
}

/**
 * The built-in benchmarks, loaded on first use and kept: a dynamic import, so the dataset is a
 * chunk of its own (benchmarks.js) that the pane's first load never fetches, and the command line
 * reads it from its own files. In Excel the chunk is downloaded, the first time it is needed, from
 * the address the add-in itself is served from: it is the add-in's own file, and nothing is sent.
 * @example const data = await loadBenchmarks(); benchmarkValue(data, "rereferral_pct", "E92000001", 2025)
 */
export const loadBenchmarks: () => Promise<BenchmarkData> = benchmarksLoader(
  () => import(/* webpackChunkName: "benchmarks" */ "./benchmarks-data.json")
);
