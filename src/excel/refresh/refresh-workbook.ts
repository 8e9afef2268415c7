import { monthKey } from "../../domain/period/month";
import { prepareRefresh } from "../../plan/prepare-refresh";
import type { Grid } from "../../sheet/grid";
import { DEFAULT_INPUT_SHEET_NAMES } from "../../sheet/input-sheets";
import { readSettingsSheet } from "../../sheet/settings/read-settings-sheet";
import { applyScorecardPlan } from "../apply-plan/apply-scorecard-plan";
import { readGrids } from "../read/read-grids";
import type { RefreshOutcome } from "./refresh-outcome";

/**
 * One click: reads the input sheets, computes and checks everything (prepareRefresh, the same pure
 * path the command line uses), and writes the scorecard, charts and notes sheets. Three syncs read
 * an ordinary workbook (three more read the data sheet when the settings name another), three write.
 * @param now the moment of the refresh: titles say when it ran, and later months are flagged.
 */
export async function refreshWorkbook(
  context: Excel.RequestContext,
  now: Date
): Promise<RefreshOutcome> {
  const names = DEFAULT_INPUT_SHEET_NAMES;
  const first = await readGrids(context, [
    { sheet: names.settings, numberFormats: true },
    { sheet: names.comparators, numberFormats: true },
    { sheet: names.data, numberFormats: true },
  ]);
  const settingsGrid = first.grids.get(names.settings) ?? null;
  const settings = readSettingsSheet(settingsGrid ?? { sheet: names.settings, values: [] });
  const dataSheet = settings.settings.dataSheet;
  let data: Grid | null = first.grids.get(names.data) ?? null;
  if (dataSheet.toLocaleLowerCase("en-GB") !== names.data.toLocaleLowerCase("en-GB")) {
    const second = await readGrids(context, [{ sheet: dataSheet, numberFormats: true }]);
    data = second.grids.get(dataSheet) ?? null;
  }

  const prepared = prepareRefresh({
    settings,
    comparators: first.grids.get(names.comparators) ?? null,
    data,
    // The analyst's own calendar month: a refresh at 00:30 on 1 June BST is in June.
    now: { month: monthKey(now.getFullYear(), now.getMonth() + 1), iso: now.toISOString() },
  });
  if (!prepared.ok) return prepared;

  const report = await applyScorecardPlan(context, prepared.plan);
  if (!report.ok) {
    return { ok: false, message: report.messages.join(" "), issues: prepared.issues };
  }
  return {
    ok: true,
    summary: {
      reportingMonth: prepared.reportingMonth,
      indicators: prepared.indicators,
      ratings: prepared.ratings,
      sheets: report.sheets.map((sheet) => sheet.name),
    },
    issues: prepared.issues,
    notices: report.messages,
  };
}
