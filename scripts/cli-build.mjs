// Compiles the command line (src/cli and what it imports) with the project's own TypeScript into
// .cli-build/ as CommonJS, incrementally, so a repeat run only type-checks what changed. Shared by
// `npm run scorecard`, `npm run sample:build`, the package's bin and the tests that run the command.
// Concurrent callers (jest workers) take turns through a lock folder: tsc writing the same files
// twice at once could leave half a file for the other to run.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, statSync, utimesSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const BUILD = path.join(ROOT, ".cli-build");

const LOCK = path.join(ROOT, ".cli-build.lock");
const BUILD_INFO = path.join(BUILD, "tsconfig.cli.tsbuildinfo");
const STALE_LOCK_MS = 5 * 60 * 1000;

/**
 * Builds the command line, unless the last build is newer than every file it was built from (tsc
 * parses every file even when nothing changed, seconds on a slow disk). When it does not compile,
 * tsc's errors are printed: this says so in a line and exits 3, the command's status for a fault
 * of its own, not of a workbook.
 */
export function buildCli() {
  withLock(() => {
    if (upToDate()) return;
    const started = new Date();
    const tsc = spawnSync(
      process.execPath,
      [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.cli.json"],
      { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] }
    );
    if (tsc.status !== 0) {
      // tsc writes its build info even with errors: dated at the epoch, the next run compiles again.
      if (mtimeOrNull(BUILD_INFO) !== null) utimesSync(BUILD_INFO, 0, 0);
      console.error("csc-scorecard: the command line did not compile (tsc's errors are above).");
      process.exit(3);
    }
    // tsc leaves its build info alone when nothing changed; dated from the start, a file edited
    // while it ran still counts as newer next time.
    utimesSync(BUILD_INFO, started, started);
  });
}

/** Whether the build info is newer than the configs and every file the last build read. */
function upToDate() {
  const built = mtimeOrNull(BUILD_INFO);
  if (built === null || mtimeOrNull(compiled("src/cli/main.ts")) === null) return false;
  const { fileNames } = JSON.parse(readFileSync(BUILD_INFO, "utf8"));
  const inputs = [
    path.join(ROOT, "tsconfig.cli.json"),
    path.join(ROOT, "tsconfig.json"),
    ...fileNames.map((name) => path.resolve(BUILD, name)),
  ];
  return inputs.every((file) => {
    const mtime = mtimeOrNull(file);
    return mtime !== null && mtime <= built;
  });
}

function mtimeOrNull(file) {
  try {
    return statSync(file).mtimeMs;
  } catch (error) {
    if (error.code === "ENOENT") return null;
    throw error;
  }
}

/** The compiled form of a source file of src/cli. */
export function compiled(source) {
  return path.join(BUILD, source.replace(/\.ts$/, ".js"));
}

/**
 * Builds the command line, then runs one of its compiled entry points with these arguments and
 * stdin, stdout and stderr shared (a terminal stays a terminal); exits with its status.
 */
export function runCompiled(source, args, cwd = process.cwd()) {
  buildCli();
  const result = spawnSync(process.execPath, [compiled(source), ...args], {
    stdio: "inherit",
    cwd,
  });
  process.exit(result.status ?? 1);
}

function withLock(fn) {
  const start = Date.now();
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      // A lock left by a build that was killed would block every later one.
      if (Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS)
        rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() - start > STALE_LOCK_MS)
        throw new Error(`${LOCK} is held; remove it if no build is running.`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
  try {
    fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

// `node scripts/cli-build.mjs` builds without running anything: the tests that run the command do this.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href)
  buildCli();
