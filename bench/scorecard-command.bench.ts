import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Benchmark } from "./harness";

// Compiled into .bench-build/bench: the package root is two folders up.
const ROOT = path.resolve(__dirname, "..", "..");

/**
 * The command line end to end on the shipped sample, as an analyst or a scheduler runs it: a new
 * Node process reading the .xlsx, refreshing it and writing the copy (median of 5 after a warm-up),
 * and the build step `npm run scorecard` takes first when nothing has changed.
 */
export const scorecardCommand: Benchmark = {
  name: "scorecard command on the sample",
  run() {
    const time = (fn: () => void) => {
      const start = process.hrtime.bigint();
      fn();
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    const build = () =>
      execFileSync(process.execPath, [path.join(ROOT, "scripts", "cli-build.mjs")], {
        cwd: ROOT,
        stdio: "ignore",
      });
    build();
    const rebuildMs = time(build);
    const dir = mkdtempSync(path.join(tmpdir(), "csc-bench-command-"));
    try {
      const main = path.join(ROOT, ".cli-build", "src", "cli", "main.js");
      const run = () =>
        execFileSync(process.execPath, [main, "--out", path.join(dir, "scorecard.xlsx")], {
          cwd: dir,
          stdio: "ignore",
        });
      run();
      const times = Array.from({ length: 5 }, () => time(run)).sort((a, b) => a - b);
      return [
        {
          key: "scorecard_command_sample_ms",
          label: "npm run scorecard on the sample (process wall time)",
          value: times[2] ?? Number.NaN,
          unit: "ms",
        },
        {
          key: "scorecard_command_rebuild_ms",
          label: "its build step when nothing changed",
          value: rebuildMs,
          unit: "ms",
        },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
