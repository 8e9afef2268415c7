import { execFileSync, spawnSync } from "node:child_process";
import path from "node:path";

const ROOT = path.join(__dirname, "..", "..", "..");

/** The compiled command, built (incrementally) once per test file before it runs. */
export const COMPILED_MAIN = path.join(ROOT, ".cli-build", "src", "cli", "main.js");

/** Builds the command as `npm run scorecard` does; jest workers take turns through its lock. */
export function buildCommand(): void {
  execFileSync(process.execPath, [path.join(ROOT, "scripts", "cli-build.mjs")], {
    cwd: ROOT,
    stdio: "pipe",
  });
}

/** One run of the compiled command as a child process, with its status and output. */
export interface CommandRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the compiled command in a folder, as a scheduler would (no terminal, no colour). */
export function runScorecard(
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {}
): CommandRun {
  const result = spawnSync(process.execPath, [COMPILED_MAIN, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  if (result.error !== undefined) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
