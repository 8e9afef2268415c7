/// <reference types="office-js" />
import type { ScorecardPlan, SheetPlan } from "../../plan/plan-types";
import type { ApplyReport, ApplyStage, FailureOutcome } from "./apply-report";
import {
  newRefreshToken,
  REFRESH_KEY,
  ROLE_KEY,
  STATE_KEY,
  stampText,
  type RefreshStamp,
} from "../../refresh/output/markers";
import { renamingSentences } from "../../refresh/output/naming-sentences";
import { outputNames, type OutputNames } from "../../refresh/output/output-names";
import { skippedCharts } from "../../refresh/output/skipped-charts";
import { analystMessage, analystWords } from "../excel-errors";
import { finishSheets, queueFinish } from "./finish-sheets";
import { queueLiveReading } from "./live-sheet";
import { recoverRefresh } from "./recover";
import type { InPlaceSheet } from "./rewrite-in-place";
import { asideSheet, builtOrLive, deleteSheet, queueSwap, swapPlan } from "./swap";
import { sheetSteps } from "./write-sheet";
import { packSteps, SMALL_STEP_BYTES, type WriteStep } from "./write-steps";
import { surveyWorkbook, type ExcelSurvey } from "./workbook-survey";

/** What a caller may give a write besides the plan. */
export interface ApplyOptions {
  /** This refresh's stamp; a fresh token, started at the plan's refresh time, by default. */
  readonly stamp?: RefreshStamp;
  /**
   * The survey, when the caller had it ride on a sync of its own (the read's first, in
   * refresh-workbook.ts); without one the write surveys first, in a sync of its own.
   */
  readonly survey?: ExcelSurvey;
}

/**
 * Writes a scorecard plan into the workbook in two syncs after the survey, whatever the number of
 * indicators and months:
 * 0. survey (a sync of its own unless the caller's survey rode on its read): sheets with their
 *    generated-sheet markers, tables, charts, visibility and protection, the workbook's names and
 *    structure protection, the active sheet; a protected structure or a protected generated sheet
 *    stops the refresh here, before anything is written;
 * 1. build: with screen updating and the API's recalculation suspended, delete leftovers of a failed
 *    refresh, add the new sheets under temporary names and write everything onto them; for a sheet
 *    whose previous sheet is live, only its cells, plus an empty backup sheet, and read what the
 *    live sheet holds (live-sheet.ts);
 * 2. swap and finish (swap.ts), one request: rewrite each live sheet in place from its built copy,
 *    keeping a backup of it first (rewrite-in-place.ts); rename a sheet that had no live
 *    predecessor into place; show the scorecard; commit; delete what was built aside and the old
 *    charts; then the finish (finish-sheets.ts): the shown sheet's frozen header, after the
 *    activation earlier in the request, and every sheet's page set-up; last, the stamps and the
 *    commit marker come off.
 * A live sheet, its table and its names are never renamed or deleted, so every formula of the
 * analyst's that points at them (`=Scorecard!O12`, `=CSC_Scorecard[RAG]`,
 * `=Scorecard!CSC_ReportingMonth`) reads the new scorecard after the refresh.
 * The calculation mode is never changed: on the desktop it is application-wide and not saved with
 * the workbook, so a refresh that failed after switching it would leave every open workbook manual.
 * A request that fails keeps what it did before the failing operation and does nothing after it
 * ("All other commands after the failed command in the batch are not executed", in the example of
 * https://learn.microsoft.com/javascript/api/office/officeextension.error). So a failure anywhere
 * before the commit leaves the previous scorecard whole, or lets the recovery (two more syncs, only
 * after a failure, recover.ts) put it back from its backup; a failure after it, the finish's
 * included, is completed by the recovery, and the finish is then asked again in a request of its
 * own, whose failure is a notice in the pane, not a failed refresh: the scorecard is whole.
 * Sheets of the analyst's are never written, renamed or deleted; if one already has a generated
 * sheet's name, the output takes "Scorecard (2)" and the report says so.
 *
 * A plan whose writes exceed the ~4 MB a request may safely carry (well beyond any real scorecard:
 * tens of thousands of notes) is written in several build syncs, one per 4 MB; the count stays 2
 * (3 with the survey) for every plan under that size. If Excel refuses the survey's nested loads
 * it takes two more. Each refresh stamps what it builds (markers.ts), so that a recovery undoes
 * only its own work and two refreshes at once (the ribbon and the pane, two panes on the web)
 * cannot destroy each other's.
 * @example const report = await Excel.run((context) => applyScorecardPlan(context, plan)); // report.syncs === 3
 */
export async function applyScorecardPlan(
  context: Excel.RequestContext,
  plan: ScorecardPlan,
  options: ApplyOptions = {}
): Promise<ApplyReport> {
  const stamp = options.stamp ?? { token: newRefreshToken(), startedAt: plan.refreshedAt };
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
    survey = options.survey ?? (await surveyWorkbook(context, sync));
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
  // A kept scorecard sheet is told once, by the refresh's KEPT_SCORECARD_SHEET issue (notes and pane),
  // not again here: the pane lists notices and issues side by side.
  const messages = renamingSentences(names);

  let stage: ApplyStage = "write";
  let rewrites: InPlaceSheet[] | undefined;
  // The swap's notices (a table made again, a name moved) are known once it is queued, before its
  // request runs: kept outside the try, so a completed recovery still tells them.
  let notices: string[] = [];
  try {
    const build = buildSteps(context, plan, names, stamp, survey);
    for (const group of packSteps(build.steps)) {
      suspendUntilNextSync(context);
      for (const step of group) step.queue();
      await sync();
    }
    rewrites = build.rewrites();
    stage = "swap";
    suspendUntilNextSync(context);
    let finished: () => string[] = () => [];
    notices = queueSwap(context, plan, names, survey, rewrites, stamp, () => {
      finished = queueFinish(context, plan, names, survey);
    });
    await sync();
    messages.push(...notices, ...skippedCharts(plan, names), ...finished());
  } catch (error) {
    const { outcome, problem } = await recoverRefresh(context, {
      before: survey,
      plan,
      names,
      stamp,
      rewrites,
      swapping: stage === "swap",
      sync,
    });
    if (problem !== undefined) {
      messages.push(
        `Putting the workbook back after the failure also failed (${problem}). ${unrecoveredState(stage, names)}`
      );
    }
    if (outcome !== "completed") return failed(stage, error, outcome, messages);
    // Committed, but the swap's request stopped somewhere after it: the finish may not have run.
    messages.push(
      ...notices,
      ...skippedCharts(plan, names),
      ...(await finishSheets(context, plan, names, survey, sync))
    );
  }
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
 * Queues the start of the build (leftovers deleted) and returns the writes, as steps that can be
 * packed into requests under the size limit: each planned sheet added under its temporary name and
 * written; for a sheet rewritten in place, only the cells (the swap copies them over the live
 * sheet and gives that sheet the rest), an empty backup sheet beside it, and the reads of the live
 * sheet, which `rewrites` gives once the build has synced.
 */
function buildSteps(
  context: Excel.RequestContext,
  plan: ScorecardPlan,
  names: OutputNames,
  stamp: RefreshStamp,
  survey: ExcelSurvey
): { steps: WriteStep[]; rewrites: () => InPlaceSheet[] } {
  const sheets = context.workbook.worksheets;
  const swap = swapPlan(names);
  // By name, not id: the name is the check that the sheet is still a leftover. A refresh running
  // at the same time may have made it its live scorecard since the survey; the delete then fails,
  // this refresh rolls back, and that refresh's scorecard stands.
  for (const leftover of swap.deletedInBuild) {
    deleteSheet(sheets.getItem(leftover.name), leftover.id, survey);
  }
  const temporaryTables = new Map(names.tables.map((t) => [t.preferred, t.temporary]));
  const finalTables = new Map(names.tables.map((t) => [t.preferred, t.final]));
  const readers: Array<() => InPlaceSheet> = [];
  const steps = plan.sheets.flatMap((sheetPlan, i) => {
    const naming = names.sheets[i];
    if (naming === undefined) throw new Error("every planned sheet has a naming");
    const add = () => sheets.add(naming.temporary);
    const previous = naming.previous;
    if (!swap.inPlace.has(naming) || previous === null) {
      return sheetSteps(add, sheetPlan, temporaryTables, stampText(stamp));
    }
    const cellsOnly: SheetPlan = {
      ...sheetPlan,
      columnWidths: [],
      rowHeights: [],
      autofitRows: [],
      tables: [],
      names: [],
      charts: [],
    };
    const backup: WriteStep = {
      bytes: SMALL_STEP_BYTES,
      queue: () => {
        const added = sheets.add(naming.backup);
        added.customProperties.add(ROLE_KEY, sheetPlan.role);
        added.customProperties.add(STATE_KEY, "backup");
        added.customProperties.add(REFRESH_KEY, stampText(stamp));
      },
    };
    const reading: WriteStep = {
      bytes: SMALL_STEP_BYTES,
      queue: () => {
        const live = queueLiveReading(sheets.getItem(previous.id), sheetPlan, previous);
        readers.push(() => ({ plan: sheetPlan, naming, tableNames: finalTables, live: live() }));
      },
    };
    return [reading, backup, ...sheetSteps(add, cellsOnly, temporaryTables, stampText(stamp))];
  });
  // Last of the build, so the swap's request begins with it in view (see frozenAside).
  const aside = asideSheet(plan, names);
  const inPlace = aside !== undefined && swap.inPlace.has(aside.naming);
  if (
    aside !== undefined &&
    !(inPlace && survey.hiddenSheetIds.has(aside.naming.previous?.id ?? ""))
  ) {
    steps.push({
      bytes: SMALL_STEP_BYTES,
      queue: () => builtOrLive(sheets, aside.naming, inPlace).activate(),
    });
  }
  return { steps, rewrites: () => readers.map((read) => read()) };
}

/**
 * Each request of the write runs with screen updating and the API's recalculation suspended until
 * it ends: nothing recalculates half-written, and nothing is left to switch back if one fails.
 */
function suspendUntilNextSync(context: Excel.RequestContext): void {
  context.workbook.application.suspendScreenUpdatingUntilNextSync();
  context.workbook.application.suspendApiCalculationUntilNextSync();
}

function placed(names: OutputNames): ApplyReport["sheets"] {
  return names.sheets.map((n) => ({ role: n.role, name: n.final }));
}

/** Exactly what a refresh whose recovery also failed may have left, and what tidies it. */
function unrecoveredState(stage: ApplyStage, names: OutputNames): string {
  const building = names.sheets.map((n) => `"${n.temporary}"`).join(", ");
  if (stage !== "swap") {
    return `The previous scorecard is as it was; half-written sheets named ${building} (and copies of the scorecard's sheets named "CSC backup …") may remain, and the next refresh deletes them.`;
  }
  const finals = names.sheets.map((n) => `"${n.final}"`).join(", ");
  return `The swap may have stopped part-way: ${finals} may hold part of the new scorecard, with the previous one kept in sheets named "CSC backup …" and the new one built in ${building}. Your own sheets were not touched; refresh again to put the scorecard in place and delete the rest.`;
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
