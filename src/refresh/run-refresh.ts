import { loadBenchmarks } from "../domain/benchmarks/load-benchmarks";
import { monthKey, type MonthKey } from "../domain/period/month";
import { DEFAULT_INPUT_SHEET_NAMES } from "../sheet/input-sheets";
import { readSettingsSheet } from "../sheet/settings/read-settings-sheet";
import type { SettingsReading } from "../sheet/settings/settings-reading";
import { prepareRefresh } from "./prepare-refresh";
import {
  FROM_SETTINGS_SHEET,
  generatedDataSheetMessage,
  type SettingSource,
  type SettingSources,
} from "./reporting-month";
import type { RefreshHost } from "./refresh-host";
import type { RefreshOutcome } from "./refresh-outcome";
import type { StepListener } from "./refresh-step";

/**
 * Choices a host makes for one refresh in place of the settings sheet's (the command line's
 * `--month` and `--sheet`): the workbook is not changed, and every check runs as if the settings
 * sheet said so.
 */
export interface RefreshOverrides {
  /** The month to report instead of the settings sheet's reporting month. */
  readonly reportingMonth?: MonthKey;
  /** The sheet to read the monthly figures from instead of the settings sheet's data sheet. */
  readonly dataSheet?: string;
  /** The Benchmark authority instead of the settings sheet's (the command line's `--authority`). */
  readonly authority?: string;
  /**
   * Where each override came from, as the host labels it (the command line's
   * `{ kind: "given", option: { name: "--month", value: "2030-01" } }`), so that a refusal names
   * it rather than the settings sheet. An override without a label is "given for this refresh".
   */
  readonly sources?: {
    readonly reportingMonth?: SettingSource;
    readonly dataSheet?: SettingSource;
  };
}

/**
 * One refresh, the same for every host: read the input sheets, check and compute everything, and
 * have the host write the scorecard, charts and notes sheets.
 *
 * The order of reads is the refresh's, not the host's: the settings come first because they name
 * the data sheet. The settings, comparators and default data sheet are asked for together (one read
 * for an ordinary workbook); only when the settings name another data sheet is that one read next.
 * @param now the moment of the refresh: titles say when it ran, and months after it are flagged.
 *   Its month is the analyst's own calendar month (a refresh at 00:30 on 1 June BST is in June).
 * @param overrides settings this refresh takes in place of the settings sheet's.
 * @example const outcome = await runRefresh(host, new Date()); // outcome.ok, outcome.summary.ratings
 */
export async function runRefresh(
  host: RefreshHost,
  now: Date,
  onStep: StepListener = () => undefined,
  overrides: RefreshOverrides = {}
): Promise<RefreshOutcome> {
  const names = DEFAULT_INPUT_SHEET_NAMES;
  onStep("reading");
  const first = await host.readSheets([names.settings, names.comparators, names.data]);
  const settingsGrid = first.sheets.get(names.settings)?.grid;
  const settings = withOverrides(
    readSettingsSheet(settingsGrid ?? { sheet: names.settings, values: [] }),
    overrides
  );
  const sources = sourcesOf(overrides);
  const dataSheet = settings.settings.dataSheet;
  const data = sameSheetName(dataSheet, names.data)
    ? (first.sheets.get(names.data) ?? null)
    : ((await host.readSheets([dataSheet])).sheets.get(dataSheet) ?? null);
  if (data?.generated === true) {
    // The scorecard read as data would be refreshed from itself: refuse before anything is written.
    return {
      ok: false,
      message: generatedDataSheetMessage(data.grid.sheet, sources.dataSheet),
      issues: settings.issues,
    };
  }

  // The built-in benchmarks load only when an authority asks for them (a chunk of their own).
  const benchmarks =
    (settings.settings.authority ?? "").trim() === "" ? null : await loadBenchmarks();

  onStep("checking");
  const prepared = prepareRefresh(
    {
      settings,
      comparators: first.sheets.get(names.comparators)?.grid ?? null,
      data: data?.grid ?? null,
      now: { month: monthKey(now.getFullYear(), now.getMonth() + 1), iso: now.toISOString() },
      keptSheets: first.keptSheets,
      sources,
      benchmarks,
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
    report: prepared.report,
  };
}

/** Where the reporting month and the data sheet came from: the settings sheet, unless overridden. */
function sourcesOf(overrides: RefreshOverrides): SettingSources {
  const given: SettingSource = { kind: "given" };
  return {
    reportingMonth:
      overrides.reportingMonth === undefined
        ? FROM_SETTINGS_SHEET.reportingMonth
        : (overrides.sources?.reportingMonth ?? given),
    dataSheet:
      overrides.dataSheet === undefined
        ? FROM_SETTINGS_SHEET.dataSheet
        : (overrides.sources?.dataSheet ?? given),
  };
}

function withOverrides(reading: SettingsReading, overrides: RefreshOverrides): SettingsReading {
  const { reportingMonth, dataSheet, authority } = overrides;
  if (reportingMonth === undefined && dataSheet === undefined && authority === undefined)
    return reading;
  return {
    ...reading,
    settings: {
      ...reading.settings,
      ...(reportingMonth === undefined ? {} : { reportingMonth }),
      ...(dataSheet === undefined ? {} : { dataSheet }),
      ...(authority === undefined ? {} : { authority }),
    },
    // An authority given in place of the sheet's is not at the sheet's cell.
    ...(authority === undefined
      ? {}
      : {
          cells: Object.fromEntries(
            Object.entries(reading.cells).filter(([key]) => key !== "authority")
          ),
        }),
  };
}

/** Excel's sheet names ignore case: "csc data" is the sheet "CSC Data". */
function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleLowerCase("en-GB") === b.toLocaleLowerCase("en-GB");
}
