import { execFileSync } from "node:child_process";
import path from "node:path";

// Real files of each layer: the probe's code is linted as if it were that file, so the rules that
// apply to the folder apply to it.
const FILE_IN = {
  domain: "src/domain/arithmetic/proportion.ts",
  sheet: "src/sheet/grid.ts",
  plan: "src/plan/plan-types.ts",
  refresh: "src/refresh/run-refresh.ts",
  excel: "src/excel/refresh/refresh-workbook.ts",
  functions: "src/functions/functions.ts",
} as const;

// What each layer's file imports to reach another layer's module.
const MODULE_OF = {
  domain: "domain/arithmetic/proportion",
  sheet: "sheet/grid",
  plan: "plan/plan-types",
  refresh: "refresh/run-refresh",
  excel: "excel/refresh/refresh-workbook",
  taskpane: "taskpane/components/App",
  cli: "cli/main",
} as const;

type Layer = keyof typeof FILE_IN;
type Target = keyof typeof MODULE_OF;

function probe(from: Layer, to: Target): string {
  const up = path.posix.relative(path.posix.dirname(FILE_IN[from]), "src");
  return `import * as probe from "${up}/${MODULE_OF[to]}";\nexport const used = probe;\n`;
}

const CASES: ReadonlyArray<{ from: Layer; to: Target; allowed: boolean }> = [
  { from: "refresh", to: "domain", allowed: true },
  { from: "refresh", to: "sheet", allowed: true },
  { from: "refresh", to: "plan", allowed: true },
  { from: "refresh", to: "excel", allowed: false },
  { from: "refresh", to: "taskpane", allowed: false },
  { from: "refresh", to: "cli", allowed: false },
  { from: "excel", to: "refresh", allowed: true },
  { from: "plan", to: "refresh", allowed: false },
  { from: "sheet", to: "refresh", allowed: false },
  { from: "domain", to: "refresh", allowed: false },
  { from: "functions", to: "refresh", allowed: false },
  { from: "functions", to: "domain", allowed: true },
];

describe("lint keeps dependencies pointing inwards", () => {
  const broken = JSON.parse(
    execFileSync(
      process.execPath,
      [
        "tests/lint/lint-imports.mjs",
        JSON.stringify(
          CASES.map(({ from, to }) => ({ file: FILE_IN[from], code: probe(from, to) }))
        ),
      ],
      { encoding: "utf8" }
    )
  ) as string[][];

  it.each(CASES.map((c, i) => [c.from, c.allowed ? "may" : "may not", c.to, i] as const))(
    "src/%s %s import src/%s",
    (_from, _may, _to, i) => {
      const rules = broken[i] ?? [];
      if (CASES[i]!.allowed) expect(rules).not.toContain("no-restricted-imports");
      else expect(rules).toContain("no-restricted-imports");
    }
  );
});
