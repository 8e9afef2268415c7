import { surveyedSheet, type WorkbookSurvey } from "../../../refresh/output/surveyed-sheet";
import { readCustomProperties } from "./custom-properties";
import { readPart, type OpcPackage } from "./opc-package";
import { readRelationships, REL, type Relationship } from "./relationships";
import type { WorkbookPart, WorkbookSheet } from "./workbook-part";
import { attribute, child } from "./xml";

/** One sheet of the package with what the host needs to read or replace it. */
export interface PackageSheet {
  readonly sheet: WorkbookSheet;
  readonly relationships: readonly Relationship[];
  /** Custom properties, keys lower-cased (see custom-properties.ts). */
  readonly properties: ReadonlyMap<string, string>;
  readonly tables: readonly string[];
}

/** The package's sheets, and the survey the add-in's naming logic decides from. */
export interface PackageSurvey {
  readonly sheets: readonly PackageSheet[];
  readonly survey: WorkbookSurvey;
}

const TABLE_NAME = /<(?:\w+:)?table\b[^>]*?\sdisplayName\s*=\s*"([^"]*)"/;

/**
 * Reads what the Office.js survey reads (sheets with their markers and tables, table and
 * workbook-level names, the active sheet) from the package's XML, since exceljs reads neither
 * custom properties nor a workbook's parts it does not model. A sheet's id is its `sheetId`.
 */
export async function surveyPackage(
  pkg: OpcPackage,
  workbook: WorkbookPart
): Promise<PackageSurvey> {
  const sheets: PackageSheet[] = [];
  for (const sheet of workbook.sheets) {
    const relationships = sheet.part === null ? [] : await readRelationships(pkg, sheet.part);
    const text = sheet.part === null ? undefined : await readPart(pkg, sheet.part);
    const properties =
      text === undefined
        ? new Map<string, string>()
        : await readCustomProperties(pkg, text, relationships);
    const tables: string[] = [];
    for (const rel of relationships) {
      if (rel.type !== REL.table || rel.part === null) continue;
      const table = await readPart(pkg, rel.part);
      const name = table === undefined ? null : TABLE_NAME.exec(table)?.[1];
      if (name !== undefined && name !== null) tables.push(name);
    }
    sheets.push({ sheet, relationships, properties, tables });
  }
  const views = child(workbook.root, "bookViews");
  const view = views === undefined ? undefined : child(views, "workbookView");
  const activeTab = Number((view === undefined ? undefined : attribute(view, "activeTab")) ?? 0);
  const active = sheets[activeTab];
  const survey: WorkbookSurvey = {
    sheets: sheets.map((s, position) =>
      surveyedSheet(
        { id: String(s.sheet.sheetId), name: s.sheet.name, position },
        s.properties,
        s.tables
      )
    ),
    tableAndNameNames: [
      ...sheets.flatMap((s) => s.tables),
      ...workbook.definedNames.filter((n) => n.localSheetId === undefined).map((n) => n.name),
    ],
    activeSheetId: active === undefined ? null : String(active.sheet.sheetId),
  };
  return { sheets, survey };
}
