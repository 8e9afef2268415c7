import { forecast, ratePer10k } from "../src/functions/functions";
import { medianMs, type Benchmark } from "./harness";

const CALLS = 1_000_000;

/** The cost Excel pays per recalculated cell of the scalar functions. */
export const scalarFunctions: Benchmark = {
  name: "scalar custom functions",
  run() {
    let sink = 0;
    const ms = medianMs(() => {
      for (let i = 1; i <= CALLS; i++)
        sink += ratePer10k(i % 5000, 42_000) + forecast(i % 300, (i % 12) + 1);
    });
    if (!Number.isFinite(sink)) throw new Error("benchmark produced a non-finite sum");
    return [
      {
        key: "functions_scalar_ns_per_call",
        label: "RATEPER10K + FORECAST per call pair",
        value: (ms * 1e6) / CALLS,
        unit: "ns",
      },
    ];
  },
};
