// `npm run bench`: compiles the benchmarks (bench/) with the project's own TypeScript into
// .bench-build/ and runs them; figures are printed and written to bench-results.json. Not part of
// `npm test`: a test must never fail because the machine is slow.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";

rmSync(".bench-build", { recursive: true, force: true });
execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.bench.json"], {
  stdio: "inherit",
});
execFileSync(process.execPath, [".bench-build/bench/run.js"], { stdio: "inherit" });
