import { areaOf, type BenchmarkData } from "../domain/benchmarks/benchmark-dataset";
import {
  BENCHMARK_INDICATORS,
  unknownIndicatorDetail,
  type BenchmarkIndicatorId,
} from "../domain/benchmarks/benchmark-indicators";
import { benchmarkValue, type BenchmarkLookup } from "../domain/benchmarks/benchmark-value";
import { findArea } from "../domain/benchmarks/find-area";
import {
  NEIGHBOUR_METHODS,
  neighbourFigure,
  type NeighbourMethod,
} from "../domain/benchmarks/neighbour-figure";
import { authorityRank } from "../domain/benchmarks/rank-quartile";
import { fractionFromPercent } from "../domain/format/percent-scale";
import { fail, ok, type Calc } from "../domain/result/calc";
import { readWord, vocabulary } from "../domain/text/vocabulary";
import { describe, isBlank, optionalText } from "./args/cells";

/** What BENCHMARK can return for an area: a figure published for it, its region's, England's, or where it ranks. */
type BenchmarkChoice = "england" | "region" | "area" | "statNeighbours" | "rank" | "quartile";

const CHOICES = vocabulary<BenchmarkChoice>({
  england: ["england", "national", "eng"],
  region: ["region", "regional"],
  area: ["area", "authority", "la", "own", "value", "local authority"],
  statNeighbours: ["sn", "stat neighbours", "statistical neighbours", "neighbours"],
  rank: ["rank"],
  quartile: ["quartile"],
});

const CHOICE_WORDS = "england, region, area, sn, rank or quartile";

/**
 * CSC.BENCHMARK: a published figure from the built-in dataset. Percentages come back as fractions
 * for the % format (22.6% is 0.226), as every CSC function returns them.
 * @example excelBenchmark(data, "rereferral_pct", "874", "england", 2025) // ok(0.226)
 */
export function excelBenchmark(
  data: BenchmarkData,
  indicator: unknown,
  area: unknown,
  comparator: unknown,
  year: unknown
): Calc<number> {
  const id = indicatorFrom(indicator);
  if (!id.ok) return id;
  const where = areaFrom(data, area);
  if (!where.ok) return where;
  const choiceText = optionalText(comparator, "england", "comparator");
  if (!choiceText.ok) return choiceText;
  const choice = readWord(CHOICES, choiceText.value, "a comparator", CHOICE_WORDS);
  if (!choice.ok) return choice;
  const wanted = yearFrom(year);
  if (!wanted.ok) return wanted;
  const y = wanted.value ?? undefined;
  const code = where.value;
  switch (choice.value) {
    case "england":
      return inUnit(id.value, benchmarkValue(data, id.value, "E92000001", y));
    case "area":
      return inUnit(id.value, benchmarkValue(data, id.value, code, y));
    case "region": {
      const region = areaOf(data, code)?.region;
      if (region === undefined)
        return fail("NO_DATA", `${code} has no region in the published tables.`);
      return inUnit(id.value, benchmarkValue(data, id.value, region, y));
    }
    case "statNeighbours":
      return excelNeighbourAverage(data, id.value, code, year, "mean");
    case "rank":
    case "quartile": {
      const rank = authorityRank(data, id.value, code, y);
      if (!rank.ok) return notAvailable(rank);
      return ok(choice.value === "rank" ? rank.value.rank : rank.value.quartile);
    }
  }
}

/**
 * CSC.SNAVERAGE: the statistical-neighbour figure of an authority, mean by default.
 * @example excelNeighbourAverage(data, "rereferral_pct", "874", 2025, "median") // ok(0.1995)
 */
export function excelNeighbourAverage(
  data: BenchmarkData,
  indicator: unknown,
  authority: unknown,
  year: unknown,
  method: unknown
): Calc<number> {
  const id = indicatorFrom(indicator);
  if (!id.ok) return id;
  const where = areaFrom(data, authority);
  if (!where.ok) return where;
  const wanted = yearFrom(year);
  if (!wanted.ok) return wanted;
  const how = optionalText(method, "mean", "method");
  if (!how.ok) return how;
  const chosen = how.value.trim().toLowerCase() as NeighbourMethod;
  if (!NEIGHBOUR_METHODS.includes(chosen))
    return fail("INVALID_INPUT", `method is "${how.value}"; use mean, median or pooled.`);
  const found = neighbourFigure(data, id.value, where.value, wanted.value ?? undefined, chosen);
  if (!found.ok) return notAvailable(found);
  return ok(scaled(id.value, found.value.value));
}

function indicatorFrom(value: unknown): Calc<BenchmarkIndicatorId> {
  if (typeof value !== "string" || value.trim() === "")
    return fail(
      "INVALID_INPUT",
      `indicator is ${describe(value)}; give an id such as rereferral_pct.`
    );
  const wanted = value.trim().toLowerCase();
  for (const [id, def] of Object.entries(BENCHMARK_INDICATORS)) {
    if (id === wanted || def.name.toLowerCase() === wanted) return ok(id as BenchmarkIndicatorId);
  }
  return fail("INVALID_INPUT", unknownIndicatorDetail(value.trim()));
}

function areaFrom(data: BenchmarkData, value: unknown): Calc<string> {
  if (isBlank(value))
    return fail(
      "INVALID_INPUT",
      "Name an area: an authority's name or code, a region, or England."
    );
  const found = findArea(data, String(value));
  return found.ok ? ok(found.value.code) : fail("INVALID_INPUT", found.reason.detail);
}

/** A year as 2025 (the year the figures end in) or "2024/25"; blank is the latest. */
function yearFrom(value: unknown): Calc<number | null> {
  if (isBlank(value)) return ok(null);
  if (typeof value === "number" && Number.isInteger(value) && value >= 2000 && value <= 2100)
    return ok(value);
  if (typeof value === "string") {
    const span = /^\s*(20\d{2})\s*[/-]\s*(\d{2})\s*$/.exec(value);
    if (span && (Number(span[1]) + 1) % 100 === Number(span[2])) return ok(Number(span[1]) + 1);
    const single = /^\s*(20\d{2})\s*$/.exec(value);
    if (single) return ok(Number(single[1]));
  }
  return fail("INVALID_INPUT", `year is ${describe(value)}; write 2025 or "2024/25".`);
}

function inUnit(id: BenchmarkIndicatorId, found: BenchmarkLookup<{ value: number }>): Calc<number> {
  return found.ok ? ok(scaled(id, found.value.value)) : notAvailable(found);
}

function scaled(id: BenchmarkIndicatorId, value: number): number {
  return BENCHMARK_INDICATORS[id].unit === "percent" ? fractionFromPercent(value) : value;
}

/** #N/A with the reason: a GSS symbol's meaning, a reorganisation, a year the dataset lacks. */
function notAvailable(found: {
  readonly ok: false;
  readonly reason: { readonly detail: string };
}): Calc<never> {
  return fail("NO_DATA", found.reason.detail);
}
