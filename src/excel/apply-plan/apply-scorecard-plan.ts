/// <reference types="office-js" />
import type { ScorecardPlan } from "../../plan/plan-types";
import type { ApplyReport, ApplyStage, FailureOutcome } from "./apply-report";
import { CALCULATION_KEY, STATE_KEY } from "./markers";
import { outputNames, type OutputNames } from "./output-names";
import { recoverRefresh } from "./recover";
import { sheetSteps } from "./write-sheet";
import { packSteps, type WriteStep } from "./write-steps";
import { queueSurvey, type WorkbookSurvey } from "./workbook-survey";

/**
 * Writes a scorecard plan into the workbook in three syncs, whatever the number of indicators and
 * months:
 * 1. survey: sheets with their generated-sheet markers, tables and names, calculation mode, active sheet;
 * 2. build: with screen updating suspended and calculation manual, delete leftovers of a failed
 *    refresh, add the new sheets under temporary names and write everything onto them;
 * 3. swap: rename the previous generated sheets (and their table) aside, give the new ones their
 *    final names and places, activate the scorecard, delete the previous sheets, restore calculation.
 * The previous scorecard is only deleted at the very end of the swap, so a failure anywhere leaves
 * it whole: the recovery (two more syncs, only after a failure) rolls back, or, once deletion had
 * begun, completes the clean-up. Sheets of the analyst's are never written, renamed or deleted; if
 * one already has a generated sheet's name, the output takes "Scorecard (2)" and the report says so.
 *
 * A plan whose writes exceed the ~4 MB a request may safely carry (well beyond any real scorecard:
 * tens of thousands of notes) is written in several build syncs, one per 4 MB; the count stays 3
 * for every plan under that size.
 * @example const report = await Excel.run((context) => applyScorecardPlan(context, plan)); // report.syncs === 3
 */
export async function applyScorecardPlan(
  context: Excel.RequestContext,
  plan: ScorecardPlan
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
  const names = outputNames(survey, plan.sheets);
  const messages = renamingSentences(names);

  let stage: ApplyStage = "write";
  try {
    context.workbook.application.suspendScreenUpdatingUntilNextSync();
    for (const [i, group] of packSteps(buildSteps(context, plan, names, survey)).entries()) {
      if (i > 0) context.workbook.application.suspendScreenUpdatingUntilNextSync();
      for (const step of group) step.queue();
      await sync();
    }
    stage = "swap";
    queueSwap(context, plan, names, survey);
    await sync();
  } catch (error) {
    const { outcome, problem } = await recoverRefresh(context, survey, names, sync);
    if (problem !== undefined) {
      messages.push(
        `Putting the workbook back after the failure also failed (${problem}); the next refresh will tidy it.`
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
  survey: WorkbookSurvey
): WriteStep[] {
  const sheets = context.workbook.worksheets;
  for (const leftover of names.leftovers) sheets.getItem(leftover.id).delete();
  const tableNames = new Map(names.tables.map((t) => [t.preferred, t.temporary]));
  const steps = plan.sheets.flatMap((sheetPlan, i) => {
    const naming = names.sheets[i];
    if (naming === undefined) throw new Error("every planned sheet has a naming");
    const add = () => sheets.add(naming.temporary);
    return sheetSteps(add, sheetPlan, tableNames, survey.analystCalculationMode);
  });
  // Calculation goes manual only once the first new sheet records the mode to return to.
  const manual: WriteStep = {
    bytes: 100,
    queue: () => (context.workbook.application.calculationMode = "Manual"),
  };
  return [...steps.slice(0, 1), manual, ...steps.slice(1)];
}

function queueSwap(
  context: Excel.RequestContext,
  plan: ScorecardPlan,
  names: OutputNames,
  survey: WorkbookSurvey
): void {
  const sheets = context.workbook.worksheets;
  const application = context.workbook.application;
  application.suspendScreenUpdatingUntilNextSync();
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
  const moves = names.sheets
    .filter((n) => n.previous !== null)
    .sort((a, b) => (a.previous?.position ?? 0) - (b.previous?.position ?? 0));
  for (const naming of names.sheets) {
    const proxy = sheets.getItem(naming.temporary);
    proxy.name = naming.final;
    proxy.customProperties.add(STATE_KEY, "live");
    proxy.customProperties.getItem(CALCULATION_KEY).delete();
  }
  moves.forEach((naming, k) => {
    const position = naming.previous?.position ?? 0;
    sheets.getItem(naming.final).position = position - leftoversBefore(position) + k;
  });
  for (const table of names.tables) {
    context.workbook.tables.getItem(table.temporary).name = table.final;
  }
  const shown = names.sheets.find((n) => n.role === plan.activate);
  if (shown !== undefined) sheets.getItem(shown.final).activate();
  for (const { sheet } of names.retired) sheets.getItem(sheet.id).delete();
  application.calculationMode = survey.analystCalculationMode as Excel.CalculationMode;
}

function placed(names: OutputNames): ApplyReport["sheets"] {
  return names.sheets.map((n) => ({ role: n.role, name: n.final }));
}

function renamingSentences(names: OutputNames): string[] {
  const sentences = names.sheets
    .filter((n) => n.final !== n.preferred)
    .map(
      (n) =>
        `A sheet of yours is already called "${n.preferred}", so it was left alone and the ${n.role} sheet is "${n.final}".`
    );
  for (const table of names.tables) {
    if (table.final !== table.preferred) {
      sentences.push(
        `The name ${table.preferred} is already used in this workbook, so the scorecard table is ${table.final}.`
      );
    }
  }
  return sentences;
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
    "not recovered":
      "The workbook could not be tidied; refresh again to replace any half-written sheets.",
  }[outcome];
  return `The refresh failed while ${what} (${message}). ${after}`;
}
