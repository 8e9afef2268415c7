import { isGssSymbol, type GssSymbol } from "./gss-symbols";

/** One published cell: a number, a GSS symbol, or null where the file has no row or a blank. */
export type PublishedCell = number | GssSymbol | null;

/** England, a region (or Inner/Outer London), an authority, or a return two authorities make together. */
export type AreaLevel = "england" | "region" | "la" | "joint";

/** An area as the dataset lists it. `code` is the DfE 3-digit code for an authority. */
export interface AreaRecord {
  readonly code: string;
  readonly name: string;
  readonly level: AreaLevel;
  /** Every ONS (GSS) code the files give it (North Yorkshire's changed in 2023). */
  readonly gss?: readonly string[];
  /** The region (London for Inner and Outer London boroughs). */
  readonly region?: string;
  /** Inner or Outer London. */
  readonly subregion?: string;
  /** The authorities of a joint return. */
  readonly members?: readonly string[];
}

/**
 * Cells with no value that the publisher did not withhold, and why: not a GSS symbol (that would
 * say DfE published the figure so), but what the dataset lacks to derive it.
 */
export interface SeriesGap {
  /** Ends a sentence "… is not in the dataset: <reason>." */
  readonly reason: string;
  /** The areas' codes, by year ("2019": ["835", "836", "837"]). */
  readonly cells: Readonly<Record<string, readonly string[]>>;
}

/** One indicator: for each year, one cell per area (in the areas' order). */
export interface SeriesRecord {
  readonly years: readonly number[];
  /** Set when the value is derived (a CIN rate per 10,000 from the count and population). */
  readonly derived?: string;
  /** Derived values that could not be derived (no population for the count), each null. */
  readonly gaps?: readonly SeriesGap[];
  readonly value: ReadonlyArray<readonly PublishedCell[]>;
  readonly num: ReadonlyArray<readonly PublishedCell[]>;
  readonly den: ReadonlyArray<readonly PublishedCell[]>;
}

/** The dataset as scripts/data-build.js writes it. */
export interface BenchmarkDataset {
  readonly about: {
    readonly attribution: string;
    readonly source: string;
    readonly files: readonly string[];
  };
  readonly areas: readonly AreaRecord[];
  readonly indicators: Readonly<Record<string, SeriesRecord>>;
  readonly neighbours: {
    readonly model: string;
    /** Each authority's 10 neighbours, closest first, with DfE's closeness word. */
    readonly byArea: Readonly<Record<string, ReadonlyArray<readonly [string, string]>>>;
  };
}

/** The dataset with the indexes every lookup uses, built once. */
export interface BenchmarkData {
  readonly dataset: BenchmarkDataset;
  readonly areaIndex: ReadonlyMap<string, number>;
  /** The joint return an authority is part of ("314" → "314 / 318"). */
  readonly jointOf: ReadonlyMap<string, string>;
}

/**
 * Checks that the parsed JSON is the dataset (the shape, and every cell a number, a symbol or null)
 * and indexes it; an error here is a bug in the build, so it throws.
 * @example indexBenchmarks(json).areaIndex.get("E92000001") // 0
 */
export function indexBenchmarks(json: unknown): BenchmarkData {
  const shape = json as Partial<Record<keyof BenchmarkDataset, unknown>> | null;
  if (!Array.isArray(shape?.areas) || typeof shape.indicators !== "object")
    throw new Error("benchmarks-data.json is not the benchmarks dataset");
  const dataset = json as BenchmarkDataset;
  const areaIndex = new Map(dataset.areas.map((area, i) => [area.code, i]));
  for (const [id, series] of Object.entries(dataset.indicators)) {
    for (const rows of [series.value, series.num, series.den]) {
      if (rows.length !== series.years.length) throw new Error(`${id}: one row a year`);
      for (const row of rows) {
        if (row.length !== dataset.areas.length) throw new Error(`${id}: one cell an area`);
        for (const cell of row)
          if (cell !== null && typeof cell !== "number" && !isGssSymbol(cell))
            throw new Error(`${id}: ${JSON.stringify(cell)} is not a published cell`);
      }
    }
    for (const gap of series.gaps ?? [])
      for (const [year, codes] of Object.entries(gap.cells))
        for (const code of codes)
          if (
            series.value[series.years.indexOf(Number(year))]?.[areaIndex.get(code) ?? -1] !== null
          )
            throw new Error(`${id}: a gap in ${year} for ${code} is not an empty cell`);
  }
  const jointOf = new Map<string, string>();
  for (const area of dataset.areas)
    for (const member of area.members ?? []) jointOf.set(member, area.code);
  return { dataset, areaIndex, jointOf };
}

/**
 * The area of a code, if the dataset has it.
 * @example areaOf(data, "874")?.name // "Peterborough"
 */
export function areaOf(data: BenchmarkData, code: string): AreaRecord | undefined {
  const at = data.areaIndex.get(code);
  return at === undefined ? undefined : data.dataset.areas[at];
}

/**
 * Why a series has no value for an area and year that the publisher did not withhold, if the
 * dataset says (a rate per 10,000 whose count has no population estimate).
 * @example gapReason(data.dataset.indicators.referrals_per10k, 2019, "837") // "DfE published the count, but there is no ONS population estimate …"
 */
export function gapReason(series: SeriesRecord, year: number, code: string): string | undefined {
  return series.gaps?.find((gap) => gap.cells[String(year)]?.includes(code))?.reason;
}
