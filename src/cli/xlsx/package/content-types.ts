import {
  attribute,
  buildXml,
  childrenOf,
  element,
  localName,
  parseXml,
  rootOf,
  tagOf,
  type XmlNode,
} from "./xml";
import { readPart, writePart, type OpcPackage } from "./opc-package";

const CONTENT_TYPES = "[Content_Types].xml";

/** Content types of the parts this host writes. */
export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  customProperty: "application/vnd.openxmlformats-officedocument.spreadsheetml.customProperty",
} as const;

/**
 * Updates `[Content_Types].xml`: drops the overrides of removed parts and adds one per new part.
 * Overrides rather than defaults, since one extension (.bin, .xml) serves several content types.
 */
export async function updateContentTypes(
  pkg: OpcPackage,
  removed: ReadonlySet<string>,
  added: ReadonlyArray<{ readonly part: string; readonly contentType: string }>
): Promise<void> {
  const text = await readPart(pkg, CONTENT_TYPES);
  if (text === undefined) throw new Error("the package was opened without [Content_Types].xml");
  const nodes = parseXml(text);
  const root = rootOf(nodes);
  const gone = new Set([...removed].map((part) => `/${part}`.toLowerCase()));
  const addedNames = new Set(added.map((a) => `/${a.part}`.toLowerCase()));
  const kept = childrenOf(root).filter((node: XmlNode) => {
    if (localName(node) !== "Override") return true;
    const name = (attribute(node, "PartName") ?? "").toLowerCase();
    return !gone.has(name) && !addedNames.has(name);
  });
  const overrides = added.map((a) =>
    element("Override", { PartName: `/${a.part}`, ContentType: a.contentType })
  );
  root[tagOf(root)] = [...kept, ...overrides];
  writePart(pkg, CONTENT_TYPES, buildXml(nodes));
}

/** Whether the package declares a workbook: the least an .xlsx has. */
export async function declaredWorkbookType(pkg: OpcPackage): Promise<boolean> {
  const text = await readPart(pkg, CONTENT_TYPES);
  return (
    text !== undefined &&
    /spreadsheetml\.(sheet|template)\.main\+xml|ms-excel\.sheet\.macroEnabled\.main\+xml/.test(text)
  );
}
