import type { RefreshHost } from "../../refresh/refresh-host";
import type { RefreshOutcome } from "../../refresh/refresh-outcome";
import type { StepListener } from "../../refresh/refresh-step";
import { runRefresh } from "../../refresh/run-refresh";
import { applyScorecardPlan } from "../apply-plan/apply-scorecard-plan";
import { readGrids } from "../read/read-grids";

/**
 * The Office.js host of a refresh: grids read from the workbook's used ranges (with number formats,
 * which tell dates and percentages apart) and plans written through one request context.
 */
export function officeRefreshHost(context: Excel.RequestContext): RefreshHost {
  return {
    async readSheets(names) {
      const reading = await readGrids(
        context,
        names.map((sheet) => ({ sheet, numberFormats: true }))
      );
      return reading.grids;
    },
    async applyPlan(plan) {
      const report = await applyScorecardPlan(context, plan);
      return {
        ok: report.ok,
        sheets: report.sheets.map((sheet) => sheet.name),
        messages: report.messages,
      };
    },
  };
}

/**
 * One click from the task pane: `runRefresh` over the Office.js host. Three syncs read an ordinary
 * workbook (three more read the data sheet when the settings name another), three write.
 * @param now the moment of the refresh: titles say when it ran, and later months are flagged.
 */
export function refreshWorkbook(
  context: Excel.RequestContext,
  now: Date,
  onStep?: StepListener
): Promise<RefreshOutcome> {
  return runRefresh(officeRefreshHost(context), now, onStep);
}
