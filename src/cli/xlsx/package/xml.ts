import { XMLBuilder, XMLParser } from "fast-xml-parser";

/**
 * One XML node as fast-xml-parser's order-preserving mode gives it: `{ tag: children, ":@": attributes }`,
 * or a text node `{ "#text": "…" }`. Attribute values and text stay exactly as written (still
 * escaped), so a part parsed and built again keeps every byte of meaning the package's author wrote.
 */
export type XmlNode = Record<string, unknown>;

const OPTIONS = {
  ignoreAttributes: false,
  preserveOrder: true,
  processEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  attributeNamePrefix: "",
  commentPropName: "#comment",
  cdataPropName: "#cdata",
} as const;

const parser = new XMLParser(OPTIONS);
const builder = new XMLBuilder({ ...OPTIONS, suppressEmptyNode: true, format: false });

/** @example parseXml('<a x="1"/>') // [{ a: [], ":@": { x: "1" } }] */
export function parseXml(text: string): XmlNode[] {
  return parser.parse(text) as XmlNode[];
}

/** The nodes as text, with the XML declaration they were parsed with. */
export function buildXml(nodes: readonly XmlNode[]): string {
  return builder.build(nodes);
}

/**
 * The element name of a node without its namespace prefix ("x:sheet" → "sheet"): some writers
 * prefix SpreadsheetML, and the meaning is the same.
 */
export function localName(node: XmlNode): string | null {
  const tag = Object.keys(node).find((key) => key !== ":@");
  if (tag === undefined || tag.startsWith("#") || tag.startsWith("?")) return null;
  return tag.slice(tag.indexOf(":") + 1);
}

/** The full tag of an element node, prefix included. */
export function tagOf(node: XmlNode): string {
  return Object.keys(node).find((key) => key !== ":@") ?? "";
}

export function childrenOf(node: XmlNode): XmlNode[] {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

/** The element's attributes, still escaped as in the file. */
export function attributesOf(node: XmlNode): Record<string, string> {
  return (node[":@"] as Record<string, string> | undefined) ?? {};
}

/** An attribute's value, unescaped. */
export function attribute(node: XmlNode, name: string): string | undefined {
  const raw = attributesOf(node)[name];
  return raw === undefined ? undefined : unescapeXml(raw);
}

/** The first child element with this local name. */
export function child(node: XmlNode, name: string): XmlNode | undefined {
  return childrenOf(node).find((c) => localName(c) === name);
}

export function childElements(node: XmlNode, name: string): XmlNode[] {
  return childrenOf(node).filter((c) => localName(c) === name);
}

/** The document element (the first node that is neither a declaration nor a comment). */
export function rootOf(nodes: readonly XmlNode[]): XmlNode {
  const root = nodes.find((n) => localName(n) !== null);
  if (root === undefined) throw new Error("an XML part without a document element");
  return root;
}

/**
 * A new element node; attribute values are given plain and escaped here.
 * @example element("sheet", { name: "A & B" }) // { sheet: [], ":@": { name: "A &amp; B" } }
 */
export function element(
  tag: string,
  attributes: Readonly<Record<string, string | number>> = {},
  children: XmlNode[] = []
): XmlNode {
  const escaped = Object.fromEntries(
    Object.entries(attributes).map(([k, v]) => [k, escapeXml(String(v))])
  );
  return Object.keys(escaped).length === 0
    ? { [tag]: children }
    : { [tag]: children, ":@": escaped };
}

/** A text node; the text is given plain. */
export function textNode(text: string): XmlNode {
  return { "#text": escapeXml(text) };
}

/** The text content of an element, unescaped. */
export function textOf(node: XmlNode): string {
  return unescapeXml(
    childrenOf(node)
      .map((c) => (typeof c["#text"] === "string" ? c["#text"] : ""))
      .join("")
  );
}

/** Sets (or replaces) an attribute, given plain. */
export function setAttribute(node: XmlNode, name: string, value: string | number): void {
  node[":@"] = { ...attributesOf(node), [name]: escapeXml(String(value)) };
}

/**
 * Text safe inside an element or a double-quoted attribute.
 * @example escapeXml('A & "B"') // "A &amp; &quot;B&quot;"
 */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** @example unescapeXml("&apos;A &amp; B&apos;") // "'A & B'" */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, entity: string) => {
    const lower = entity.toLowerCase();
    if (lower.startsWith("#x")) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith("#")) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[lower] ?? whole;
  });
}
