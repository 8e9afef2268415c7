/// <reference types="office-js" />
import { REFRESH_KEY, STATE_KEY, type RefreshStamp } from "../../refresh/output/markers";
import type { FailureOutcome } from "./apply-report";
import type { OutputNames } from "../../refresh/output/output-names";
import { queueSurvey, type WorkbookSurvey } from "./workbook-survey";

/**
 * After a failed sync, puts the workbook back into one whole state. Excel applies a failed request's
 * operations up to the failure without undoing them, so this looks first (one sync), then acts (one
 * sync): before the swap's first deletion, it rolls back (deletes the sheets this refresh added, puts
 * the previous sheets' names, markers and table names back, re-activates the analyst's sheet); once
 * deletion has begun, the new scorecard is complete and in place, so it finishes the clean-up.
 * It touches only this refresh's own work: sheets stamped with its token or under its temporary
 * names, and the previous sheets it had renamed; another refresh running at the same time keeps its.
 * @example const { outcome } = await recoverRefresh(context, survey, names, stamp, sync);
 */
export async function recoverRefresh(
  context: Excel.RequestContext,
  before: WorkbookSurvey,
  names: OutputNames,
  stamp: RefreshStamp,
  sync: () => Promise<void>
): Promise<{ outcome: FailureOutcome; problem?: string }> {
  try {
    const read = queueSurvey(context);
    await sync();
    const now = read();
    const present = new Set(now.sheets.map((s) => s.id));
    const previousIds = names.retired.map((r) => r.sheet.id);
    // Whether this refresh's own swap got as far as deleting: none of its temporary names is left
    // (every sheet it built has its final name) and a previous sheet is gone. Either alone is not
    // enough: another refresh may have deleted the previous sheets while this one's swap failed.
    const temporaryLeft = now.sheets.some((sheet) =>
      names.sheets.some((naming) => sameName(sheet.name, naming.temporary))
    );
    const deletionBegun = !temporaryLeft && previousIds.some((id) => !present.has(id));
    const sheets = context.workbook.worksheets;
    context.workbook.application.suspendScreenUpdatingUntilNextSync();
    if (deletionBegun) {
      for (const id of previousIds) if (present.has(id)) sheets.getItem(id).delete();
      for (const sheet of now.sheets) {
        if (sheet.stamp?.token === stamp.token && sheet.state === "live") {
          sheets.getItem(sheet.id).customProperties.getItem(REFRESH_KEY).delete();
        }
      }
      await sync();
      return { outcome: "completed" };
    }
    // A sheet added just before the failure may not carry its marker yet: its temporary name,
    // which carries this refresh's token, identifies it instead.
    const existedBefore = new Set(before.sheets.map((s) => s.id));
    const temporary = new Set(names.sheets.map((n) => n.temporary.toLocaleUpperCase("en-GB")));
    for (const sheet of now.sheets) {
      if (existedBefore.has(sheet.id)) continue;
      const ours =
        sheet.stamp?.token === stamp.token || temporary.has(sheet.name.toLocaleUpperCase("en-GB"));
      if (ours) sheets.getItem(sheet.id).delete();
    }
    for (const { sheet } of names.retired) {
      if (!present.has(sheet.id)) continue;
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

function sameName(a: string, b: string): boolean {
  return a.toLocaleUpperCase("en-GB") === b.toLocaleUpperCase("en-GB");
}
