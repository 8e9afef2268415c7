import type { AuthorityBenchmarks } from "../domain/benchmarks/authority-benchmarks";
import type { ComparatorValues } from "../domain/compare/comparator";
import { defaultRagBasis, type RagBasis, type Tolerance } from "../domain/compare/rag";
import type { IndicatorCatalogue } from "../domain/indicators/indicator-catalogue";
import type { IndicatorDef } from "../domain/indicators/indicator-def";
import type { IndicatorSettings, ScorecardSettings } from "../domain/scorecard/scorecard-settings";
import type { ComparatorsReading } from "../sheet/comparators/comparators-reading";
import { ragBasisFor } from "../sheet/comparators/rag-basis-choice";
import type { WorkbookSettings } from "../sheet/settings/workbook-settings";
import { mergeComparators, type MergedComparators } from "./comparator-sources";

/** What computeScorecard needs from the settings and comparators sheets. */
export interface ScorecardInputs {
  /** The catalogue with the comparators sheet's bands in place of the catalogue's own. */
  readonly catalogue: IndicatorCatalogue;
  readonly comparators: ComparatorsReading["comparators"];
  readonly settings: ScorecardSettings;
  /** The year of each benchmark, typed or published ("2024/25"), for the plan. */
  readonly years: MergedComparators["years"];
  /** Whether each benchmark was typed (local) or filled from the published statistics. */
  readonly sources: MergedComparators["sources"];
}

/**
 * Combines the two sheets: a row's own RAG basis wins; a row without one takes the workbook's
 * basis, or the engine's default basis with the workbook's tolerance; a basis without a tolerance
 * takes the workbook's. Context indicators are never given a basis. With an authority's built-in
 * benchmarks, the published figures fill the comparators the sheet leaves blank (typed ones win).
 * @example scorecardInputs(readSettingsSheet(settingsGrid).settings, readComparatorsSheet(grid), INDICATORS).settings.indicators
 */
export function scorecardInputs(
  workbook: WorkbookSettings,
  reading: Pick<ComparatorsReading, "comparators" | "indicatorSettings" | "bands"> &
    Partial<Pick<ComparatorsReading, "years">>,
  catalogue: IndicatorCatalogue,
  builtIn?: AuthorityBenchmarks
): ScorecardInputs {
  const merged = mergeComparators(reading, builtIn);
  const withBands: Record<string, IndicatorDef> = { ...catalogue };
  for (const [id, band] of Object.entries(reading.bands)) {
    const def = withBands[id];
    if (def !== undefined) withBands[id] = { ...def, band };
  }
  const indicators: Record<string, IndicatorSettings> = {};
  for (const [id, def] of Object.entries(withBands)) {
    const own = reading.indicatorSettings[id] ?? {};
    const rag = ragOf(def, own.rag, workbook, merged.comparators[id] ?? {});
    const combined: IndicatorSettings = { ...own, ...(rag === undefined ? {} : { rag }) };
    if (Object.keys(combined).length > 0) indicators[id] = combined;
  }
  const settings: ScorecardSettings = {
    fyStartMonth: workbook.fyStartMonth,
    suppression: workbook.suppression,
    indicators,
    ...(workbook.population === undefined ? {} : { population: workbook.population }),
    ...(workbook.noChangeThreshold === undefined
      ? {}
      : { noChangeThreshold: workbook.noChangeThreshold }),
  };
  return {
    catalogue: withBands,
    comparators: merged.comparators,
    settings,
    years: merged.years,
    sources: merged.sources,
  };
}

function ragOf(
  def: IndicatorDef,
  own: RagBasis | undefined,
  workbook: WorkbookSettings,
  comparators: ComparatorValues
): RagBasis | undefined {
  if (def.polarity === "context") return undefined;
  // A range indicator is judged against its band: a workbook-wide comparator basis would leave it
  // unrated ("neither higher nor lower is better"), so only a band basis applies to it.
  const workbookBasis =
    workbook.ragBasis !== undefined && (def.polarity !== "range" || workbook.ragBasis === "band")
      ? workbook.ragBasis
      : undefined;
  const basis =
    own ??
    (workbookBasis !== undefined
      ? ragBasisFor(workbookBasis)
      : workbook.tolerance !== undefined || workbook.ragBasis !== undefined
        ? (defaultRagBasis(def, comparators) ?? undefined)
        : undefined);
  if (basis === undefined) return undefined;
  return basis.tolerance === undefined && workbook.tolerance !== undefined
    ? withTolerance(basis, workbook.tolerance)
    : basis;
}

function withTolerance(basis: RagBasis, tolerance: Tolerance): RagBasis {
  return { ...basis, tolerance };
}
