import { monthKey } from "../domain/period/month";
import { DEFAULT_INPUT_SHEET_NAMES } from "../sheet/input-sheets";
import { readSettingsSheet } from "../sheet/settings/read-settings-sheet";
import { prepareRefresh } from "./prepare-refresh";
import type { RefreshHost } from "./refresh-host";
import type { RefreshOutcome } from "./refresh-outcome";
import type { StepListener } from "./refresh-step";

/**
 * One refresh, the same for every host: read the input sheets, check and compute everything, and
 * have the host write the scorecard, charts and notes sheets.
 *
 * The order of reads is the refresh's, not the host's: the settings come first because they name
 * the data sheet. The settings, comparators and default data sheet are asked for together (one read
 * for an ordinary workbook); only when the settings name another data sheet is that one read next.
 * @param now the moment of the refresh: titles say when it ran, and months after it are flagged.
 *   Its month is the analyst's own calendar month (a refresh at 00:30 on 1 June BST is in June).
 * @example const outcome = await runRefresh(host, new Date()); // outcome.ok, outcome.summary.ratings
 */
export async function runRefresh(
  host: RefreshHost,
  now: Date,
  onStep: StepListener = () => undefined
): Promise<RefreshOutcome> {
  const names = DEFAULT_INPUT_SHEET_NAMES;
  onStep("reading");
  const first = await host.readSheets([names.settings, names.comparators, names.data]);
  const settingsGrid = first.get(names.settings)?.grid;
  const settings = readSettingsSheet(settingsGrid ?? { sheet: names.settings, values: [] });
  const dataSheet = settings.settings.dataSheet;
  const data = sameSheetName(dataSheet, names.data)
    ? (first.get(names.data) ?? null)
    : ((await host.readSheets([dataSheet])).get(dataSheet) ?? null);
  if (data?.generated === true) {
    // The scorecard read as data would be refreshed from itself: refuse before anything is written.
    return {
      ok: false,
      message: `The settings sheet names "${data.grid.sheet}" as the data sheet, but that is a sheet this add-in writes. Name the sheet that holds the monthly figures (Data sheet in the settings sheet).`,
      issues: settings.issues,
    };
  }

  onStep("checking");
  const prepared = prepareRefresh(
    {
      settings,
      comparators: first.get(names.comparators)?.grid ?? null,
      data: data?.grid ?? null,
      now: { month: monthKey(now.getFullYear(), now.getMonth() + 1), iso: now.toISOString() },
    },
    onStep
  );
  if (!prepared.ok) return prepared;

  onStep("writing");
  const applied = await host.applyPlan(prepared.plan);
  if (!applied.ok) {
    return { ok: false, message: applied.messages.join(" "), issues: prepared.issues };
  }
  return {
    ok: true,
    summary: {
      reportingMonth: prepared.reportingMonth,
      indicators: prepared.indicators,
      ratings: prepared.ratings,
      sheets: applied.sheets,
    },
    issues: prepared.issues,
    notices: applied.messages,
  };
}

/** Excel's sheet names ignore case: "csc data" is the sheet "CSC Data". */
function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleLowerCase("en-GB") === b.toLocaleLowerCase("en-GB");
}
