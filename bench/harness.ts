/** One figure a benchmark reports: a key for bench-results.json, a unit for the table. */
export interface Figure {
  readonly key: string;
  readonly label: string;
  readonly value: number;
  readonly unit: string;
}

export interface Benchmark {
  readonly name: string;
  /** Returns the figures; timing helpers below keep the measuring consistent across benchmarks. */
  run(): Figure[] | Promise<Figure[]>;
}

/**
 * Median wall-clock milliseconds of `fn` over `repeats` runs after one warm-up: the median resists
 * the odd slow run on a shared machine better than the mean.
 */
export function medianMs(fn: () => unknown, repeats = 5): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

/** `medianMs` of an asynchronous run (a query in another engine, say). */
export async function medianMsAsync(fn: () => Promise<unknown>, repeats = 5): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export function formatTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [f.label, formatValue(f.value), f.unit]);
  const widths = [0, 1, 2].map((i) =>
    Math.max(...rows.map((r) => r[i]?.length ?? 0), ["figure", "value", "unit"][i]!.length)
  );
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ");
  return [
    line(["figure", "value", "unit"]),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...rows.map(line),
  ].join("\n");
}

function formatValue(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString("en-GB");
  return value.toLocaleString("en-GB", { maximumFractionDigits: 3 });
}
