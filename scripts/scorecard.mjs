// `npm run scorecard -- [input.xlsx] [--out output.xlsx] [--month YYYY-MM] [--sheet NAME] [--json]`:
// compiles the command line (incrementally, so a repeat run is quick) and runs it in the folder
// npm was called from (npm itself moves to the package root); its exit status is the command's.
import { runCompiled } from "./cli-build.mjs";

runCompiled("src/cli/main.ts", process.argv.slice(2), process.env.INIT_CWD ?? process.cwd());
