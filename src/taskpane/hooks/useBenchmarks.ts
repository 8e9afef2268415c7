import * as React from "react";
import type { BenchmarkData } from "../../domain/benchmarks/benchmark-dataset";
import { errorText } from "../model/pane-seams";

/** The built-in benchmarks as a view waits for them. */
export type BenchmarksState =
  | { readonly status: "loading" }
  | { readonly status: "ready"; readonly data: BenchmarkData }
  | { readonly status: "failed"; readonly message: string };

/**
 * Loads the built-in benchmarks when a view that needs them is first shown (the settings' authority
 * list, the About page's sources): the dataset is a chunk of its own, never part of the pane's
 * first load, and loadBenchmarks keeps it once loaded.
 */
export function useBenchmarks(load: () => Promise<BenchmarkData>): BenchmarksState {
  const [state, setState] = React.useState<BenchmarksState>({ status: "loading" });
  React.useEffect(() => {
    let live = true;
    load().then(
      (data) => {
        if (live) setState({ status: "ready", data });
      },
      (error: unknown) => {
        if (live) setState({ status: "failed", message: errorText(error) });
      }
    );
    return () => {
      live = false;
    };
  }, [load]);
  return state;
}
