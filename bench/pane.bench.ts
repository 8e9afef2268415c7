import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { build } from "esbuild";
import { CHROMIUM, launchChromium, openPane } from "../tests/browser/harness/pane-page";
import { serveFolder } from "../tests/browser/harness/static-server";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CONTENT_SECURITY_POLICY } = require("../../webpack.config.js") as {
  CONTENT_SECURITY_POLICY: string;
};
import type { Benchmark, Figure } from "./harness";

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");

/** The scripts taskpane.html loads before the pane can be used (office.js aside). */
function initialScripts(): string[] {
  const html = readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
    .map((match) => match[1] ?? "")
    .filter((src) => !/^https?:/.test(src));
}

/**
 * The task pane as an analyst opens it: its initial JavaScript (every script taskpane.html loads,
 * gzipped as a server sends it; the shared chunk counted once), and the time from navigation to
 * an interactive pane (the Refresh or Get started button drawn) in headless Chromium, office.js
 * replaced by the Excel model's stand-in, the median of five fresh loads.
 */
export const paneLoad: Benchmark = {
  name: "task pane load",
  async run(): Promise<Figure[]> {
    if (!existsSync(path.join(DIST, "taskpane.html"))) {
      console.warn("task pane load: no dist/ (run `npm run build` first); skipped");
      return [];
    }
    const scripts = initialScripts();
    const gzip = scripts.reduce(
      (sum, src) => sum + gzipSync(readFileSync(path.join(DIST, src))).length,
      0
    );
    const figures: Figure[] = [
      {
        key: "pane_initial_js_gzip_bytes",
        label: `pane's initial JavaScript, gzip (${scripts.join(", ")})`,
        value: gzip,
        unit: "bytes",
      },
    ];
    if (!existsSync(CHROMIUM)) {
      console.warn(`task pane load: no Chromium at ${CHROMIUM}; time to interactive skipped`);
      return figures;
    }
    const standIn = path.join(mkdtempSync(path.join(tmpdir(), "csc-bench-")), "stand-in.js");
    await build({
      entryPoints: [path.join(ROOT, "tests", "browser", "stand-in", "office-stand-in.ts")],
      bundle: true,
      format: "iife",
      outfile: standIn,
      logLevel: "silent",
    });
    const server = await serveFolder(DIST, CONTENT_SECURITY_POLICY);
    const chrome = await launchChromium();
    const times: number[] = [];
    try {
      for (let i = 0; i < 6; i++) {
        const { page } = await openPane(chrome.browser, server.origin, standIn, { width: 350 });
        await page
          .getByRole("button", { name: /^(Refresh scorecard|Insert a blank template)$/ })
          .first()
          .waitFor();
        const ms = await page.evaluate(() => performance.now());
        if (i > 0) times.push(ms);
        await page.close();
      }
    } finally {
      await chrome.close();
      await server.close();
    }
    figures.push({
      key: "pane_time_to_interactive_ms",
      label: "navigation to an interactive pane (headless Chromium, median of 5)",
      value: median(times),
      unit: "ms",
    });
    return figures;
  },
};
