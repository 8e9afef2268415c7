/// <reference types="office-js" />
import type { ScorecardPlan, SheetPlan } from "../../plan/plan-types";
import {
  COMMITTED_KEY,
  NAME_KEY,
  REFRESH_KEY,
  STATE_KEY,
  type RefreshStamp,
} from "../../refresh/output/markers";
import type { OutputNames, SheetNaming } from "../../refresh/output/output-names";
import type { SurveyedSheet } from "../../refresh/output/surveyed-sheet";
import { freezePanes, frozenAside } from "./freeze-panes";
import { queueInPlaceCleanUp, queueInPlaceRewrite, type InPlaceSheet } from "./rewrite-in-place";
import type { ExcelSurvey } from "./workbook-survey";

/**
 * How the refresh treats the sheets the survey found: which planned sheets are rewritten in place
 * (their previous sheet is live), and which generated sheets go, in the build (leftovers, and
 * retired sheets left by earlier versions) or once the swap is committed (a live sheet of a role
 * the plan no longer writes).
 */
export interface SwapPlan {
  readonly inPlace: ReadonlySet<SheetNaming>;
  readonly deletedInBuild: readonly SurveyedSheet[];
  readonly deletedAtEnd: readonly SurveyedSheet[];
}

/** @example swapPlan(names).inPlace.size // 3 once every generated sheet is live */
export function swapPlan(names: OutputNames): SwapPlan {
  const inPlace = new Set(names.sheets.filter((n) => n.previous?.state === "live"));
  const kept = new Set([...inPlace].map((n) => n.previous?.id));
  const retired = names.retired.map((r) => r.sheet).filter((s) => !kept.has(s.id));
  return {
    inPlace,
    deletedInBuild: [...names.leftovers, ...retired.filter((s) => s.state !== "live")],
    deletedAtEnd: retired.filter((s) => s.state === "live"),
  };
}

/** The planned sheet frozen aside (the notes), its naming, and whether it is rewritten in place. */
export function asideSheet(
  plan: ScorecardPlan,
  names: OutputNames
): { sheet: SheetPlan; naming: SheetNaming } | undefined {
  const sheet = frozenAside(plan);
  const naming = sheet === undefined ? undefined : names.sheets[plan.sheets.indexOf(sheet)];
  return sheet === undefined || naming === undefined ? undefined : { sheet, naming };
}

/**
 * The sheet a naming stands for once the swap has placed it: the live sheet by the id the survey
 * read (ids are unique among the sheets that exist, and a live sheet is never deleted), or the
 * new sheet by its final name.
 */
export function placedSheet(
  sheets: Excel.WorksheetCollection,
  naming: SheetNaming,
  inPlace: boolean
): Excel.Worksheet {
  return sheets.getItem(inPlace && naming.previous !== null ? naming.previous.id : naming.final);
}

/** Before the swap renames anything: the live sheet by id, or the new sheet by its temporary name. */
export function builtOrLive(
  sheets: Excel.WorksheetCollection,
  naming: SheetNaming,
  inPlace: boolean
): Excel.Worksheet {
  return sheets.getItem(
    inPlace && naming.previous !== null ? naming.previous.id : naming.temporary
  );
}

/**
 * Queues the swap, one request that ends the refresh: the sheet frozen aside first (see
 * frozenAside), each live sheet rewritten in place (rewrite-in-place.ts), each new sheet renamed
 * into place with its table, the scorecard shown, then the commit marker; after it the old charts
 * and the built sheets and backups deleted, the new charts named, then `finish` (the freeze panes
 * and page set-up, finish-sheets.ts), and last the stamps and the marker removed. A failure before
 * the marker is rolled back by the recovery; one after it, in the finish too, is completed: the
 * marker stays until everything before it has run (a failed request runs nothing after the failing
 * operation, and undoes nothing before it).
 * @param finish queues the finish where it belongs in the request
 * @returns sentences for the analyst
 */
export function queueSwap(
  context: Excel.RequestContext,
  plan: ScorecardPlan,
  names: OutputNames,
  survey: ExcelSurvey,
  rewrites: readonly InPlaceSheet[],
  stamp: RefreshStamp,
  finish: () => void
): string[] {
  const sheets = context.workbook.worksheets;
  const swap = swapPlan(names);
  const isInPlace = (naming: SheetNaming) => swap.inPlace.has(naming);
  const hidden = (naming: SheetNaming) =>
    isInPlace(naming) && survey.hiddenSheetIds.has(naming.previous?.id ?? "");
  // First, while the build's last activation still holds (see frozenAside).
  const aside = asideSheet(plan, names);
  if (aside?.sheet.freeze && !hidden(aside.naming)) {
    freezePanes(builtOrLive(sheets, aside.naming, isInPlace(aside.naming)), aside.sheet.freeze);
  }
  const messages = rewrites.flatMap((rewrite) => queueInPlaceRewrite(sheets, rewrite, stamp));
  const fresh = names.sheets.filter((n) => !isInPlace(n));
  for (const naming of fresh) {
    const proxy = sheets.getItem(naming.temporary);
    proxy.name = naming.final;
    proxy.customProperties.add(STATE_KEY, "live");
    proxy.customProperties.add(NAME_KEY, naming.final);
  }
  queueMoves(sheets, fresh, swap.deletedInBuild);
  for (const { sheet, table } of tablesOf(plan, names)) {
    if (!isInPlace(sheet)) context.workbook.tables.getItem(table.temporary).name = table.final;
  }
  const shown = names.sheets.find((n) => n.role === plan.activate);
  if (shown !== undefined && !hidden(shown))
    placedSheet(sheets, shown, isInPlace(shown)).activate();
  const first = names.sheets[0];
  if (first === undefined) return messages;
  const marked = placedSheet(sheets, first, isInPlace(first));
  marked.customProperties.add(COMMITTED_KEY, stamp.token);
  for (const rewrite of rewrites) {
    const old = survey.sheets.find((s) => s.id === rewrite.live.id)?.charts ?? [];
    queueInPlaceCleanUp(sheets, rewrite, old, stamp.token);
  }
  for (const sheet of swap.deletedAtEnd) deleteSheet(sheets.getItem(sheet.id), sheet.id, survey);
  finish();
  for (const naming of names.sheets) {
    placedSheet(sheets, naming, isInPlace(naming)).customProperties.getItem(REFRESH_KEY).delete();
  }
  // Last, so that until the swap is whole a recovery knows it was committed.
  marked.customProperties.getItem(COMMITTED_KEY).delete();
  return messages;
}

/** Each planned table with the sheet it is on (OutputNames lists them in the plan's order). */
export function tablesOf(
  plan: ScorecardPlan,
  names: OutputNames
): Array<{ sheet: SheetNaming; table: OutputNames["tables"][number] }> {
  const out: Array<{ sheet: SheetNaming; table: OutputNames["tables"][number] }> = [];
  let next = 0;
  plan.sheets.forEach((sheetPlan, i) => {
    for (let k = 0; k < sheetPlan.tables.length; k++) {
      const sheet = names.sheets[i];
      const table = names.tables[next++];
      if (sheet !== undefined && table !== undefined) out.push({ sheet, table });
    }
  });
  return out;
}

/**
 * A new sheet whose previous sheet was deleted in the build (one an earlier version retired) takes
 * its place, in the plan's order among themselves; others stay where `add` put them, at the end.
 */
function queueMoves(
  sheets: Excel.WorksheetCollection,
  fresh: readonly SheetNaming[],
  deleted: readonly SurveyedSheet[]
): void {
  const moves = fresh.filter((n) => n.previous !== null);
  const places = moves.map((n) => n.previous?.position ?? 0).sort((a, b) => a - b);
  const deletedBefore = (position: number) => deleted.filter((s) => s.position < position).length;
  moves.forEach((naming, k) => {
    const position = places[k] ?? 0;
    sheets.getItem(naming.final).position = position - deletedBefore(position) + k;
  });
}

/**
 * Deletes a sheet, making a very hidden one hidden first: "if the worksheet's visibility is set to
 * "VeryHidden", the delete operation will fail with an InvalidOperation exception. You should first
 * change its visibility to hidden or visible before deleting it" ("Worksheet.delete",
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)).
 */
export function deleteSheet(sheet: Excel.Worksheet, surveyedId: string, survey: ExcelSurvey): void {
  if (survey.veryHiddenSheetIds.has(surveyedId)) sheet.visibility = "Hidden";
  sheet.delete();
}
