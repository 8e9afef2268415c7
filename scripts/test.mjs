// `npm test`: the whole jest suite in the analysts' own zone (Europe/London, with its BST changes
// on the last Sundays of March and October), then the date-handling suites again in UTC, the zone
// Excel on the web and CI machines often run in. A date bug that only one zone shows fails here.
// Extra arguments go to both runs (e.g. `npm test -- tests/domain`).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const jest = path.join("node_modules", "jest", "bin", "jest.js");
const args = process.argv.slice(2);
const DATE_SUITES = ["tests/domain", "tests/sheet", "tests/functions"];
const runs = [
  { zone: "Europe/London", paths: [] },
  { zone: "UTC", paths: DATE_SUITES },
];

const dir = mkdtempSync(path.join(tmpdir(), "csc-jest-"));
let passed = 0;
let failed = 0;
let status = 0;
for (const [i, run] of runs.entries()) {
  const output = path.join(dir, `results-${i}.json`);
  const paths = args.length > 0 ? args : run.paths;
  console.log(`\n== jest, TZ=${run.zone}${paths.length ? ` (${paths.join(" ")})` : ""}`);
  const result = spawnSync(process.execPath, [jest, "--json", `--outputFile=${output}`, ...paths], {
    stdio: "inherit",
    env: { ...process.env, TZ: run.zone },
  });
  if (result.status !== 0) status = result.status ?? 1;
  try {
    const summary = JSON.parse(readFileSync(output, "utf8"));
    passed += summary.numPassedTests;
    failed += summary.numFailedTests;
  } catch (error) {
    console.error(`jest wrote no results for TZ=${run.zone}: ${error.message}`);
    status = status || 1;
  }
}
rmSync(dir, { recursive: true, force: true });
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(status);
