/// <reference types="office-js" />
import type { SheetRole } from "../../plan/plan-types";
import { asRole, asState, CALCULATION_KEY, ROLE_KEY, STATE_KEY, type SheetState } from "./markers";

/** One worksheet as the first sync finds it. */
export interface SurveyedSheet {
  readonly id: string;
  readonly name: string;
  readonly position: number;
  /** The generated role from the sheet's marker; `null` for the analyst's own sheets. */
  readonly role: SheetRole | null;
  readonly state: SheetState | null;
  /** The state marker exactly as stored (`null` when absent), so a rollback can put it back. */
  readonly storedState: string | null;
  /** The calculation mode an unfinished refresh found, when this sheet was built by one. */
  readonly calculationBefore: string | null;
  /** Names of the tables on the sheet. */
  readonly tables: readonly string[];
}

/** What the workbook holds before a refresh writes anything. */
export interface WorkbookSurvey {
  readonly sheets: readonly SurveyedSheet[];
  /** Every table and workbook-level name, which new tables must not clash with. */
  readonly tableAndNameNames: readonly string[];
  readonly calculationMode: string;
  /** The mode to restore: the one an unfinished refresh recorded, else the current one. */
  readonly analystCalculationMode: string;
  readonly activeSheetId: string | null;
}

/**
 * Queues the loads of the first sync: every sheet with its markers and tables, the workbook's
 * table and defined names, the calculation mode and the active sheet. Call the returned function
 * after `context.sync()` to read them.
 * @example const read = queueSurvey(context); await context.sync(); const survey = read();
 */
export function queueSurvey(context: Excel.RequestContext): () => WorkbookSurvey {
  const sheets = context.workbook.worksheets.load(
    "items/id, items/name, items/position, items/customProperties/items/key, items/customProperties/items/value, items/tables/items/name"
  );
  const tables = context.workbook.tables.load("items/name");
  const names = context.workbook.names.load("items/name");
  const application = context.workbook.application.load("calculationMode");
  const active = context.workbook.worksheets.getActiveWorksheet().load("id");
  return () => {
    const surveyed = sheets.items.map((sheet): SurveyedSheet => {
      const properties = new Map(
        sheet.customProperties.items.map((p) => [p.key.toLowerCase(), p.value])
      );
      const role = asRole(properties.get(ROLE_KEY));
      return {
        id: sheet.id,
        name: sheet.name,
        position: sheet.position,
        role,
        state: role === null ? null : (asState(properties.get(STATE_KEY)) ?? "live"),
        storedState: properties.get(STATE_KEY) ?? null,
        calculationBefore: role === null ? null : (properties.get(CALCULATION_KEY) ?? null),
        tables: sheet.tables.items.map((t) => t.name),
      };
    });
    const mode = String(application.calculationMode);
    return {
      sheets: surveyed,
      tableAndNameNames: [...tables.items.map((t) => t.name), ...names.items.map((n) => n.name)],
      calculationMode: mode,
      analystCalculationMode:
        surveyed.find((s) => s.calculationBefore !== null)?.calculationBefore ?? mode,
      activeSheetId: active.id,
    };
  };
}
