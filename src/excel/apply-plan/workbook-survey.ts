/// <reference types="office-js" />
import { surveyedSheet, type WorkbookSurvey } from "../../refresh/output/surveyed-sheet";

export type { SurveyedSheet, WorkbookSurvey } from "../../refresh/output/surveyed-sheet";

/**
 * Queues the loads of the first sync: every sheet with its markers and tables, the workbook's
 * table and defined names, and the active sheet. Call the returned function after
 * `context.sync()` to read them.
 * @example const read = queueSurvey(context); await context.sync(); const survey = read();
 */
export function queueSurvey(context: Excel.RequestContext): () => WorkbookSurvey {
  const sheets = context.workbook.worksheets.load(
    "items/id, items/name, items/position, items/customProperties/items/key, items/customProperties/items/value, items/tables/items/name"
  );
  const tables = context.workbook.tables.load("items/name");
  const names = context.workbook.names.load("items/name");
  const active = context.workbook.worksheets.getActiveWorksheet().load("id");
  return () => ({
    sheets: sheets.items.map((sheet) =>
      surveyedSheet(
        { id: sheet.id, name: sheet.name, position: sheet.position },
        new Map(sheet.customProperties.items.map((p) => [p.key.toLowerCase(), p.value])),
        sheet.tables.items.map((t) => t.name)
      )
    ),
    tableAndNameNames: [...tables.items.map((t) => t.name), ...names.items.map((n) => n.name)],
    activeSheetId: active.id,
  });
}
