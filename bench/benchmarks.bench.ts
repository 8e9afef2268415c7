import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { areaOf, indexBenchmarks } from "../src/domain/benchmarks/benchmark-dataset";
import { authorityBenchmarks } from "../src/domain/benchmarks/authority-benchmarks";
import { benchmarkValue } from "../src/domain/benchmarks/benchmark-value";
import { loadBenchmarks } from "../src/domain/benchmarks/load-benchmarks";
import { neighbourFigure } from "../src/domain/benchmarks/neighbour-figure";
import { authorityRank } from "../src/domain/benchmarks/rank-quartile";
import { monthKey } from "../src/domain/period/month";
import { medianMs, type Benchmark } from "./harness";

// The dataset as committed (the bench runs from .bench-build/bench, two folders below the root,
// as run.ts writes bench-results.json there); tsc's copy beside the compiled domain is reformatted.
const DATASET = path.resolve(__dirname, "..", "..", "src/domain/benchmarks/benchmarks-data.json");

/**
 * The built-in benchmarks: the dataset's size as shipped (raw, and gzipped as a web server sends
 * it), the first load through the lazy import (parse and index, once per session), a repeat parse
 * and index, and the lookups a refresh makes: one value, one statistical-neighbour figure, one rank,
 * and every comparator of one authority's scorecard.
 */
export const builtInBenchmarks: Benchmark = {
  name: "built-in benchmarks",
  async run() {
    const text = readFileSync(DATASET);
    const started = process.hrtime.bigint();
    const data = await loadBenchmarks();
    const firstLoad = Number(process.hrtime.bigint() - started) / 1e6;
    const parse = medianMs(() => indexBenchmarks(JSON.parse(text.toString("utf8"))), 5);
    const value = medianMs(() => {
      for (let i = 0; i < 1000; i++) benchmarkValue(data, "rereferral_pct", "874", 2025);
    }, 5);
    const neighbours = medianMs(() => {
      for (let i = 0; i < 1000; i++) neighbourFigure(data, "rereferral_pct", "874", 2025, "median");
    }, 5);
    const rank = medianMs(() => {
      for (let i = 0; i < 100; i++) authorityRank(data, "rereferral_pct", "874", 2025);
    }, 5);
    const authority = areaOf(data, "874")!;
    const whole = medianMs(
      () => authorityBenchmarks(data, authority, { reportingMonth: monthKey(2025, 6) }),
      5
    );
    return [
      {
        key: "benchmarks_dataset_bytes",
        label: "benchmarks dataset, raw",
        value: text.length,
        unit: "bytes",
      },
      {
        key: "benchmarks_dataset_gzip_bytes",
        label: "benchmarks dataset, gzipped",
        value: gzipSync(text).length,
        unit: "bytes",
      },
      {
        key: "benchmarks_first_load_ms",
        label: "benchmarks: first load (import, parse, index)",
        value: firstLoad,
        unit: "ms",
      },
      {
        key: "benchmarks_parse_index_ms",
        label: "benchmarks: parse and index again",
        value: parse,
        unit: "ms",
      },
      {
        key: "benchmarks_value_lookup_us",
        label: "benchmarks: one published value",
        value: value,
        unit: "µs",
      },
      {
        key: "benchmarks_sn_median_us",
        label: "benchmarks: one SN median (10 neighbours)",
        value: neighbours,
        unit: "µs",
      },
      {
        key: "benchmarks_rank_us",
        label: "benchmarks: one rank among all authorities",
        value: rank * 10,
        unit: "µs",
      },
      {
        key: "benchmarks_authority_ms",
        label: "benchmarks: every comparator of one authority (19 indicators)",
        value: whole,
        unit: "ms",
      },
    ];
  },
};
