import type { Relationship } from "./relationships";
import { REL } from "./relationships";
import { partNames, readBinaryPart, type OpcPackage } from "./opc-package";
import { escapeXml, unescapeXml } from "./xml";

/**
 * Worksheet custom properties, which Office.js reads as `worksheet.customProperties` (ExcelApi
 * 1.12, https://learn.microsoft.com/javascript/api/excel/excel.worksheetcustomproperty: keys are
 * case-insensitive). How a package stores them, and what this module makes of each point:
 *
 * - In the sheet, `<customProperties><customPr name="key" r:id="rIdN"/>…</customProperties>`: the
 *   name in `name`, "the arbitrary data is stored in the binary part referenced by the
 *   relationshipId"; "there is nothing in the binary part except the arbitrary data itself"
 *   (ISO/IEC 29500-1 §18.3.1.22 customPr, parent §18.3.1.23 customProperties, quoted in the Open
 *   XML SDK's reference, https://learn.microsoft.com/previous-versions/office/developer/office-2010/cc818890(v=office.14)).
 *   Elements may carry any prefix (a writer may prefix SpreadsheetML), and so may the
 *   relationship id attribute: any `prefix:id` is read as it.
 * - The part: the Custom Property part, a binary part, content type
 *   `application/vnd.openxmlformats-officedocument.spreadsheetml.customProperty`, relationship
 *   `http://schemas.openxmlformats.org/officeDocument/2006/relationships/customProperty` (ECMA-376
 *   Part 1 §12.3, "Custom Property Part", https://c-rex.net/samples/ooxml/e1/Part1/OOXML_P1_Fundamentals_Custom_topic_ID0EURGK.html).
 *   The standard says one such part, from the workbook; Office writes one per property, each the
 *   target of a relationship from its worksheet ([MS-OI29500] 2.1.6 c,
 *   https://learn.microsoft.com/openspecs/office_standards/ms-oi29500/559aaaa9-dbea-49fe-aeeb-cd2aeb99f924;
 *   [MS-OE376], https://learn.microsoft.com/openspecs/office_standards/ms-oe376/8648bb05-89af-47ce-ad27-82502d3781e1),
 *   which is what this module reads and writes.
 * - Relationship type: a Strict package spells it
 *   `http://purl.oclc.org/ooxml/officeDocument/relationships/customProperty`, which the Open XML
 *   SDK reads as the same type (OpenXmlNamespaceResolver.cs,
 *   https://github.com/dotnet/Open-XML-SDK/blob/main/src/DocumentFormat.OpenXml.Framework/Features/OpenXmlNamespaceResolver.cs).
 *   Both spellings are read; a relationship of any other type is not a property's value.
 * - Content type: the Open XML SDK allows the part either the content type above or
 *   `application/xml` (CustomPropertyPartType,
 *   https://github.com/dotnet/Open-XML-SDK/blob/main/src/DocumentFormat.OpenXml/Packaging/CustomPropertyPartType.cs),
 *   declared by an Override or by a Default for its extension. The reader does not consult the
 *   content type at all (the part is reached through the relationship), so every one is read; the
 *   writer declares the first, by an Override, as Apache POI's XSSFRelation.CUSTOM_PROPERTIES does
 *   (with part names `/xl/customProperty#.bin`,
 *   https://github.com/apache/poi/blob/trunk/poi-ooxml/src/main/java/org/apache/poi/xssf/usermodel/XSSFRelation.java).
 * - Encoding of the value: no documentation found says. The standard calls the part arbitrary
 *   data; [MS-XLS] 2.4.18 BigName (the same property in a .xls) gives the value as "an array of
 *   bytes" (https://learn.microsoft.com/openspecs/office_file_formats/ms-xls/e12c7360-022f-49e0-a3d0-dd342073bce0),
 *   and [MS-XLSB] 2.4.306 BrtBigName only points at "a binary part that contains the value"
 *   (https://learn.microsoft.com/openspecs/office_file_formats/ms-xlsb/8f64b935-0754-4fe6-bd6f-730675100952).
 *   Neither ClosedXML (https://github.com/ClosedXML/ClosedXML/issues/2319) nor openpyxl (names
 *   only, https://openpyxl.readthedocs.io/en/3.1/api/openpyxl.worksheet.custom.html) reads the
 *   values. This module writes UTF-16LE without a byte-order mark or terminator, as the writers we
 *   could read do, and reads that, with or without a byte-order mark (UTF-16LE, UTF-16BE or
 *   UTF-8) or trailing NULs, and UTF-8 without a mark (see `decodeValue`). docs/excel-checks/README.md
 *   says how a person with Excel can see what Excel itself writes.
 */

const CUSTOM_PROPERTIES =
  /<(?:[\w.-]+:)?customProperties\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?customProperties>/;
const CUSTOM_PR = /<(?:[\w.-]+:)?customPr\b([^>]*?)\/?>/g;
const ATTRIBUTE = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The relationship types of a property's value part: Transitional, then Strict. */
export const CUSTOM_PROPERTY_TYPES: readonly string[] = [
  REL.customProperty,
  "http://purl.oclc.org/ooxml/officeDocument/relationships/customProperty",
];

/**
 * The custom properties of one sheet, keys lower-cased as the add-in's survey compares them
 * (Office.js keys ignore case). A `customPr` whose relationship is missing, is not of a custom
 * property type, or leads to no part, is left out, as a property that cannot be read.
 * @param sheetXml the worksheet part's text
 * @param relationships the worksheet's relationships
 * @example await readCustomProperties(pkg, sheetXml, rels) // Map { "csc-scorecard-role" => "scorecard", … }
 */
export async function readCustomProperties(
  pkg: OpcPackage,
  sheetXml: string,
  relationships: readonly Relationship[]
): Promise<Map<string, string>> {
  const properties = new Map<string, string>();
  const block = CUSTOM_PROPERTIES.exec(sheetXml);
  if (block === null) return properties;
  const byId = new Map(
    relationships.filter((r) => CUSTOM_PROPERTY_TYPES.includes(r.type)).map((r) => [r.id, r])
  );
  for (const match of (block[1] ?? "").matchAll(CUSTOM_PR)) {
    const attrs = new Map<string, string>();
    for (const a of (match[1] ?? "").matchAll(ATTRIBUTE)) {
      attrs.set(a[1] ?? "", unescapeXml(a[2] ?? a[3] ?? ""));
    }
    const name = attrs.get("name");
    const idKey = [...attrs.keys()].find((k) => k.endsWith(":id"));
    const part = idKey === undefined ? undefined : byId.get(attrs.get(idKey) ?? "")?.part;
    if (name === undefined || part === undefined || part === null) continue;
    const bytes = await readValuePart(pkg, part);
    if (bytes !== undefined) properties.set(name.toLowerCase(), decodeValue(bytes));
  }
  return properties;
}

/**
 * A part's bytes by the name a relationship gives, else by that name ignoring case: "part name
 * equivalence is determined by comparing part names as case-insensitive ASCII strings" (ECMA-376
 * Part 2, [M1.12], https://c-rex.net/samples/ooxml/e1/Part2/OOXML_P2_Open_Packaging_Conventions_Part_topic_ID0E5OAG.html),
 * while the zip's entry names are matched exactly.
 */
async function readValuePart(pkg: OpcPackage, part: string): Promise<Uint8Array | undefined> {
  const exact = await readBinaryPart(pkg, part);
  if (exact !== undefined) return exact;
  const folded = part.toLowerCase();
  const found = partNames(pkg).find((name) => name.toLowerCase() === folded);
  return found === undefined ? undefined : readBinaryPart(pkg, found);
}

/**
 * A property's value as this host stores it: UTF-16LE, no byte-order mark, no terminator.
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

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The text of a stored value, whichever way its writer encoded it (no documentation says how):
 * a byte-order mark settles it (UTF-16LE FF FE, UTF-16BE FE FF, UTF-8 EF BB BF); without one it is
 * UTF-16LE, unless the bytes are valid UTF-8 with no NUL byte before the end (text of ASCII
 * characters in UTF-16LE always has one, so every value the add-in writes is told apart). Trailing
 * NULs (a C string's terminator, which some writers add) are not part of the text.
 * @example decodeValue(new Uint8Array([0xff, 0xfe, 108, 0, 105, 0, 118, 0, 101, 0, 0, 0])) // "live"
 * @example decodeValue(new TextEncoder().encode("live")) // "live"
 */
export function decodeValue(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return withoutNuls(new TextDecoder("utf-8").decode(bytes.subarray(3)));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), "le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), "be");
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end--;
  const body = bytes.subarray(0, end);
  if (!body.includes(0)) {
    try {
      return UTF8.decode(body);
    } catch {
      // Not UTF-8: UTF-16LE of characters none of whose bytes is zero.
    }
  }
  return utf16(bytes, "le");
}

function utf16(bytes: Uint8Array, order: "le" | "be"): string {
  let text = "";
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    const [low, high] = order === "le" ? [bytes[i], bytes[i + 1]] : [bytes[i + 1], bytes[i]];
    text += String.fromCharCode((low ?? 0) | ((high ?? 0) << 8));
  }
  return withoutNuls(text);
}

function withoutNuls(text: string): string {
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

/** The relationship type of a property's value part, as this host writes it. */
export const CUSTOM_PROPERTY_REL = REL.customProperty;
