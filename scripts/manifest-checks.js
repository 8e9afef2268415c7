// Structural checks of manifest.xml that Microsoft's XSDs cannot express: every resource id
// resolves, the custom functions share the task pane's runtime, the namespace is CSC, and every
// icon exists at the size it claims. Used by `npm run validate` and by tests/manifest.
const fs = require("node:fs");
const path = require("node:path");
const { XMLParser } = require("fast-xml-parser");

/** The OfficeApp children in the order OfficeAppManifestV1_1.xsd requires. */
const TOP_LEVEL_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "AllowSnapshot",
  "VersionOverrides",
];
const REQUIRED_ICON_SIZES = [16, 32, 64, 80, 128];
const DEV_ASSETS_URL = "https://localhost:3000/assets/";

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
  preserveOrder: true,
});

/** Depth-first walk over fast-xml-parser's ordered output: visit(name, attributes, children). */
function walk(nodes, visit, ancestors = []) {
  for (const node of nodes) {
    const name = Object.keys(node).find((key) => key !== ":@");
    if (!name || name === "#text") continue;
    const attributes = node[":@"] ?? {};
    visit(name, attributes, node[name], ancestors);
    walk(node[name], visit, [...ancestors, { name, attributes }]);
  }
}

function textOf(children) {
  return children
    .map((child) => child["#text"] ?? "")
    .join("")
    .toString()
    .trim();
}

/**
 * @param {string} xml the manifest's text
 * @param {{ assetsDir?: string }} options where icon files live (omit to skip file checks)
 * @returns {string[]} problems, each a sentence; empty when the manifest is sound
 */
function checkManifest(xml, options = {}) {
  const problems = [];
  let tree;
  try {
    tree = parser.parse(xml);
  } catch (error) {
    return [`manifest.xml is not well-formed XML: ${error.message}`];
  }
  const root = tree.find((node) => "OfficeApp" in node);
  if (!root) return ["manifest.xml has no OfficeApp root element."];

  const order = root.OfficeApp.map((node) => Object.keys(node).find((k) => k !== ":@")).filter(
    (name) => name && name !== "#text"
  );
  let last = -1;
  for (const name of order) {
    const index = TOP_LEVEL_ORDER.indexOf(name);
    if (index === -1)
      problems.push(`OfficeApp has an element the schema does not allow: <${name}>.`);
    else if (index < last)
      problems.push(
        `<${name}> comes after <${TOP_LEVEL_ORDER[last]}>; the schema requires the order ${TOP_LEVEL_ORDER.join(", ")}.`
      );
    else last = index;
  }

  const resources = new Map(); // id -> { kind, value }
  const references = []; // { resid, element, ancestors }
  const iconUrls = []; // { url, size }
  let runtimes = [];
  let hosts = [];
  let sharedRuntimeSet = null;
  let excelApiSet = null;
  let permissions = null;

  walk(root.OfficeApp, (name, attributes, children, ancestors) => {
    const parent = ancestors[ancestors.length - 1]?.name;
    if (["Image", "Url", "String"].includes(name) && attributes["@id"] !== undefined) {
      const kind = name === "String" ? parent : name;
      if (resources.has(attributes["@id"]))
        problems.push(`Resource id "${attributes["@id"]}" is defined twice.`);
      resources.set(attributes["@id"], { kind, value: attributes["@DefaultValue"] });
    }
    if (attributes["@resid"] !== undefined)
      references.push({ resid: attributes["@resid"], element: name, ancestors });
    if (name === "Image" && attributes["@size"] !== undefined) {
      // An Icon's <bt:Image size resid>: its size is checked against the file it resolves to below.
      references[references.length - 1].size = Number(attributes["@size"]);
    }
    if (name === "Runtime") runtimes.push(attributes);
    if (name === "Host" && attributes["@Name"]) hosts.push(attributes["@Name"]);
    if (name === "Set" && attributes["@Name"] === "SharedRuntime")
      sharedRuntimeSet = attributes["@MinVersion"];
    if (name === "Set" && attributes["@Name"] === "ExcelApi")
      excelApiSet = attributes["@MinVersion"];
    if (name === "Permissions") permissions = textOf(children);
    if ((name === "IconUrl" || name === "HighResolutionIconUrl") && attributes["@DefaultValue"]) {
      iconUrls.push({ url: attributes["@DefaultValue"], size: name === "IconUrl" ? 32 : 64 });
    }
  });

  for (const ref of references) {
    if (!resources.has(ref.resid))
      problems.push(
        `<${ref.element} resid="${ref.resid}"> names a resource that <Resources> does not define.`
      );
  }
  for (const id of resources.keys()) {
    if (!references.some((ref) => ref.resid === id))
      problems.push(`Resource "${id}" is defined but never used.`);
  }

  const residOf = (predicate) => references.filter(predicate).map((ref) => ref.resid);
  const under = (ref, ...names) => names.every((n) => ref.ancestors.some((a) => a.name === n));
  const runtime = runtimes[0];
  if (runtimes.length !== 1 || !runtime)
    problems.push("Exactly one <Runtime> is needed for the shared runtime.");
  else {
    if (runtime["@lifetime"] !== "long")
      problems.push(
        'The <Runtime> must have lifetime="long" so the functions and the task pane share it.'
      );
    const shared = runtime["@resid"];
    const pages = residOf((ref) => ref.element === "SourceLocation" && under(ref, "Page"));
    const functionFiles = residOf((ref) => ref.element === "FunctionFile");
    const taskpanes = residOf((ref) => ref.element === "SourceLocation" && under(ref, "Action"));
    if (pages.length !== 1 || pages[0] !== shared)
      problems.push(
        `The custom functions' <Page> must load the runtime's page "${shared}"; it loads ${JSON.stringify(pages)}.`
      );
    if (functionFiles.some((id) => id !== shared) || functionFiles.length === 0)
      problems.push(`<FunctionFile> must use the runtime's page "${shared}".`);
    if (taskpanes.some((id) => id !== shared))
      problems.push(`Every task pane button must open the runtime's page "${shared}".`);
  }
  if (sharedRuntimeSet !== "1.1")
    problems.push('Requirements must include <Set Name="SharedRuntime" MinVersion="1.1"/>.');
  // Worksheet custom properties (the generated sheets' marker) arrived in ExcelApi 1.12, and
  // Table.resize, which keeps the scorecard's table through a refresh in place, in 1.13.
  if (!versionAtLeast(excelApiSet, "1.13")) {
    problems.push(
      'Requirements must include <Set Name="ExcelApi" MinVersion="1.13"/> (worksheet custom properties, Table.resize).'
    );
  }
  if (!hosts.includes("Workbook"))
    problems.push('The add-in must declare the Excel host <Host Name="Workbook"/>.');
  if (permissions !== "ReadWriteDocument")
    problems.push(
      `Permissions must be ReadWriteDocument (the add-in writes the scorecard); found ${permissions}.`
    );

  const namespace = residOf((ref) => ref.element === "Namespace")[0];
  const namespaceValue = namespace !== undefined ? resources.get(namespace)?.value : undefined;
  if (namespaceValue !== "CSC")
    problems.push(
      `The custom functions' namespace must be CSC; it is ${JSON.stringify(namespaceValue)}.`
    );

  for (const ref of references) {
    if (ref.size === undefined) continue;
    const url = resources.get(ref.resid)?.value;
    if (url) iconUrls.push({ url, size: ref.size });
  }
  if (options.assetsDir) {
    for (const { url, size } of iconUrls) {
      if (!url.startsWith(DEV_ASSETS_URL)) {
        problems.push(`Icon ${url} is not served from the add-in's own assets/.`);
        continue;
      }
      const file = path.join(options.assetsDir, url.slice(DEV_ASSETS_URL.length));
      const actual = pngSize(file);
      if (actual === null)
        problems.push(`Icon ${url} has no PNG file at ${path.relative(process.cwd(), file)}.`);
      else if (actual.width !== size || actual.height !== size)
        problems.push(`Icon ${url} is ${actual.width}×${actual.height}, not ${size}×${size}.`);
    }
    for (const size of REQUIRED_ICON_SIZES) {
      const file = path.join(options.assetsDir, `icon-${size}.png`);
      const actual = pngSize(file);
      if (actual === null || actual.width !== size || actual.height !== size)
        problems.push(`assets/icon-${size}.png must be a ${size}×${size} PNG.`);
    }
  }
  return problems;
}

/** Requirement-set versions compare part by part: 1.9 is older than 1.12. */
function versionAtLeast(version, minimum) {
  if (typeof version !== "string") return false;
  const [a, b] = [version, minimum].map((v) => v.split(".").map(Number));
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff > 0;
  }
  return true;
}

/** Width and height from a PNG's IHDR chunk, or null when the file is missing or not a PNG. */
function pngSize(file) {
  let header;
  try {
    header = fs.readFileSync(file).subarray(0, 24);
  } catch {
    return null;
  }
  if (
    header.length < 24 ||
    header.toString("latin1", 1, 4) !== "PNG" ||
    header.toString("latin1", 12, 16) !== "IHDR"
  )
    return null;
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}

module.exports = { checkManifest, pngSize, TOP_LEVEL_ORDER, REQUIRED_ICON_SIZES };
