/// <reference types="office-js" />
import type { ScorecardPlan, SheetPlan } from "../../plan/plan-types";
import type { ApplyReport, ApplyStage, FailureOutcome } from "./apply-report";
import {
  NAME_KEY,
  newRefreshToken,
  REFRESH_KEY,
  STATE_KEY,
  stampText,
  type RefreshStamp,
} from "../../refresh/output/markers";
import { keptSentences, renamingSentences } from "../../refresh/output/naming-sentences";
import { outputNames, type OutputNames } from "../../refresh/output/output-names";
import { skippedCharts } from "../../refresh/output/skipped-charts";
import { analystMessage, analystWords } from "../excel-errors";
import { finishSheets, freezePanes, frozenAside } from "./finish-sheets";
import { recoverRefresh } from "./recover";
import { sheetSteps } from "./write-sheet";
import { packSteps, SMALL_STEP_BYTES, type WriteStep } from "./write-steps";
import { surveyWorkbook, type ExcelSurvey } from "./workbook-survey";

/**
 * Writes a scorecard plan into the workbook in four syncs, whatever the number of indicators and
 * months:
 * 1. survey: sheets with their generated-sheet markers, tables, visibility and protection, the
 *    workbook's names and structure protection, the active sheet; a protected structure or a
 *    protected generated sheet stops the refresh here, before anything is written;
 * 2. build: with screen updating and the API's recalculation suspended, delete leftovers of a failed
 *    refresh, add the new sheets under temporary names and write everything onto them;
 * 3. swap: rename the previous generated sheets (and their table) aside, give the new ones their
 *    final names and places, activate the scorecard, delete the previous sheets;
 * 4. finish: the scorecard's frozen header and every sheet's page set-up (finish-sheets.ts), whose
 *    failure is a notice: the scorecard is already whole.
 * The calculation mode is never changed: on the desktop it is application-wide and not saved with
 * the workbook, so a refresh that failed after switching it would leave every open workbook manual.
 * The previous scorecard is only deleted at the very end of the swap, so a failure anywhere leaves
 * it whole: the recovery (two more syncs, only after a failure) rolls back, or, once deletion had
 * begun, completes the clean-up. Sheets of the analyst's are never written, renamed or deleted; if
 * one already has a generated sheet's name, the output takes "Scorecard (2)" and the report says so.
 *
 * A plan whose writes exceed the ~4 MB a request may safely carry (well beyond any real scorecard:
 * tens of thousands of notes) is written in several build syncs, one per 4 MB; the count stays 4
 * for every plan under that size. If Excel refuses the survey's nested loads it takes two more.
 * Each refresh stamps what it builds (markers.ts), so that a recovery undoes only its own work and
 * two refreshes at once (the ribbon and the pane, two panes on the web) cannot destroy each other's.
 * @param stamp this refresh's stamp; a fresh token, started at the plan's refresh time, by default
 * @example const report = await Excel.run((context) => applyScorecardPlan(context, plan)); // report.syncs === 4
 */
export async function applyScorecardPlan(
  context: Excel.RequestContext,
  plan: ScorecardPlan,
  stamp: RefreshStamp = { token: newRefreshToken(), startedAt: plan.refreshedAt }
): Promise<ApplyReport> {
  let syncs = 0;
  const sync = async () => {
    syncs++;
    await context.sync();
  };
  const failed = (
    stage: ApplyStage,
    error: unknown,
    outcome: FailureOutcome,
    messages: string[] = []
  ): ApplyReport => {
    const message = analystMessage(error);
    return {
      ok: false,
      syncs,
      sheets: [],
      messages: [...messages, failureSentence(stage, error, outcome)],
      failure: { stage, message, outcome },
    };
  };

  let survey: ExcelSurvey;
  try {
    survey = await surveyWorkbook(context, sync);
  } catch (error) {
    return failed("survey", error, "unchanged");
  }
  const refusal = protectionRefusal(survey);
  if (refusal !== null) {
    return {
      ok: false,
      syncs,
      sheets: [],
      messages: [`${refusal} Nothing was changed.`],
      failure: { stage: "survey", message: refusal, outcome: "unchanged" },
    };
  }
  const names = outputNames(survey, plan.sheets, stamp);
  const messages = [...renamingSentences(names), ...keptSentences(survey)];

  let stage: ApplyStage = "write";
  try {
    for (const group of packSteps(buildSteps(context, plan, names, stamp, survey))) {
      suspendUntilNextSync(context);
      for (const step of group) step.queue();
      await sync();
    }
    stage = "swap";
    suspendUntilNextSync(context);
    queueSwap(context, plan, names, survey);
    await sync();
  } catch (error) {
    const { outcome, problem } = await recoverRefresh(context, survey, names, stamp, sync);
    if (problem !== undefined) {
      messages.push(
        `Putting the workbook back after the failure also failed (${problem}). ${unrecoveredState(stage, names)}`
      );
    }
    if (outcome !== "completed") return failed(stage, error, outcome, messages);
  }
  messages.push(...skippedCharts(plan, names), ...(await finishSheets(context, plan, names, sync)));
  return { ok: true, syncs, sheets: placed(names), messages, failure: null };
}

/**
 * Why a refresh must not start: a protected structure stops sheets being added, renamed or deleted
 * ("Protect a workbook", https://support.office.com/article/Protect-a-workbook-7E365A4D-3E89-4616-84CA-1931257C1517),
 * and a protected sheet of the add-in's could not be marked or replaced ("WorksheetProtection",
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection). Both are found in the
 * survey, so nothing has been written; the sentence says what to unprotect.
 */
function protectionRefusal(survey: ExcelSurvey): string | null {
  if (survey.structureProtected) {
    return "The workbook's structure is protected, so the scorecard's sheets cannot be added or replaced. Unprotect it (Review > Protect Workbook), then refresh.";
  }
  const locked = survey.sheets.filter(
    (sheet) => sheet.role !== null && survey.protectedSheetIds.has(sheet.id)
  );
  if (locked.length === 0) return null;
  const listed = locked.map((sheet) => `"${sheet.name}"`).join(", ");
  return `The scorecard's sheet ${listed} is protected, so the refresh cannot replace it. Unprotect it (Review > Unprotect Sheet), then refresh.`;
}

/**
 * Queues the start of the build (calculation manual, leftovers deleted, new sheets added under
 * temporary names) and returns the writes, as steps that can be packed into requests under the
 * size limit.
 */
function buildSteps(
  context: Excel.RequestContext,
  plan: ScorecardPlan,
  names: OutputNames,
  stamp: RefreshStamp,
  survey: ExcelSurvey
): WriteStep[] {
  const sheets = context.workbook.worksheets;
  // By name, not id: the name is the check that the sheet is still a leftover. A refresh running
  // at the same time may have made it its live scorecard since the survey; the delete then fails,
  // this refresh rolls back, and that refresh's scorecard stands.
  for (const leftover of names.leftovers)
    deleteSheet(sheets.getItem(leftover.name), leftover.id, survey);
  const tableNames = new Map(names.tables.map((t) => [t.preferred, t.temporary]));
  const steps = plan.sheets.flatMap((sheetPlan, i) => {
    const naming = names.sheets[i];
    if (naming === undefined) throw new Error("every planned sheet has a naming");
    const add = () => sheets.add(naming.temporary);
    return sheetSteps(add, sheetPlan, tableNames, stampText(stamp));
  });
  // Last of the build, so the swap's request begins with it in view (see frozenAside).
  const aside = asideNaming(plan, names);
  if (aside !== undefined) {
    steps.push({
      bytes: SMALL_STEP_BYTES,
      queue: () => sheets.getItem(aside.naming.temporary).activate(),
    });
  }
  return steps;
}

/** The frozen sheet the plan does not show, with its naming. */
function asideNaming(
  plan: ScorecardPlan,
  names: OutputNames
): { sheet: SheetPlan; naming: OutputNames["sheets"][number] } | undefined {
  const sheet = frozenAside(plan);
  const naming = sheet === undefined ? undefined : names.sheets[plan.sheets.indexOf(sheet)];
  return sheet === undefined || naming === undefined ? undefined : { sheet, naming };
}

/**
 * Deletes a sheet, making a very hidden one hidden first: "if the worksheet's visibility is set to
 * "VeryHidden", the delete operation will fail with an InvalidOperation exception. You should first
 * change its visibility to hidden or visible before deleting it" ("Worksheet.delete",
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)).
 */
function deleteSheet(sheet: Excel.Worksheet, surveyedId: string, survey: ExcelSurvey): void {
  if (survey.veryHiddenSheetIds.has(surveyedId)) sheet.visibility = "Hidden";
  sheet.delete();
}

/**
 * Each request of the write runs with screen updating and the API's recalculation suspended until
 * it ends: nothing recalculates half-written, and nothing is left to switch back if one fails.
 */
function suspendUntilNextSync(context: Excel.RequestContext): void {
  context.workbook.application.suspendScreenUpdatingUntilNextSync();
  context.workbook.application.suspendApiCalculationUntilNextSync();
}

/**
 * The previous sheets are addressed by the ids the survey read. The build deleted only leftovers,
 * whose ids Excel may give to the sheets it added (see workbook ids in the Excel model), but never
 * a previous sheet, which still holds its own id: ids are unique among the sheets that exist.
 */
function queueSwap(
  context: Excel.RequestContext,
  plan: ScorecardPlan,
  names: OutputNames,
  survey: ExcelSurvey
): void {
  const sheets = context.workbook.worksheets;
  // First, while the build's last activation still holds (see frozenAside).
  const aside = asideNaming(plan, names);
  if (aside?.sheet.freeze) freezePanes(sheets.getItem(aside.naming.temporary), aside.sheet.freeze);
  for (const table of names.tables) {
    if (table.previous !== null) {
      context.workbook.tables.getItem(table.previous.name).name = table.previous.retiredName;
    }
  }
  for (const { sheet, name } of names.retired) {
    const proxy = sheets.getItem(sheet.id);
    proxy.customProperties.add(STATE_KEY, "retired");
    proxy.name = name;
  }
  const leftoversBefore = (position: number) =>
    names.leftovers.filter((s) => s.position < position).length;
  // The new sheets take the places of the previous ones, in the plan's order among themselves: a
  // refresh that failed part-way may have left its predecessors in any order.
  const moves = names.sheets.filter((n) => n.previous !== null);
  const places = moves.map((n) => n.previous?.position ?? 0).sort((a, b) => a - b);
  for (const naming of names.sheets) {
    const proxy = sheets.getItem(naming.temporary);
    proxy.name = naming.final;
    proxy.customProperties.add(STATE_KEY, "live");
    proxy.customProperties.add(NAME_KEY, naming.final);
  }
  moves.forEach((naming, k) => {
    const position = places[k] ?? 0;
    sheets.getItem(naming.final).position = position - leftoversBefore(position) + k;
  });
  for (const table of names.tables) {
    context.workbook.tables.getItem(table.temporary).name = table.final;
  }
  const shown = names.sheets.find((n) => n.role === plan.activate);
  if (shown !== undefined) sheets.getItem(shown.final).activate();
  for (const { sheet } of names.retired) deleteSheet(sheets.getItem(sheet.id), sheet.id, survey);
  // Last, so that until the swap is whole a recovery still knows these sheets as this refresh's.
  for (const naming of names.sheets) {
    sheets.getItem(naming.final).customProperties.getItem(REFRESH_KEY).delete();
  }
}

function placed(names: OutputNames): ApplyReport["sheets"] {
  return names.sheets.map((n) => ({ role: n.role, name: n.final }));
}

/** Exactly what a refresh whose recovery also failed may have left, and what tidies it. */
function unrecoveredState(stage: ApplyStage, names: OutputNames): string {
  const building = names.sheets.map((n) => `"${n.temporary}"`).join(", ");
  if (stage !== "swap") {
    return `The previous scorecard is as it was; half-written sheets named ${building} may remain, and the next refresh deletes them.`;
  }
  const retired = names.retired.map((r) => `"${r.name}"`).join(", ");
  return `The swap may have stopped part-way: the previous scorecard's sheets may be named ${retired || "as before"} and the new ones ${building} or their final names. Your own sheets were not touched; refresh again to put the scorecard in place and delete the rest.`;
}

/**
 * What failed and what the workbook is like now; what the analyst can do comes last when Excel's
 * code says (excel-errors.ts), else Excel's own message is quoted.
 */
function failureSentence(stage: ApplyStage, error: unknown, outcome: FailureOutcome): string {
  const what = {
    survey: "reading the workbook",
    write: "writing the new scorecard",
    swap: "swapping the new scorecard in",
  }[stage];
  const after = {
    unchanged: "Nothing was changed.",
    "rolled back": "The previous scorecard is as it was.",
    completed: "The new scorecard is in place.",
    "not recovered": "The workbook could not be tidied.",
  }[outcome];
  const words = analystWords(error);
  if (words !== undefined) return `The refresh failed while ${what}. ${after} ${words}`;
  return `The refresh failed while ${what} (${analystMessage(error)}). ${after}`;
}
