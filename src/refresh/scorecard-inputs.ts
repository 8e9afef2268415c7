import type { AuthorityBenchmarks } from "../domain/benchmarks/authority-benchmarks";
import { isBenchmarkIndicator } from "../domain/benchmarks/benchmark-indicators";
import type { ComparatorValues } from "../domain/compare/comparator";
import {
  defaultRagBasis,
  type QuartileField,
  type RagBasis,
  type Tolerance,
} from "../domain/compare/rag";
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
 * benchmarks, the published figures fill the comparators the sheet leaves blank (typed ones win),
 * and a quartile basis ranks among every other authority's figure that year; without them, or for
 * an indicator the statistics do not publish for every authority, it says why it cannot.
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
    const basis = ragOf(def, own.rag, workbook, merged.comparators[id] ?? {});
    const rag =
      basis?.kind === "quartile"
        ? { ...basis, among: quartileField(def, builtIn, workbook.authority, id) }
        : basis;
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
  return basis.kind !== "quartile" &&
    basis.tolerance === undefined &&
    workbook.tolerance !== undefined
    ? withTolerance(basis, workbook.tolerance)
    : basis;
}

function withTolerance(basis: RagBasis, tolerance: Tolerance): RagBasis {
  // A quartile is a place among authorities, not a distance from a line: no tolerance applies.
  return basis.kind === "quartile" ? basis : { ...basis, tolerance };
}

/**
 * What a quartile basis ranks among: the other authorities' published figures for the year the
 * built-in benchmarks use, or why there are none, in words for the rating's reason.
 */
function quartileField(
  def: IndicatorDef,
  builtIn: AuthorityBenchmarks | undefined,
  authority: string | undefined,
  id: string
): QuartileField {
  if (builtIn === undefined) {
    const reason =
      authority === undefined || authority.trim() === ""
        ? "no Benchmark authority is chosen in the settings, so there are no authorities' figures to rank against"
        : `the Benchmark authority "${authority.trim()}" is not a local authority the published statistics know, so there are no authorities' figures to rank against`;
    return { kind: "none", reason };
  }
  const others = builtIn.indicators[id]?.others;
  if (others === undefined) {
    const reason = isBenchmarkIndicator(id)
      ? `the published statistics have no ${def.name} figures of a year ended by the reporting month to rank against`
      : `the published statistics have no figures of all authorities for ${def.name}`;
    return { kind: "none", reason };
  }
  return { kind: "figures", values: others.values, yearLabel: others.yearLabel };
}
