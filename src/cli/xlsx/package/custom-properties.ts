import type { Relationship } from "./relationships";
import { REL } from "./relationships";
import { readBinaryPart, type OpcPackage } from "./opc-package";
import { escapeXml, unescapeXml } from "./xml";

/**
 * Worksheet custom properties, which Office.js reads as `worksheet.customProperties` (ExcelApi
 * 1.12): in the sheet, `<customProperties><customPr name="key" r:id="rIdN"/></customProperties>`;
 * each value in a part of its own, UTF-16LE text, reached through the sheet's relationships.
 */

const CUSTOM_PROPERTIES =
  /<(?:\w+:)?customProperties\b[^>]*>([\s\S]*?)<\/(?:\w+:)?customProperties>/;
const CUSTOM_PR = /<(?:\w+:)?customPr\b([^>]*?)\/?>/g;
const ATTRIBUTE = /([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * The custom properties of one sheet, keys lower-cased as the add-in's survey compares them.
 * @param sheetXml the worksheet part's text
 * @param relationships the worksheet's relationships
 */
export async function readCustomProperties(
  pkg: OpcPackage,
  sheetXml: string,
  relationships: readonly Relationship[]
): Promise<Map<string, string>> {
  const properties = new Map<string, string>();
  const block = CUSTOM_PROPERTIES.exec(sheetXml);
  if (block === null) return properties;
  const byId = new Map(relationships.map((r) => [r.id, r]));
  for (const match of (block[1] ?? "").matchAll(CUSTOM_PR)) {
    const attrs = new Map<string, string>();
    for (const a of (match[1] ?? "").matchAll(ATTRIBUTE)) {
      attrs.set(a[1] ?? "", unescapeXml(a[2] ?? a[3] ?? ""));
    }
    const name = attrs.get("name");
    const idKey = [...attrs.keys()].find((k) => k.endsWith(":id"));
    const part = idKey === undefined ? undefined : byId.get(attrs.get(idKey) ?? "")?.part;
    if (name === undefined || part === undefined || part === null) continue;
    const bytes = await readBinaryPart(pkg, part);
    if (bytes !== undefined) properties.set(name.toLowerCase(), decodeValue(bytes));
  }
  return properties;
}

/**
 * A property's value as Excel stores it: UTF-16LE, no byte-order mark.
 * @example encodeValue("live") // Uint8Array [108, 0, 105, 0, 118, 0, 101, 0]
 */
export function encodeValue(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[2 * i] = code & 0xff;
    bytes[2 * i + 1] = code >> 8;
  }
  return bytes;
}

/** The text of a stored value; a trailing NUL (some writers add one) is not part of it. */
export function decodeValue(bytes: Uint8Array): string {
  const start = bytes[0] === 0xff && bytes[1] === 0xfe ? 2 : 0;
  let text = "";
  for (let i = start; i + 1 < bytes.length; i += 2) {
    text += String.fromCharCode((bytes[i] ?? 0) | ((bytes[i + 1] ?? 0) << 8));
  }
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0) end--;
  return text.slice(0, end);
}

/** One property to write: its value's part and the relationship id the sheet gives it. */
export interface PropertyPart {
  readonly key: string;
  readonly part: string;
  readonly relationshipId: string;
  readonly bytes: Uint8Array;
}

/** The sheet's `<customProperties>` element for parts already named. */
export function customPropertiesElement(parts: readonly PropertyPart[]): string {
  const items = parts
    .map((p) => `<customPr name="${escapeXml(p.key)}" r:id="${escapeXml(p.relationshipId)}"/>`)
    .join("");
  return `<customProperties>${items}</customProperties>`;
}

/** The relationship type of a property's value part. */
export const CUSTOM_PROPERTY_REL = REL.customProperty;
