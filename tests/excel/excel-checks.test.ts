import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const FOLDER = path.resolve(__dirname, "../../docs/excel-checks");
const SNIPPETS = readdirSync(FOLDER).filter((file) => file.endsWith(".yaml"));

/** A block scalar of a Script Lab snippet ("    content: |-" under `section`), unindented. */
function block(yaml: string, section: string): string {
  const lines = yaml.split("\n");
  const start = lines.indexOf(`${section}:`);
  const content = lines.indexOf("    content: |-", start);
  if (start < 0 || content < 0) return "";
  const body: string[] = [];
  for (const line of lines.slice(content + 1)) {
    if (line !== "" && !line.startsWith("        ")) break;
    body.push(line.slice(8));
  }
  return body.join("\n");
}

/** Type errors of a snippet's script against Office.js's own types, as Script Lab compiles it. */
function typeErrors(script: string): string[] {
  const file = "/snippet.ts";
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2020,
    lib: ["lib.es2020.d.ts", "lib.dom.d.ts"],
    types: ["office-js"],
    typeRoots: [path.resolve(__dirname, "../../node_modules/@types")],
    strict: true,
    noEmit: true,
  };
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version) =>
    name === file ? ts.createSourceFile(file, script, version) : read(name, version);
  const program = ts.createProgram([file], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

describe("the Script Lab checks in docs/excel-checks", () => {
  it("cover every behaviour the README there lists", () => {
    const readme = readFileSync(path.join(FOLDER, "README.md"), "utf8");
    expect(SNIPPETS.length).toBeGreaterThanOrEqual(8);
    for (const file of SNIPPETS) expect(readme).toContain(`(${file})`);
  });

  it("would see a type error in a snippet's script", () => {
    expect(typeErrors('const sheet: Excel.Worksheet = "Sheet1";')).not.toEqual([]);
  });

  it.each(SNIPPETS)("%s is a Script Lab snippet for Excel that prints PASS or FAIL", (file) => {
    const yaml = readFileSync(path.join(FOLDER, file), "utf8");
    expect(yaml).toMatch(/^name: "CSC check: .+"$/m);
    expect(yaml).toMatch(/^host: EXCEL$/m);
    expect(yaml).toMatch(/^api_set:\n {4}ExcelApi: '1\.\d+'$/m);
    expect(yaml).toMatch(/^ {4}language: typescript$/m);
    expect(yaml).toMatch(/^ {4}language: html$/m);
    expect(yaml).toMatch(
      /^libraries: \|-\n {4}https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js$/m
    );
    expect(block(yaml, "template")).toContain('<button id="run">');
    const script = block(yaml, "script");
    expect(script).toContain('"PASS" : "FAIL"');
    expect(typeErrors(script)).toEqual([]);
  });
});
