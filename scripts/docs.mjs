// `npm run docs`: regenerates the README's generated sections (function reference, indicator
// catalogue) from the code, through the same tests that check them.
import { spawnSync } from "node:child_process";
import path from "node:path";

const jest = path.join("node_modules", "jest", "bin", "jest.js");
const result = spawnSync(process.execPath, [jest, "tests/docs"], {
  stdio: "inherit",
  env: { ...process.env, UPDATE_README: "1" },
});
process.exit(result.status ?? 1);
