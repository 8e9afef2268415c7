// `npm run sample:build`: regenerates samples/sample-scorecard-data.xlsx from the generator in
// src/cli/sample (seeded, fixed document dates), so the shipped file is what the code makes; a
// test compares the two cell by cell.
import { ROOT, runCompiled } from "./cli-build.mjs";

runCompiled("src/cli/sample/build-sample.ts", process.argv.slice(2), ROOT);
