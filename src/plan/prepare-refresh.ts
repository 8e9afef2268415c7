import { defaultRagBasis, type RagBasis, type RagRating } from "../domain/compare/rag";
import type { ComparatorValues } from "../domain/compare/comparator";
import { catalogueWithCustom } from "../domain/indicators/custom-indicator";
import { INDICATORS, type IndicatorCatalogue } from "../domain/indicators/indicator-catalogue";
import type { IndicatorDef } from "../domain/indicators/indicator-def";
import { formatMonthLong, type MonthKey } from "../domain/period/month";
import { reconcile } from "../domain/reconcile/reconcile";
import { computeScorecard } from "../domain/scorecard/compute-scorecard";
import type { IndicatorSettings } from "../domain/scorecard/scorecard-settings";
import { readComparatorsSheet } from "../sheet/comparators/read-comparators-sheet";
import { readDataSheet } from "../sheet/data-sheet/read-data-sheet";
import type { Grid } from "../sheet/grid";
import { ragBasisFor } from "../sheet/comparators/rag-basis-choice";
import { DEFAULT_INPUT_SHEET_NAMES } from "../sheet/input-sheets";
import type { SettingsReading } from "../sheet/settings/settings-reading";
import type { WorkbookSettings } from "../sheet/settings/workbook-settings";
import { sheetIssue, type SheetIssue } from "../sheet/sheet-issue";
import { buildScorecardPlan } from "./build-scorecard-plan";
import type { ScorecardPlan } from "./plan-types";

/** The input sheets as read, and the moment of the refresh (pure code reads no clock). */
export interface RefreshGrids {
  readonly settings: SettingsReading;
  /** null when the workbook has no comparators sheet: the scorecard then has no targets or benchmarks. */
  readonly comparators: Grid | null;
  /** null when the workbook has no data sheet of the name the settings give. */
  readonly data: Grid | null;
  readonly now: { readonly month: MonthKey; readonly iso: string };
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
    }
  | { readonly ok: false; readonly message: string; readonly issues: readonly SheetIssue[] };

/**
 * The whole pure path of a refresh, shared by every host (task pane, command line): the settings,
 * comparators and data sheets read and checked, the analyst's own indicators added, every indicator
 * computed, reported figures reconciled, and the plan of what to write.
 */
export function prepareRefresh(grids: RefreshGrids): PreparedRefresh {
  const { settings } = grids.settings;
  const issues: SheetIssue[] = [...grids.settings.issues];
  const dataSheet = settings.dataSheet;
  if (grids.data === null) {
    return {
      ok: false,
      message: `There is no sheet named "${dataSheet}" with the monthly data. Add one, or name yours in the settings sheet (Data sheet).`,
      issues,
    };
  }

  // The settings reader checked each own indicator and reported the ones it could not use.
  const withCustom = catalogueWithCustom(grids.settings.customIndicators);
  const baseCatalogue: IndicatorCatalogue = withCustom.ok ? withCustom.value : INDICATORS;
  const comparatorsReading = grids.comparators
    ? readComparatorsSheet(grids.comparators, { catalogue: baseCatalogue })
    : null;
  if (comparatorsReading) issues.push(...comparatorsReading.issues);
  else {
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
  const catalogue = withBands(baseCatalogue, comparatorsReading?.bands ?? {});

  const reading = readDataSheet(grids.data, {
    extraAliases: grids.settings.aliases,
    fyStartMonth: settings.fyStartMonth,
    today: grids.now.month,
    catalogue,
    ...(settings.population !== undefined ? { populationSetting: settings.population } : {}),
  });
  issues.push(...reading.issues);
  const reportingMonth = settings.reportingMonth ?? latestMonthWithData(reading.data);
  if (reportingMonth === undefined) {
    return { ok: false, message: `"${dataSheet}" has no month with data to report.`, issues };
  }

  const comparators: Readonly<Record<string, ComparatorValues>> =
    comparatorsReading?.comparators ?? {};
  const scorecard = computeScorecard(catalogue, reading.data, reportingMonth, comparators, {
    fyStartMonth: settings.fyStartMonth,
    suppression: settings.suppression,
    ...(settings.population !== undefined ? { population: settings.population } : {}),
    ...(settings.noChangeThreshold !== undefined
      ? { noChangeThreshold: settings.noChangeThreshold }
      : {}),
    indicators: indicatorSettings(
      catalogue,
      comparators,
      comparatorsReading?.indicatorSettings ?? {},
      settings
    ),
  });
  const reconciliation = reconcile(reading.data, reading.reported, {
    catalogue,
    fyStartMonth: settings.fyStartMonth,
    cells: reading.cells,
  });
  const plan = buildScorecardPlan({
    scorecard,
    catalogue,
    authority: settings.localAuthority ?? "",
    reportingMonth,
    fyStartMonth: settings.fyStartMonth,
    dataSheetName: grids.data.sheet,
    refreshedAt: grids.now.iso,
    issues,
    reconciliation,
  });
  const ratings: Record<RagRating, number> = { Red: 0, Amber: 0, Green: 0, "Not rated": 0 };
  for (const row of scorecard.rows) ratings[row.rag.rating] += 1;
  return {
    ok: true,
    plan,
    reportingMonth: formatMonthLong(reportingMonth),
    ratings,
    indicators: scorecard.rows.length,
    issues,
  };
}

/** The catalogue with the bands of good values the comparators sheet sets. */
function withBands(
  catalogue: IndicatorCatalogue,
  bands: Readonly<Record<string, { readonly low: number; readonly high: number }>>
): IndicatorCatalogue {
  const result: Record<string, IndicatorDef> = { ...catalogue };
  for (const [id, band] of Object.entries(bands)) {
    const def = result[id];
    if (def !== undefined) result[id] = { ...def, band };
  }
  return result;
}

/**
 * Each indicator's settings: its own row of the comparators sheet first; otherwise the workbook's
 * basis and tolerance, applied only where they make sense (a higher/lower indicator can be rated
 * against any comparator; a range indicator keeps its band).
 */
function indicatorSettings(
  catalogue: IndicatorCatalogue,
  comparators: Readonly<Record<string, ComparatorValues>>,
  own: Readonly<Record<string, IndicatorSettings>>,
  settings: WorkbookSettings
): Record<string, IndicatorSettings> {
  const result: Record<string, IndicatorSettings> = {};
  for (const [id, def] of Object.entries(catalogue)) {
    const mine = own[id] ?? {};
    if (
      mine.rag !== undefined ||
      (settings.ragBasis === undefined && settings.tolerance === undefined)
    ) {
      result[id] = mine;
      continue;
    }
    const rag = workbookBasis(def, comparators[id] ?? {}, settings);
    result[id] = rag === null ? mine : { ...mine, rag };
  }
  return result;
}

function workbookBasis(
  def: IndicatorDef,
  comparators: ComparatorValues,
  settings: WorkbookSettings
): RagBasis | null {
  if (def.polarity === "context") return null;
  const tolerance = settings.tolerance;
  if (
    settings.ragBasis !== undefined &&
    (def.polarity !== "range" || settings.ragBasis === "band")
  ) {
    return ragBasisFor(settings.ragBasis, tolerance);
  }
  const basis = defaultRagBasis(def, comparators);
  if (basis === null || tolerance === undefined) return basis;
  return { ...basis, tolerance };
}

function latestMonthWithData(
  data: ReadonlyMap<string, ReadonlyMap<MonthKey, number>>
): MonthKey | undefined {
  let latest: MonthKey | undefined;
  for (const [id, months] of data) {
    if (id === "population") continue;
    for (const month of months.keys()) if (latest === undefined || month > latest) latest = month;
  }
  return latest;
}
