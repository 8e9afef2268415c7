/// <reference types="office-js" />
import { REFRESH_KEY, STATE_KEY, type RefreshStamp } from "../../refresh/output/markers";
import type { FailureOutcome } from "./apply-report";
import type { OutputNames } from "../../refresh/output/output-names";
import { analystMessage } from "../excel-errors";
import { surveyWorkbook, type SurveyedSheet, type WorkbookSurvey } from "./workbook-survey";

/**
 * After a failed sync, puts the workbook back into one whole state. Excel applies a failed request's
 * operations up to the failure without undoing them, so this looks first (one sync), then acts (one
 * sync): before the swap's first deletion, it rolls back (deletes the sheets this refresh added, puts
 * the previous sheets' names, markers and table names back, re-activates the analyst's sheet); once
 * deletion has begun, the new scorecard is complete and in place, so it finishes the clean-up.
 * It touches only this refresh's own work: sheets stamped with its token or under its temporary
 * names, and the previous sheets it had renamed; another refresh running at the same time keeps its.
 * No id read before the failure is trusted on its own: the build deletes leftovers and Excel may
 * give their ids to the sheets it adds (see sheet ids in the Excel model), so a sheet from before
 * is found again only by its id together with a name it can have had.
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
    const now = await surveyWorkbook(context, sync);
    /** The sheet now that is `sheet` from before: the same id, under its own name or `renamed`. */
    const still = (sheet: SurveyedSheet, renamed?: string): SurveyedSheet | undefined =>
      now.sheets.find(
        (s) =>
          s.id === sheet.id &&
          (sameName(s.name, sheet.name) || (renamed !== undefined && sameName(s.name, renamed)))
      );
    const previous = names.retired.map((r) => ({ ...r, now: still(r.sheet, r.name) }));
    // Whether this refresh's own swap got as far as deleting: none of its temporary names is left
    // (every sheet it built has its final name) and a previous sheet is gone. Either alone is not
    // enough: another refresh may have deleted the previous sheets while this one's swap failed.
    const temporaryLeft = now.sheets.some((sheet) =>
      names.sheets.some((naming) => sameName(sheet.name, naming.temporary))
    );
    const deletionBegun = !temporaryLeft && previous.some((p) => p.now === undefined);
    const sheets = context.workbook.worksheets;
    context.workbook.application.suspendScreenUpdatingUntilNextSync();
    if (deletionBegun) {
      for (const p of previous) if (p.now !== undefined) sheets.getItem(p.now.id).delete();
      for (const sheet of now.sheets) {
        if (sheet.stamp?.token === stamp.token && sheet.state === "live") {
          sheets.getItem(sheet.id).customProperties.getItem(REFRESH_KEY).delete();
        }
      }
      await sync();
      return { outcome: "completed" };
    }
    // Its token is this refresh's alone, so a sheet stamped with it, or under one of its temporary
    // names (a sheet added just before the failure may not carry its marker yet), is one it added.
    const temporary = new Set(names.sheets.map((n) => n.temporary.toLocaleUpperCase("en-GB")));
    for (const sheet of now.sheets) {
      const ours =
        sheet.stamp?.token === stamp.token || temporary.has(sheet.name.toLocaleUpperCase("en-GB"));
      if (ours) sheets.getItem(sheet.id).delete();
    }
    for (const { sheet, now: found } of previous) {
      if (found === undefined) continue;
      const proxy = sheets.getItem(found.id);
      proxy.name = sheet.name;
      if (sheet.storedState !== null) proxy.customProperties.add(STATE_KEY, sheet.storedState);
      else if (found.storedState !== null) proxy.customProperties.getItem(STATE_KEY).delete();
    }
    const tablesNow = new Set(now.tableAndNameNames.map((n) => n.toLocaleUpperCase("en-GB")));
    for (const table of names.tables) {
      const previousTable = table.previous;
      if (
        previousTable !== null &&
        tablesNow.has(previousTable.retiredName.toLocaleUpperCase("en-GB"))
      ) {
        context.workbook.tables.getItem(previousTable.retiredName).name = previousTable.name;
      }
    }
    const wasActive = before.sheets.find((s) => s.id === before.activeSheetId);
    const retiredAs = names.retired.find((r) => r.sheet.id === wasActive?.id)?.name;
    const active = wasActive === undefined ? undefined : still(wasActive, retiredAs);
    if (active !== undefined) sheets.getItem(active.id).activate();
    await sync();
    return { outcome: "rolled back" };
  } catch (error) {
    // Excel refused the recovery too: say why; the next refresh finds the leftovers by their markers.
    return { outcome: "not recovered", problem: analystMessage(error) };
  }
}

function sameName(a: string, b: string): boolean {
  return a.toLocaleUpperCase("en-GB") === b.toLocaleUpperCase("en-GB");
}
