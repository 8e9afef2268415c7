import { readFileSync } from "node:fs";
import path from "node:path";
import { checkManifest } from "../../scripts/manifest-checks";

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const ASSETS = path.join(ROOT, "assets");

/** The manifest with one textual change, which must be present (so a test can never pass vacuously). */
function mutated(from: string, to: string): string {
  expect(MANIFEST).toContain(from);
  return MANIFEST.replace(from, to);
}

describe("manifest.xml", () => {
  it("passes every structural check as committed", () => {
    expect(checkManifest(MANIFEST, { assetsDir: ASSETS })).toEqual([]);
  });

  it("fails when a resid does not resolve to a resource", () => {
    const xml = mutated('<Label resid="Group.Label"/>', '<Label resid="Group.Lable"/>');
    expect(checkManifest(xml).join("\n")).toMatch(/resid="Group.Lable".*does not define/);
  });

  it("fails when the custom functions' page is not the shared runtime's page", () => {
    const xml = mutated(
      '<Page>\n              <SourceLocation resid="Taskpane.Url"/>',
      '<Page>\n              <SourceLocation resid="Functions.Script.Url"/>'
    );
    expect(checkManifest(xml).join("\n")).toMatch(/Page.*must load the runtime's page/);
  });

  it("fails when the runtime is not long-lived", () => {
    const xml = mutated('lifetime="long"', 'lifetime="short"');
    expect(checkManifest(xml).join("\n")).toMatch(/lifetime="long"/);
  });

  it("fails when the function file is not on the shared runtime", () => {
    const xml = mutated(
      '<FunctionFile resid="Taskpane.Url"/>',
      '<FunctionFile resid="Functions.Script.Url"/>'
    );
    expect(checkManifest(xml).join("\n")).toMatch(/FunctionFile/);
  });

  it("fails without the SharedRuntime 1.1 requirement", () => {
    const xml = mutated('<Set Name="SharedRuntime" MinVersion="1.1"/>', "");
    expect(checkManifest(xml).join("\n")).toMatch(/SharedRuntime/);
  });

  it("fails without ExcelApi 1.13, which the sheet markers (1.12) and Table.resize need", () => {
    for (const older of ["1.9", "1.12"]) {
      const xml = mutated(
        '<Set Name="ExcelApi" MinVersion="1.13"/>',
        `<Set Name="ExcelApi" MinVersion="${older}"/>`
      );
      expect(checkManifest(xml).join("\n")).toMatch(/ExcelApi/);
    }
  });

  it("fails when the namespace is not CSC", () => {
    const xml = mutated(
      'id="Functions.Namespace" DefaultValue="CSC"',
      'id="Functions.Namespace" DefaultValue="CONTOSO"'
    );
    expect(checkManifest(xml).join("\n")).toMatch(/namespace must be CSC/);
  });

  it("fails when an icon file is missing", () => {
    const xml = mutated("assets/icon-80.png", "assets/icon-81.png");
    expect(checkManifest(xml, { assetsDir: ASSETS }).join("\n")).toMatch(
      /icon-81\.png has no PNG file/
    );
  });

  it("fails when an icon is not the size its slot declares", () => {
    const xml = mutated(
      'DefaultValue="https://localhost:3000/assets/icon-16.png"',
      'DefaultValue="https://localhost:3000/assets/icon-32.png"'
    );
    expect(checkManifest(xml, { assetsDir: ASSETS }).join("\n")).toMatch(/32×32, not 16×16/);
  });

  it("fails when the top-level element order breaks the schema", () => {
    const permissions = "  <Permissions>ReadWriteDocument</Permissions>\n";
    const xml = mutated(permissions, "").replace(
      "  <Hosts>\n    <Host Name",
      `${permissions}  <Hosts>\n    <Host Name`
    );
    expect(checkManifest(xml).join("\n")).toMatch(/<Hosts> comes after <Permissions>/);
  });

  it("fails when it asks for less than read-write access to the workbook", () => {
    const xml = mutated(
      "<Permissions>ReadWriteDocument</Permissions>",
      "<Permissions>ReadDocument</Permissions>"
    );
    expect(checkManifest(xml).join("\n")).toMatch(/ReadWriteDocument/);
  });

  it("declares no AppDomains, since the add-in navigates nowhere else", () => {
    expect(MANIFEST).not.toMatch(/<AppDomains?>/);
  });

  it("puts a CSC Scorecard group with a task pane button on the Home tab", () => {
    expect(MANIFEST).toMatch(/<OfficeTab id="TabHome">\s*<Group id="CSCScorecard.Group">/);
    expect(MANIFEST).toContain('<bt:String id="Group.Label" DefaultValue="CSC Scorecard"/>');
    expect(MANIFEST).toMatch(/<Action xsi:type="ShowTaskpane">/);
  });

  it("puts a Refresh scorecard button in the CSC Scorecard group, which runs a function in the shared runtime", () => {
    const group = /<Group id="CSCScorecard.Group">([\s\S]*?)<\/Group>/.exec(MANIFEST)?.[1] ?? "";
    const button =
      /<Control xsi:type="Button" id="CSCScorecard.Refresh">([\s\S]*?)<\/Control>/.exec(group)?.[1];
    expect(button).toBeDefined();
    expect(button).toMatch(/<Label resid="Refresh.Label"\/>/);
    expect(button).toMatch(
      /<Supertip>\s*<Title resid="Refresh.Label"\/>\s*<Description resid="Refresh.Tooltip"\/>/
    );
    expect(button).toMatch(/<bt:Image size="16"[\s\S]*size="32"[\s\S]*size="80"/);
    expect(button).toMatch(
      /<Action xsi:type="ExecuteFunction">\s*<FunctionName>refreshScorecard<\/FunctionName>/
    );
    expect(MANIFEST).toContain('<bt:String id="Refresh.Label" DefaultValue="Refresh scorecard"/>');
  });

  it("names only functions that src/commands registers with Office.actions.associate", () => {
    const commands = readFileSync(path.join(ROOT, "src/commands/commands.ts"), "utf8");
    const named = [...MANIFEST.matchAll(/<FunctionName>(\w+)<\/FunctionName>/g)].map((m) => m[1]);
    expect(named).toEqual(["refreshScorecard", "openFunctionReference"]);
    for (const name of named) expect(commands).toContain(`Office.actions.associate("${name}"`);
  });
});
