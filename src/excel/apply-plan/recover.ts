/// <reference types="office-js" />
import { STATE_KEY } from "./markers";
import type { FailureOutcome } from "./apply-report";
import type { OutputNames } from "./output-names";
import { queueSurvey, type WorkbookSurvey } from "./workbook-survey";

/**
 * After a failed sync, puts the workbook back into one whole state. Excel applies a failed request's
 * operations up to the failure without undoing them, so this looks first (one sync), then acts (one
 * sync): before the swap's first deletion, it rolls back (deletes the sheets this refresh added, puts
 * the previous sheets' names, markers and table names back, re-activates the analyst's sheet); once
 * deletion has begun, the new scorecard is complete and in place, so it finishes the clean-up.
 * Either way it restores the calculation mode.
 * @example const { outcome } = await recoverRefresh(context, survey, names, sync);
 */
export async function recoverRefresh(
  context: Excel.RequestContext,
  before: WorkbookSurvey,
  names: OutputNames,
  sync: () => Promise<void>
): Promise<{ outcome: FailureOutcome; problem?: string }> {
  try {
    const read = queueSurvey(context);
    await sync();
    const now = read();
    const present = new Set(now.sheets.map((s) => s.id));
    const previousIds = names.retired.map((r) => r.sheet.id);
    const deletionBegun = previousIds.some((id) => !present.has(id));
    const sheets = context.workbook.worksheets;
    const application = context.workbook.application;
    application.suspendScreenUpdatingUntilNextSync();
    if (deletionBegun) {
      for (const id of previousIds) if (present.has(id)) sheets.getItem(id).delete();
      application.calculationMode = before.analystCalculationMode as Excel.CalculationMode;
      await sync();
      return { outcome: "completed" };
    }
    // A sheet added just before the failure may not carry its marker yet: its temporary name,
    // unused before this refresh began, identifies it instead.
    const existedBefore = new Set(before.sheets.map((s) => s.id));
    const temporary = new Set(names.sheets.map((n) => n.temporary.toLocaleUpperCase("en-GB")));
    for (const sheet of now.sheets) {
      if (existedBefore.has(sheet.id)) continue;
      if (sheet.role !== null || temporary.has(sheet.name.toLocaleUpperCase("en-GB"))) {
        sheets.getItem(sheet.id).delete();
      }
    }
    for (const { sheet } of names.retired) {
      const proxy = sheets.getItem(sheet.id);
      proxy.name = sheet.name;
      const marked = now.sheets.find((s) => s.id === sheet.id)?.storedState ?? null;
      if (sheet.storedState !== null) proxy.customProperties.add(STATE_KEY, sheet.storedState);
      else if (marked !== null) proxy.customProperties.getItem(STATE_KEY).delete();
    }
    const tablesNow = new Set(now.tableAndNameNames.map((n) => n.toLocaleUpperCase("en-GB")));
    for (const table of names.tables) {
      const previous = table.previous;
      if (previous !== null && tablesNow.has(previous.retiredName.toLocaleUpperCase("en-GB"))) {
        context.workbook.tables.getItem(previous.retiredName).name = previous.name;
      }
    }
    if (before.activeSheetId !== null && present.has(before.activeSheetId)) {
      sheets.getItem(before.activeSheetId).activate();
    }
    application.calculationMode = before.analystCalculationMode as Excel.CalculationMode;
    await sync();
    return { outcome: "rolled back" };
  } catch (error) {
    // Excel refused the recovery too: say why; the next refresh finds the leftovers by their markers.
    return {
      outcome: "not recovered",
      problem: error instanceof Error ? error.message : String(error),
    };
  }
}
