// Compiles the command line (src/cli and what it imports) with the project's own TypeScript into
// .cli-build/ as CommonJS, incrementally, so a repeat run only type-checks what changed. Shared by
// `npm run scorecard`, `npm run sample:build`, the package's bin and the tests that run the command.
// Concurrent callers (jest workers) take turns through a lock folder: tsc writing the same files
// twice at once could leave half a file for the other to run.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const BUILD = path.join(ROOT, ".cli-build");

const LOCK = path.join(ROOT, ".cli-build.lock");
const STALE_LOCK_MS = 5 * 60 * 1000;

/**
 * Builds the command line. When it does not compile, tsc's errors are already printed: this says
 * so in a line and exits 3, the command's status for a fault of its own, not of a workbook.
 */
export function buildCli() {
  withLock(() => {
    const tsc = spawnSync(
      process.execPath,
      [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.cli.json"],
      { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] }
    );
    if (tsc.status !== 0) {
      console.error("csc-scorecard: the command line did not compile (tsc's errors are above).");
      process.exit(3);
    }
  });
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
