import { spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { build } from "esbuild";

const ROOT = path.resolve(__dirname, "..", "..", "..");

/** The production build the browser tests open, and the office.js stand-in beside it. */
export interface BrowserBuild {
  /** The folder the add-in's production build is in (what `npm run build` publishes). */
  readonly dist: string;
  /** The stand-in for office.js (tests/browser/stand-in), bundled for the browser. */
  readonly standIn: string;
}

function run(command: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(" ")} exited ${code}: ${stderr.slice(-2000)}`))
    );
  });
}

/**
 * Builds what the browser tests need: the add-in exactly as `npm run build` builds it (into a
 * folder of its own, so dist/ is left alone), unless BROWSER_TEST_DIST names a production build
 * already made (.ci/run passes the dist/ it has just built), and the stand-in for office.js.
 */
export async function browserBuild(): Promise<BrowserBuild> {
  const out = mkdtempSync(path.join(tmpdir(), "csc-pane-"));
  const given = process.env.BROWSER_TEST_DIST;
  let dist: string;
  if (given !== undefined && given !== "") {
    dist = path.resolve(ROOT, given);
    if (!existsSync(path.join(dist, "taskpane.html"))) {
      throw new Error(`BROWSER_TEST_DIST=${given} holds no production build (no taskpane.html).`);
    }
  } else {
    dist = path.join(out, "dist");
    await run(process.execPath, [
      path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js"),
      "--mode",
      "production",
      "--output-path",
      dist,
    ]);
  }
  const standIn = path.join(out, "office-stand-in.js");
  await build({
    entryPoints: [path.join(ROOT, "tests", "browser", "stand-in", "office-stand-in.ts")],
    bundle: true,
    format: "iife",
    target: "es2020",
    outfile: standIn,
    logLevel: "silent",
  });
  return { dist, standIn };
}
