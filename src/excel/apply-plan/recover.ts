/// <reference types="office-js" />
import type { ScorecardPlan } from "../../plan/plan-types";
import {
  COMMITTED_KEY,
  REFRESH_KEY,
  temporaryNameParts,
  type RefreshStamp,
} from "../../refresh/output/markers";
import type { OutputNames } from "../../refresh/output/output-names";
import type { FailureOutcome } from "./apply-report";
import { analystMessage } from "../excel-errors";
import {
  queueDropNewCharts,
  queueInPlaceCompletion,
  queueInPlaceRestore,
  type LiveSheetNow,
} from "./restore-in-place";
import type { InPlaceSheet } from "./rewrite-in-place";
import { deleteSheet, swapPlan } from "./swap";
import {
  surveyWorkbook,
  type ExcelSurvey,
  type SurveyedSheet,
  type WorkbookSurvey,
} from "./workbook-survey";

/** What a recovery knows of the refresh that failed. */
export interface FailedRefresh {
  /** The refresh's survey, before it wrote anything. */
  readonly before: ExcelSurvey;
  readonly plan: ScorecardPlan;
  readonly names: OutputNames;
  readonly stamp: RefreshStamp;
  /** The sheets it was rewriting in place, once its build had read them; undefined before. */
  readonly rewrites: readonly InPlaceSheet[] | undefined;
  /** Whether the failed sync was the swap's. */
  readonly swapping: boolean;
  readonly sync: () => Promise<void>;
}

/**
 * After a failed sync, puts the workbook back into one whole state. Excel applies a failed request's
 * operations up to the failure without undoing them, so this looks first (one sync), then acts (one
 * sync). If the swap had not reached its commit marker, it rolls back: each live sheet this
 * refresh had stamped gets its cells, sizes, table, names and marker back from its backup, the
 * charts it added are deleted, and so are the sheets it built and its backups; the analyst's
 * sheet is shown again. Once the marker is set, the new scorecard is whole, so it completes the
 * clean-up instead (restore-in-place.ts).
 * It touches only this refresh's own work: sheets stamped with its token or under its temporary
 * names, and the live sheets it stamped; another refresh running at the same time keeps its. A live
 * sheet that another refresh has stamped since is that refresh's to finish. No id read before the
 * failure is trusted on its own: the build deletes leftovers and Excel may give their ids to the
 * sheets it adds (see sheet ids in the Excel model), so a sheet from before is found again only by
 * its id together with its name.
 * @example const { outcome } = await recoverRefresh(context, { before, plan, names, stamp, rewrites, sync });
 */
export async function recoverRefresh(
  context: Excel.RequestContext,
  refresh: FailedRefresh
): Promise<{ outcome: FailureOutcome; problem?: string }> {
  const { before, names, stamp, sync } = refresh;
  try {
    const rewrites = refresh.rewrites ?? [];
    const sheets = context.workbook.worksheets;
    // The live sheets' names ride on the survey's sync.
    const liveNames = rewrites.map((r) =>
      sheets.getItem(r.live.id).names.load("items/name, items/formula")
    );
    const now = await surveyWorkbook(context, sync);
    /** The sheet now that is `sheet` from before: the same id under the same name. */
    const still = (sheet: { id: string; name: string }): SurveyedSheet | undefined =>
      now.sheets.find((s) => s.id === sheet.id && sameName(s.name, sheet.name));
    const nowOf = (rewrite: InPlaceSheet, i: number): LiveSheetNow | undefined => {
      const surveyed = still(rewrite.live);
      const loaded = liveNames[i]?.items ?? [];
      return surveyed === undefined
        ? undefined
        : { surveyed, names: loaded.map((n) => ({ name: n.name, formula: String(n.formula) })) };
    };
    const livePrevious = new Set(
      names.sheets.flatMap((n) => (n.previous?.state === "live" ? [n.previous.id] : []))
    );
    // Its token is this refresh's alone, so a sheet stamped with it, or under one of its temporary
    // names (a sheet added just before the failure may not carry its marker yet), is one it added,
    // unless it is a live sheet it was rewriting in place.
    const ours = now.sheets.filter((sheet) => {
      const temporary = temporaryNameParts(sheet.name);
      const mine = sheet.stamp?.token === stamp.token || temporary?.token === stamp.token;
      return (
        mine &&
        !(livePrevious.has(sheet.id) && still(sheet) !== undefined && isBefore(before, sheet))
      );
    });
    context.workbook.application.suspendScreenUpdatingUntilNextSync();
    const committed = now.sheets.find((s) => s.committed === stamp.token);
    // A swap whose request was applied whole but reported failed (its answer lost) has left
    // nothing of this refresh's: no sheet stamped with its token or under a temporary name of its,
    // and every planned sheet in place. Before the swap's end one of those is always there.
    const finished =
      committed === undefined &&
      refresh.swapping &&
      ours.length === 0 &&
      !now.sheets.some((s) => s.stamp?.token === stamp.token) &&
      names.sheets.every((n) =>
        now.sheets.some((s) =>
          n.previous?.state === "live"
            ? s.id === n.previous.id && sameName(s.name, n.previous.name)
            : sameName(s.name, n.final) && s.state === "live"
        )
      );
    if (finished) return { outcome: "completed" };
    if (committed !== undefined) {
      rewrites.forEach((rewrite, i) => {
        const found = nowOf(rewrite, i);
        const old = before.sheets.find((s) => s.id === rewrite.live.id)?.charts ?? [];
        if (found !== undefined) queueInPlaceCompletion(sheets, rewrite, found, old, stamp.token);
      });
      for (const sheet of ours) {
        if (sheet.state === "building" || sheet.state === "backup") {
          deleteSheet(sheets.getItem(sheet.id), sheet.id, now);
        }
      }
      for (const gone of swapPlan(names).deletedAtEnd) {
        const found = still(gone);
        if (found !== undefined) deleteSheet(sheets.getItem(found.id), found.id, now);
      }
      for (const sheet of now.sheets) {
        if (sheet.stamp?.token === stamp.token && sheet.state === "live") {
          sheets.getItem(sheet.id).customProperties.getItem(REFRESH_KEY).delete();
        }
      }
      sheets.getItem(committed.id).customProperties.getItem(COMMITTED_KEY).delete();
      await sync();
      return { outcome: "completed" };
    }
    rewrites.forEach((rewrite, i) => {
      const found = nowOf(rewrite, i);
      if (found === undefined) return;
      const backup = now.sheets.find((s) => sameName(s.name, rewrite.naming.backup));
      const wasBefore = before.sheets.find((s) => s.id === rewrite.live.id);
      if (wasBefore === undefined) return;
      if (found.surveyed.stamp?.token === stamp.token && backup !== undefined) {
        queueInPlaceRestore(sheets, rewrite, found, wasBefore);
      } else {
        queueDropNewCharts(sheets.getItem(rewrite.live.id), found.surveyed, wasBefore);
      }
    });
    for (const sheet of ours) deleteSheet(sheets.getItem(sheet.id), sheet.id, now);
    const wasActive = before.sheets.find((s) => s.id === before.activeSheetId);
    const active = wasActive === undefined ? undefined : still(wasActive);
    if (active !== undefined && !before.hiddenSheetIds.has(active.id)) {
      sheets.getItem(active.id).activate();
    }
    await sync();
    return { outcome: "rolled back" };
  } catch (error) {
    // Excel refused the recovery too: say why; the next refresh finds the leftovers by their markers.
    return { outcome: "not recovered", problem: analystMessage(error) };
  }
}

/** Whether a sheet now is one the refresh's survey found (same id and name). */
function isBefore(before: WorkbookSurvey, sheet: SurveyedSheet): boolean {
  return before.sheets.some((s) => s.id === sheet.id && sameName(s.name, sheet.name));
}

function sameName(a: string, b: string): boolean {
  return a.toLocaleUpperCase("en-GB") === b.toLocaleUpperCase("en-GB");
}
