/// <reference types="office-js" />
import type { ScorecardPlan } from "../../plan/plan-types";
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
import { recoverRefresh } from "./recover";
import { sheetSteps } from "./write-sheet";
import { packSteps, type WriteStep } from "./write-steps";
import { queueSurvey } from "./workbook-survey";

/**
 * Writes a scorecard plan into the workbook in three syncs, whatever the number of indicators and
 * months:
 * 1. survey: sheets with their generated-sheet markers, tables and names, calculation mode, active sheet;
 * 2. build: with screen updating and the API's recalculation suspended, delete leftovers of a failed
 *    refresh, add the new sheets under temporary names and write everything onto them;
 * 3. swap: rename the previous generated sheets (and their table) aside, give the new ones their
 *    final names and places, activate the scorecard, delete the previous sheets.
 * The calculation mode is never changed: on the desktop it is application-wide and not saved with
 * the workbook, so a refresh that failed after switching it would leave every open workbook manual.
 * The previous scorecard is only deleted at the very end of the swap, so a failure anywhere leaves
 * it whole: the recovery (two more syncs, only after a failure) rolls back, or, once deletion had
 * begun, completes the clean-up. Sheets of the analyst's are never written, renamed or deleted; if
 * one already has a generated sheet's name, the output takes "Scorecard (2)" and the report says so.
 *
 * A plan whose writes exceed the ~4 MB a request may safely carry (well beyond any real scorecard:
 * tens of thousands of notes) is written in several build syncs, one per 4 MB; the count stays 3
 * for every plan under that size.
 * Each refresh stamps what it builds (markers.ts), so that a recovery undoes only its own work and
 * two refreshes at once (the ribbon and the pane, two panes on the web) cannot destroy each other's.
 * @param stamp this refresh's stamp; a fresh token, started at the plan's refresh time, by default
 * @example const report = await Excel.run((context) => applyScorecardPlan(context, plan)); // report.syncs === 3
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
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      syncs,
      sheets: [],
      messages: [...messages, failureSentence(stage, message, outcome)],
      failure: { stage, message, outcome },
    };
  };

  const read = queueSurvey(context);
  try {
    await sync();
  } catch (error) {
    return failed("survey", error, "unchanged");
  }
  const survey = read();
  const names = outputNames(survey, plan.sheets, stamp);
  const messages = [...renamingSentences(names), ...keptSentences(survey)];

  let stage: ApplyStage = "write";
  try {
    for (const group of packSteps(buildSteps(context, plan, names, stamp))) {
      suspendUntilNextSync(context);
      for (const step of group) step.queue();
      await sync();
    }
    stage = "swap";
    suspendUntilNextSync(context);
    queueSwap(context, plan, names);
    await sync();
  } catch (error) {
    const { outcome, problem } = await recoverRefresh(context, survey, names, stamp, sync);
    if (problem !== undefined) {
      messages.push(
        `Putting the workbook back after the failure also failed (${problem}). ${unrecoveredState(stage, names)}`
      );
    }
    if (outcome === "completed") {
      return { ok: true, syncs, sheets: placed(names), messages, failure: null };
    }
    return failed(stage, error, outcome, messages);
  }
  return { ok: true, syncs, sheets: placed(names), messages, failure: null };
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
  stamp: RefreshStamp
): WriteStep[] {
  const sheets = context.workbook.worksheets;
  // By name, not id: the name is the check that the sheet is still a leftover. A refresh running
  // at the same time may have made it its live scorecard since the survey; the delete then fails,
  // this refresh rolls back, and that refresh's scorecard stands.
  for (const leftover of names.leftovers) sheets.getItem(leftover.name).delete();
  const tableNames = new Map(names.tables.map((t) => [t.preferred, t.temporary]));
  return plan.sheets.flatMap((sheetPlan, i) => {
    const naming = names.sheets[i];
    if (naming === undefined) throw new Error("every planned sheet has a naming");
    const add = () => sheets.add(naming.temporary);
    return sheetSteps(add, sheetPlan, tableNames, stampText(stamp));
  });
}

/**
 * Each request of the write runs with screen updating and the API's recalculation suspended until
 * it ends: nothing recalculates half-written, and nothing is left to switch back if one fails.
 */
function suspendUntilNextSync(context: Excel.RequestContext): void {
  context.workbook.application.suspendScreenUpdatingUntilNextSync();
  context.workbook.application.suspendApiCalculationUntilNextSync();
}

function queueSwap(context: Excel.RequestContext, plan: ScorecardPlan, names: OutputNames): void {
  const sheets = context.workbook.worksheets;
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
  for (const { sheet } of names.retired) sheets.getItem(sheet.id).delete();
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

function failureSentence(stage: ApplyStage, message: string, outcome: FailureOutcome): string {
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
  return `The refresh failed while ${what} (${message}). ${after}`;
}
