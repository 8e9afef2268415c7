// Lints one-line modules as if they stood in given files, with the project's own ESLint config, and
// prints the rules each broke as JSON. Jest runs it as a child process because the flat config is an
// ES module, which ts-jest's CommonJS cannot load.
import { ESLint } from "eslint";

const cases = JSON.parse(process.argv[2] ?? "[]");
const eslint = new ESLint({ cwd: process.cwd() });
const results = [];
for (const { file, code } of cases) {
  const [result] = await eslint.lintText(code, { filePath: file });
  results.push([...new Set((result?.messages ?? []).map((m) => m.ruleId ?? "fatal"))]);
}
process.stdout.write(JSON.stringify(results));
