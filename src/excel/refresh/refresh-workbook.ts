import type { RefreshHost } from "../../refresh/refresh-host";
import type { RefreshOutcome } from "../../refresh/refresh-outcome";
import type { StepListener } from "../../refresh/refresh-step";
import { runRefresh } from "../../refresh/run-refresh";
import { applyScorecardPlan } from "../apply-plan/apply-scorecard-plan";
import {
  isRefusedLoad,
  queueSurvey,
  surveyWorkbook,
  type ExcelSurvey,
} from "../apply-plan/workbook-survey";
import { readGrids } from "../read/read-grids";
import { analystMessage } from "../excel-errors";
import { runExcel, type ExcelRun } from "../run-excel";
import { recordRefresh, type RefreshSource } from "./refresh-log";

/**
 * The Office.js host of a refresh: grids read from the workbook's used ranges (with number formats,
 * which tell dates and percentages apart) and plans written through one request context. The
 * write's survey rides on the first read's first sync and is handed to the write, which then does
 * not survey again: an ordinary refresh reads in two syncs and writes in two.
 */
export function officeRefreshHost(context: Excel.RequestContext): RefreshHost {
  let survey: ExcelSurvey | undefined;
  return {
    async readSheets(names) {
      const requests = names.map((sheet) => ({ sheet, numberFormats: true }));
      if (survey !== undefined) {
        const reading = await readGrids(context, requests);
        return { sheets: reading.grids, keptSheets: reading.keptSheets };
      }
      try {
        const reading = await readGrids(context, requests, {
          alongside: () => queueSurvey(context),
        });
        survey = reading.alongside;
        return { sheets: reading.grids, keptSheets: reading.keptSheets };
      } catch (error) {
        if (!isRefusedLoad(error)) throw error;
      }
      // Excel refused the survey's nested loads, and with them the first sync: read alone, then
      // survey one level at a time.
      const reading = await readGrids(context, requests);
      survey = await surveyWorkbook(context, () => context.sync(), false);
      return { sheets: reading.grids, keptSheets: reading.keptSheets };
    },
    async applyPlan(plan) {
      const report = await applyScorecardPlan(
        context,
        plan,
        survey === undefined ? {} : { survey }
      );
      return {
        ok: report.ok,
        sheets: report.sheets.map((sheet) => sheet.name),
        messages: report.messages,
      };
    },
  };
}

/**
 * One refresh in a request context: `runRefresh` over the Office.js host, in four syncs for an
 * ordinary workbook whatever its size: two read (the sheet names with the write's survey, then the
 * input sheets' cells and every sheet's markers) and two write (the build, then the swap with the
 * finish). Two more read the data sheet when the settings name another; a data sheet too large for
 * one 5 MB response on the web costs one refused sync, one for its size and one per 4 MB of it
 * (read-grids.ts).
 * @param now the moment of the refresh: titles say when it ran, and later months are flagged.
 */
export function refreshWorkbook(
  context: Excel.RequestContext,
  now: Date,
  onStep?: StepListener
): Promise<RefreshOutcome> {
  return runRefresh(officeRefreshHost(context), now, onStep);
}

/**
 * One click, from the task pane or the ribbon: the refresh in its own `Excel.run` (waiting while a
 * cell is being edited), its outcome recorded in the shared runtime's refresh log so the pane shows
 * a ribbon refresh too. An error Excel throws while reading becomes a failed outcome in the
 * analyst's words: nothing has been written by then (the write reports its own failures).
 * @example const outcome = await refreshThisWorkbook("ribbon"); // also in lastRefresh()
 */
export async function refreshThisWorkbook(
  source: RefreshSource,
  options: {
    readonly now?: () => Date;
    readonly run?: ExcelRun;
    /** Told of each step as it starts (the pane's progress bar). */
    readonly onStep?: StepListener;
  } = {}
): Promise<RefreshOutcome> {
  const now = options.now ?? (() => new Date());
  const outcome = await runExcel(
    (context) => refreshWorkbook(context, now(), options.onStep),
    options.run
  ).catch((error: unknown): RefreshOutcome => ({
    ok: false,
    message: `The refresh stopped: ${analystMessage(error)} Nothing was changed.`,
    issues: [],
  }));
  recordRefresh({ source, finishedAt: now().toISOString(), outcome });
  return outcome;
}
