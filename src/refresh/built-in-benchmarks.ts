import {
  authorityBenchmarks,
  type AuthorityBenchmarks,
} from "../domain/benchmarks/authority-benchmarks";
import type { BenchmarkData } from "../domain/benchmarks/benchmark-dataset";
import { findAuthority } from "../domain/benchmarks/find-authority";
import type { IndicatorCatalogue } from "../domain/indicators/indicator-catalogue";
import type { MonthKey } from "../domain/period/month";
import { DEFAULT_INPUT_SHEET_NAMES } from "../sheet/input-sheets";
import { SETTING_LABELS } from "../sheet/settings/setting-keys";
import type { WorkbookSettings } from "../sheet/settings/workbook-settings";
import { sheetIssue, type SheetIssue } from "../sheet/sheet-issue";

/** The authority's published comparators, or none, with what the analyst should know about them. */
export interface BuiltInBenchmarks {
  readonly benchmarks: AuthorityBenchmarks | null;
  readonly issues: readonly SheetIssue[];
}

/**
 * The built-in benchmarks the settings ask for: none unless the Benchmark authority setting names
 * one (the dataset is then loaded, by the caller, before this runs). An authority the published
 * tables do not know is a warning with suggestions; a region or England is refused (its neighbours
 * and rank mean nothing); a reorganised authority gets England and its region, with a note, and
 * every note on the authority as a whole (authorityNotes: replaced, formed, a joint return) is an
 * info issue, the same sentences the task pane shows. Each issue is at the setting's value cell
 * (`at`, from SettingsReading.cells), so the pane's "Go to" lands on it; at A1 when the authority
 * came from elsewhere (the command line's --authority).
 * @example builtInBenchmarks({ ...settings, authority: "874" }, data, monthKey(2025, 6), INDICATORS).benchmarks?.authority.name // "Peterborough"
 */
export function builtInBenchmarks(
  settings: Pick<WorkbookSettings, "authority" | "neighbourMethod">,
  data: BenchmarkData | null,
  reportingMonth: MonthKey,
  catalogue: IndicatorCatalogue,
  at = "A1"
): BuiltInBenchmarks {
  const wanted = settings.authority;
  if (wanted === undefined || wanted.trim() === "" || data === null)
    return { benchmarks: null, issues: [] };
  const sheet = DEFAULT_INPUT_SHEET_NAMES.settings;
  const label = SETTING_LABELS.authority;
  const found = findAuthority(data, wanted);
  if (!found.ok) {
    const detail = `${label}: ${found.reason.detail} The scorecard uses only the comparators sheet's figures.`;
    return {
      benchmarks: null,
      issues: [sheetIssue("warning", "UNKNOWN_AUTHORITY", sheet, at, detail)],
    };
  }
  const benchmarks = authorityBenchmarks(data, found.value, {
    reportingMonth,
    indicators: Object.keys(catalogue),
    ...(settings.neighbourMethod === undefined ? {} : { method: settings.neighbourMethod }),
  });
  const issues = benchmarks.notes.map((note) =>
    sheetIssue(
      "info",
      note.kind === "joint" ? "JOINT_RETURN" : "REORGANISED_AUTHORITY",
      sheet,
      at,
      `${label}: ${note.text}`
    )
  );
  return { benchmarks, issues };
}
