import type { BenchmarkData } from "../domain/benchmarks/benchmark-dataset";
import type { RagRating } from "../domain/compare/rag";
import { formatMonthLong, type MonthKey } from "../domain/period/month";
import { reconcile } from "../domain/reconcile/reconcile";
import { computeScorecard } from "../domain/scorecard/compute-scorecard";
import { readComparatorsSheet } from "../sheet/comparators/read-comparators-sheet";
import { readDataSheet } from "../sheet/data-sheet/read-data-sheet";
import type { Grid } from "../sheet/grid";
import { DEFAULT_INPUT_SHEET_NAMES } from "../sheet/input-sheets";
import type { SettingsReading } from "../sheet/settings/settings-reading";
import {
  chooseReportingMonth,
  FROM_SETTINGS_SHEET,
  missingDataSheetMessage,
  type SettingSources,
} from "./reporting-month";
import { scorecardInputs } from "./scorecard-inputs";
import { distributionsOf } from "./distributions-of";
import { builtInBenchmarks } from "./built-in-benchmarks";
import { benchmarkSourceNotes } from "./benchmark-source-notes";
import { sheetIssue, type SheetIssue } from "../sheet/sheet-issue";
import { buildScorecardPlan } from "../plan/build-scorecard-plan";
import { withholdIssues } from "../plan/withheld-issues";
import type { ScorecardPlan } from "../plan/plan-types";
import type { StepListener } from "./refresh-step";
import { scorecardReport, type ScorecardReport } from "./scorecard-report";

/** The input sheets as read, and the moment of the refresh (pure code reads no clock). */
export interface RefreshGrids {
  readonly settings: SettingsReading;
  /** null when the workbook has no comparators sheet: the scorecard then has no targets or benchmarks. */
  readonly comparators: Grid | null;
  /** null when the workbook has no data sheet of the name the settings give. */
  readonly data: Grid | null;
  readonly now: { readonly month: MonthKey; readonly iso: string };
  /** Scorecard sheets the analyst renamed or copied to keep (see `WorkbookReading`). */
  readonly keptSheets?: readonly string[];
  /** Where the reporting month and data sheet came from, for the refusals that name them. */
  readonly sources?: SettingSources;
  /** The built-in benchmarks, loaded by the caller when the settings name a Benchmark authority. */
  readonly benchmarks?: BenchmarkData | null;
}

/** What a refresh will write, or why it cannot write anything, with every issue found on the way. */
export type PreparedRefresh =
  | {
      readonly ok: true;
      readonly plan: ScorecardPlan;
      readonly reportingMonth: string;
      readonly ratings: Record<RagRating, number>;
      readonly indicators: number;
      readonly issues: readonly SheetIssue[];
      readonly report: ScorecardReport;
    }
  | { readonly ok: false; readonly message: string; readonly issues: readonly SheetIssue[] };

/**
 * The whole pure path of a refresh, shared by every host (task pane, command line): the settings,
 * comparators and data sheets read and checked, the analyst's own indicators added, every indicator
 * computed, reported figures reconciled, and the plan of what to write.
 * @param onStep told when the checking is done and the calculating starts.
 */
export function prepareRefresh(
  grids: RefreshGrids,
  onStep: StepListener = () => undefined
): PreparedRefresh {
  const { settings } = grids.settings;
  const issues: SheetIssue[] = [...grids.settings.issues, ...keptSheetIssues(grids.keptSheets)];
  const dataSheet = settings.dataSheet;
  const sources = grids.sources ?? FROM_SETTINGS_SHEET;
  if (grids.data === null) {
    return { ok: false, message: missingDataSheetMessage(dataSheet, sources.dataSheet), issues };
  }

  // The settings reader checked each own indicator where it read it, and left out the ones it could
  // not use (each an issue at its cell).
  const baseCatalogue = grids.settings.catalogue;
  const comparatorsReading = grids.comparators
    ? readComparatorsSheet(grids.comparators, { catalogue: baseCatalogue })
    : null;
  // Each reader lists a bounded number of issues, but no call takes an array as its arguments.
  if (comparatorsReading) {
    for (const issue of comparatorsReading.issues) issues.push(issue);
  } else {
    issues.push(
      sheetIssue(
        "info",
        "SHEET_MISSING",
        DEFAULT_INPUT_SHEET_NAMES.comparators,
        "A1",
        "there is no comparators sheet, so the scorecard has no targets or benchmarks to rate against."
      )
    );
  }
  const inputs = scorecardInputs(settings, comparatorsReading ?? EMPTY_COMPARATORS, baseCatalogue);
  const catalogue = inputs.catalogue;

  const reading = readDataSheet(grids.data, {
    extraAliases: grids.settings.aliases,
    fyStartMonth: settings.fyStartMonth,
    today: grids.now.month,
    catalogue,
    ...(settings.population !== undefined ? { populationSetting: settings.population } : {}),
  });
  for (const issue of reading.issues) issues.push(issue);
  const chosen = chooseReportingMonth(
    grids.data.sheet,
    reading.data,
    settings.reportingMonth,
    grids.now.month,
    sources
  );
  // What the pane lists is shown too: with suppression on, no issue quotes the data's counts.
  const suppression = inputs.settings.suppression ?? { enabled: false };
  if (!chosen.ok)
    return { ok: false, message: chosen.message, issues: withholdIssues(issues, suppression) };
  const reportingMonth = chosen.month;
  // The published comparators are for the latest year ended by the reporting month.
  const builtIn = builtInBenchmarks(
    settings,
    grids.benchmarks ?? null,
    reportingMonth,
    catalogue,
    grids.settings.cells.authority
  );
  for (const issue of builtIn.issues) issues.push(issue);
  const rated = builtIn.benchmarks
    ? scorecardInputs(
        settings,
        comparatorsReading ?? EMPTY_COMPARATORS,
        baseCatalogue,
        builtIn.benchmarks
      )
    : inputs;
  // Citations, not issues: the notes sheet lists them on their own, and the pane does not.
  const benchmarks = benchmarkSourceNotes(rated.sources, catalogue, builtIn.benchmarks);

  onStep("calculating");
  const scorecard = computeScorecard(
    catalogue,
    reading.data,
    reportingMonth,
    rated.comparators,
    rated.settings
  );
  const reconciliation = reconcile(reading.data, reading.reported, {
    catalogue,
    fyStartMonth: settings.fyStartMonth,
    cells: reading.cells,
    labels: reading.labels,
  });
  const plan = buildScorecardPlan({
    scorecard,
    catalogue,
    authority: settings.localAuthority ?? "",
    reportingMonth,
    fyStartMonth: settings.fyStartMonth,
    reportBy: settings.reportBy,
    dataSheetName: grids.data.sheet,
    refreshedAt: grids.now.iso,
    issues,
    reconciliation,
    benchmarks,
    ...(comparatorsReading || builtIn.benchmarks ? { benchmarkYears: rated.years } : {}),
    distributions: distributionsOf(
      reading.data,
      reportingMonth,
      settings.fyStartMonth,
      rated.settings.suppression ?? { enabled: false }
    ),
  });
  // A withheld indicator arrives "Not rated" from the engine, so these counts disclose nothing.
  const ratings: Record<RagRating, number> = { Red: 0, Amber: 0, Green: 0, "Not rated": 0 };
  for (const row of scorecard.rows) ratings[row.rag.rating] += 1;
  return {
    ok: true,
    plan,
    reportingMonth: formatMonthLong(reportingMonth),
    ratings,
    indicators: scorecard.rows.length,
    issues: withholdIssues(issues, suppression),
    report: scorecardReport({
      scorecard,
      catalogue,
      comparators: rated.comparators,
      reconciliation,
      authority: settings.localAuthority,
      reportingMonth,
      fyStartMonth: settings.fyStartMonth,
      dataSheet: grids.data.sheet,
    }),
  };
}

const EMPTY_COMPARATORS = { comparators: {}, indicatorSettings: {}, bands: {} };

/**
 * One note for each scorecard sheet the analyst kept, so the notes say once why it did not change
 * with this refresh (the refresh never replaces or deletes it).
 */
function keptSheetIssues(keptSheets: readonly string[] = []): SheetIssue[] {
  return keptSheets.map((sheet) =>
    sheetIssue(
      "info",
      "KEPT_SCORECARD_SHEET",
      sheet,
      "A1",
      "this is a copy of a scorecard sheet, or one renamed to keep, so it is yours: refreshes leave it alone, and it still shows the figures it was written with."
    )
  );
}
