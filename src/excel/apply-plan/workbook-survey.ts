/// <reference types="office-js" />
import { surveyedSheet, type WorkbookSurvey } from "../../refresh/output/surveyed-sheet";
import { excelErrorCode } from "../excel-errors";

export type { SurveyedSheet, WorkbookSurvey } from "../../refresh/output/surveyed-sheet";

/** What the survey finds that only the Office.js host needs: protection and very hidden sheets. */
export interface ExcelSurvey extends WorkbookSurvey {
  /** Review > Protect Workbook: sheets cannot be added, renamed, moved or deleted. */
  readonly structureProtected: boolean;
  /** Ids of the sheets protected with Review > Protect Sheet. */
  readonly protectedSheetIds: ReadonlySet<string>;
  /** Ids of the sheets whose visibility is VeryHidden, which Excel will not delete as they are. */
  readonly veryHiddenSheetIds: ReadonlySet<string>;
  /** Ids of the sheets hidden or very hidden, which Excel will not activate. */
  readonly hiddenSheetIds: ReadonlySet<string>;
}

/** Each sheet's own properties: one level of navigation (`protection/protected`), documented. */
const SHEETS = "items/id, items/name, items/position, items/visibility, items/protection/protected";
/**
 * Each sheet's markers, tables and charts in the same load: a collection inside a collection, which
 * the load documentation does not show in that combination ("load",
 * https://learn.microsoft.com/javascript/api/office/officeextension.clientobject#office-officeextension-clientobject-load-member(1)).
 */
const NESTED =
  "items/customProperties/items/key, items/customProperties/items/value, items/tables/items/name, items/charts/items/name";

/**
 * The codes with which Excel refuses a form of request it does not support ("The argument is
 * invalid or missing or has an incorrect format", "The requested feature isn't implemented", in
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 * Any other failure (a GeneralException, another workbook with focus) is the survey's failure.
 */
const REFUSED_LOAD = new Set([
  "InvalidArgument",
  "NotImplemented",
  "ApiNotFound",
  "UnsupportedOperation",
]);

interface SheetParts {
  readonly properties: readonly { readonly key: string; readonly value: string }[];
  readonly tables: readonly { readonly name: string }[];
  readonly charts: readonly { readonly name: string }[];
}

/**
 * Queues the survey's one request (below) without syncing, so that it can ride on another sync (the
 * read's first, read-grids.ts); the returned function reads it once that sync has run. If the sync
 * fails with `isRefusedLoad`, Excel refused the nested loads: `surveyWorkbook` asks again.
 * @example const read = queueSurvey(context); await context.sync(); const survey = read();
 */
export function queueSurvey(context: Excel.RequestContext): () => ExcelSurvey {
  const sheets = context.workbook.worksheets.load(`${SHEETS}, ${NESTED}`);
  const rest = queueWorkbookParts(context);
  return () =>
    rest(sheets.items, (sheet) => ({
      properties: sheet.customProperties.items,
      tables: sheet.tables.items,
      charts: sheet.charts.items,
    }));
}

/** Whether a failed sync is Excel refusing a form of load it does not support (see REFUSED_LOAD). */
export function isRefusedLoad(error: unknown): boolean {
  return REFUSED_LOAD.has(excelErrorCode(error) ?? "");
}

/**
 * Reads what a refresh must know before it writes anything: every sheet with its markers, tables,
 * charts, visibility and protection, the workbook's table and defined names, whether its structure is
 * protected (ExcelApi 1.7), and the active sheet. One sync; if Excel refuses the nested loads of
 * the markers, tables and charts, two more (the sheets, then each sheet's).
 * @param sync the caller's counted `context.sync()`
 * @param nested false when Excel is known to refuse the nested loads: the two syncs without them
 * @example const survey = await surveyWorkbook(context, sync); // survey.sheets, survey.structureProtected
 */
export async function surveyWorkbook(
  context: Excel.RequestContext,
  sync: () => Promise<void>,
  nested = true
): Promise<ExcelSurvey> {
  if (nested) {
    const read = queueSurvey(context);
    try {
      await sync();
      return read();
    } catch (error) {
      if (!isRefusedLoad(error)) throw error;
      // A load Excel does not support fails the whole request: the same survey is asked again
      // below, one level at a time, and an error it meets is thrown.
    }
  }
  const flat = context.workbook.worksheets.load(SHEETS);
  const flatRest = queueWorkbookParts(context);
  await sync();
  const parts = flat.items.map((sheet) => ({
    properties: sheet.customProperties.load("items/key, items/value"),
    tables: sheet.tables.load("items/name"),
    charts: sheet.charts.load("items/name"),
  }));
  await sync();
  return flatRest(flat.items, (_sheet, i) => ({
    properties: parts[i]?.properties.items ?? [],
    tables: parts[i]?.tables.items ?? [],
    charts: parts[i]?.charts.items ?? [],
  }));
}

/** Queues the loads besides the sheets; the returned function reads everything after the sync. */
function queueWorkbookParts(
  context: Excel.RequestContext
): (
  sheets: readonly Excel.Worksheet[],
  parts: (sheet: Excel.Worksheet, index: number) => SheetParts
) => ExcelSurvey {
  const tables = context.workbook.tables.load("items/name");
  const names = context.workbook.names.load("items/name");
  const active = context.workbook.worksheets.getActiveWorksheet().load("id");
  const protection = context.workbook.protection.load("protected");
  return (sheets, parts) => ({
    sheets: sheets.map((sheet, i) => {
      const { properties, tables: own, charts } = parts(sheet, i);
      return surveyedSheet(
        { id: sheet.id, name: sheet.name, position: sheet.position },
        new Map(properties.map((p) => [p.key.toLowerCase(), p.value])),
        own.map((t) => t.name),
        charts.map((c) => c.name)
      );
    }),
    tableAndNameNames: [...tables.items.map((t) => t.name), ...names.items.map((n) => n.name)],
    activeSheetId: active.id,
    structureProtected: protection.protected,
    protectedSheetIds: new Set(sheets.filter((s) => s.protection.protected).map((s) => s.id)),
    veryHiddenSheetIds: new Set(
      sheets.filter((s) => s.visibility === "VeryHidden").map((s) => s.id)
    ),
    hiddenSheetIds: new Set(sheets.filter((s) => s.visibility !== "Visible").map((s) => s.id)),
  });
}
