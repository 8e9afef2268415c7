import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import type { Benchmark, Figure } from "./harness";

const DIST = path.resolve(__dirname, "..", "..", "dist");
// The JavaScript taskpane.html loads before the pane can draw: webpack's one runtime for the page
// (runtime.js, since the shared runtime's entries stopped carrying a runtime each), the code they
// share, and each entry. settings.js, benchmarks.js and sample.js load later, when asked for.
const CHUNKS = ["runtime.js", "shared.js", "taskpane.js", "functions.js", "commands.js"];

/** Bytes Office downloads when the add-in opens: each chunk of the production build, raw and gzipped. */
export const bundleSize: Benchmark = {
  name: "bundle size",
  run(): Figure[] {
    if (!existsSync(path.join(DIST, "taskpane.js"))) {
      console.warn("bundle size: no dist/ (run `npm run build` first); skipped");
      return [];
    }
    return CHUNKS.flatMap((chunk) => {
      const file = path.join(DIST, chunk);
      const name = chunk.replace(/\.js$/, "");
      return [
        {
          key: `bundle_${name}_bytes`,
          label: `${chunk} (minified)`,
          value: statSync(file).size,
          unit: "bytes",
        },
        {
          key: `bundle_${name}_gzip_bytes`,
          label: `${chunk} (gzip)`,
          value: gzipSync(readFileSync(file)).length,
          unit: "bytes",
        },
      ];
    });
  },
};
