import JSZip from "jszip";
import { NAME_KEY, ROLE_KEY, STATE_KEY } from "../../../../src/refresh/output/markers";
import type { SheetRole } from "../../../../src/plan/plan-types";
import { EXAMPLE_SHEETS, xlsxBytes } from "./workbook-file";

/**
 * Packages written the way Excel stores the add-in's sheets once the analyst saves the workbook,
 * built here by hand from the documentation (see src/cli/xlsx/package/custom-properties.ts for
 * the sources), never through the command's own writer: each generated sheet carries its
 * markers as `<customPr name r:id>` elements, each value in a binary part reached through the
 * sheet's relationships. The three sheets store their markers in three of the documented ways.
 */

export const TRANSITIONAL_TYPE =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customProperty";
export const STRICT_TYPE = "http://purl.oclc.org/ooxml/officeDocument/relationships/customProperty";
export const SPREADSHEETML_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.customProperty";

/** One way a package may store a sheet's markers, as the documentation allows. */
export interface MarkerStorage {
  /** How the keys are spelled: Office.js compares them ignoring case. */
  readonly keys: (key: string) => string;
  readonly relationshipType: string;
  /** An Override with this content type, or the `.bin` Default. */
  readonly contentType: { readonly override: string } | "default";
  readonly encode: (text: string) => Uint8Array;
  /** The relationship's target: relative to the sheet, or from the package's root. */
  readonly target: "relative" | "absolute";
  /** The prefix of the SpreadsheetML elements, and the prefix of the relationship id. */
  readonly prefix: { readonly element: string; readonly relationship: string };
}

const utf16le = (text: string) => new Uint8Array(Buffer.from(text, "utf16le"));

/** What a sheet's markers are once the add-in's swap has made it the live scorecard. */
export interface SavedSheet {
  readonly name: string;
  readonly role: SheetRole;
  readonly storage: MarkerStorage;
}

/**
 * The three generated sheets, each storing its markers differently: the Transitional
 * relationship type with the SpreadsheetML content type as an Override and plain UTF-16LE; the
 * Strict relationship type with the `application/xml` content type, keys in other cases, a
 * byte-order mark and a target from the root; prefixed elements and relationship id, the `.bin`
 * Default content type and a trailing NUL.
 */
export const SAVED_SHEETS: readonly SavedSheet[] = [
  {
    name: "Scorecard",
    role: "scorecard",
    storage: {
      keys: (key) => key,
      relationshipType: TRANSITIONAL_TYPE,
      contentType: { override: SPREADSHEETML_CONTENT_TYPE },
      encode: utf16le,
      target: "relative",
      prefix: { element: "", relationship: "r" },
    },
  },
  {
    name: "Scorecard charts",
    role: "charts",
    storage: {
      keys: (key) => key.toUpperCase(),
      relationshipType: STRICT_TYPE,
      contentType: { override: "application/xml" },
      encode: (text) => new Uint8Array([0xff, 0xfe, ...utf16le(text)]),
      target: "absolute",
      prefix: { element: "", relationship: "rel" },
    },
  },
  {
    name: "Scorecard notes",
    role: "notes",
    storage: {
      keys: (key) => key.replace(/^csc/, "CSC"),
      relationshipType: TRANSITIONAL_TYPE,
      contentType: "default",
      encode: (text) => utf16le(`${text}\u0000`),
      target: "relative",
      prefix: { element: "x:", relationship: "r" },
    },
  },
];

/** A figure in A1 of every sheet Excel saved, which no refresh writes. */
export const SAVED_FIGURE = 4242;

/**
 * The example workbook with the three generated sheets after it, as Excel saves them: the
 * analyst's sheets as exceljs writes them (an analyst's file), the generated ones written here by
 * hand, markers and all.
 */
export async function excelSavedWorkbook(
  sheets: readonly SavedSheet[] = SAVED_SHEETS
): Promise<Uint8Array> {
  const base = await xlsxBytes([
    ...EXAMPLE_SHEETS,
    ...sheets.map((s) => ({ name: s.name, values: [["placeholder"]] })),
  ]);
  const zip = await JSZip.loadAsync(base);
  let types = await text(zip, "[Content_Types].xml");
  let valueParts = 0;
  for (const sheet of sheets) {
    const part = await sheetPart(zip, sheet.name);
    const values: Array<[string, string]> = [
      [ROLE_KEY, sheet.role],
      [STATE_KEY, "live"],
      [NAME_KEY, sheet.name],
    ];
    const { storage } = sheet;
    const rels: string[] = [];
    const items: string[] = [];
    for (const [key, value] of values) {
      const valuePart = `xl/customProperty${++valueParts}.bin`;
      zip.file(valuePart, storage.encode(value));
      const id = `rId${rels.length + 1}`;
      const target =
        storage.target === "absolute" ? `/${valuePart}` : `../${valuePart.slice("xl/".length)}`;
      rels.push(`<Relationship Id="${id}" Type="${storage.relationshipType}" Target="${target}"/>`);
      items.push(
        `<${storage.prefix.element}customPr name="${storage.keys(key)}" ${storage.prefix.relationship}:id="${id}"/>`
      );
      if (storage.contentType !== "default") {
        types = types.replace(
          "</Types>",
          `<Override PartName="/${valuePart}" ContentType="${storage.contentType.override}"/></Types>`
        );
      }
    }
    if (storage.contentType === "default" && !types.includes('Extension="bin"')) {
      types = types.replace(
        "<Default ",
        `<Default Extension="bin" ContentType="${SPREADSHEETML_CONTENT_TYPE}"/><Default `
      );
    }
    zip.file(part, worksheetXml(storage, items));
    zip.file(
      part.replace(/([^/]+)$/, "_rels/$1.rels"),
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`
    );
  }
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** A worksheet as Excel writes one: its namespaces, one figure, margins, then the properties. */
function worksheetXml(storage: MarkerStorage, items: readonly string[]): string {
  const x = storage.prefix.element;
  const declared =
    x === ""
      ? ""
      : ` xmlns:${x.slice(0, -1)}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`;
  return [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n`,
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`,
    ` xmlns:${storage.prefix.relationship}="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`,
    ` xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr xr2 xr3"`,
    ` xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"`,
    ` xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision"`,
    ` xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2"`,
    ` xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3"`,
    ` xr:uid="{5B0C9A4E-2C1D-4F7A-9E3B-6A1D2C3B4E5F}">`,
    `<dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>`,
    `<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>`,
    `<sheetData><row r="1" spans="1:1" x14ac:dyDescent="0.25"><c r="A1"><v>${SAVED_FIGURE}</v></c></row></sheetData>`,
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`,
    `<${x}customProperties${declared}>${items.join("")}</${x}customProperties>`,
    `</worksheet>`,
  ].join("");
}

/** The part of the sheet of this name, through workbook.xml and its relationships. */
async function sheetPart(zip: JSZip, name: string): Promise<string> {
  const workbook = await text(zip, "xl/workbook.xml");
  const rels = await text(zip, "xl/_rels/workbook.xml.rels");
  const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  if (id === undefined || target === undefined) throw new Error(`no sheet "${name}" to replace`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

async function text(zip: JSZip, part: string): Promise<string> {
  const entry = zip.file(part);
  if (entry === null) throw new Error(`the package has no part ${part}`);
  return entry.async("string");
}
