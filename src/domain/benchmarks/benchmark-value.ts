import {
  areaOf,
  gapReason,
  type AreaRecord,
  type BenchmarkData,
  type PublishedCell,
} from "./benchmark-dataset";
import {
  BENCHMARK_INDICATORS,
  isBenchmarkIndicator,
  unknownIndicatorDetail,
  type BenchmarkIndicatorDef,
  type BenchmarkIndicatorId,
} from "./benchmark-indicators";
import { benchmarkYearLabel } from "./benchmark-year";
import { isGssSymbol, symbolReason, type GssSymbol } from "./gss-symbols";
import { createdBy, firstYearOf, replacedBy } from "./reorganisations";

/** A published figure for one area and year. */
export interface BenchmarkFigure {
  readonly indicator: BenchmarkIndicatorId;
  readonly def: BenchmarkIndicatorDef;
  readonly area: AreaRecord;
  readonly year: number;
  /** "2024/25", or "2025" for the workforce census. */
  readonly yearLabel: string;
  /** As published (or derived, for a CIN rate per 10,000), in the indicator's unit. */
  readonly value: number;
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** The joint return the figure is, when the authority reports with another. */
  readonly jointReturn?: AreaRecord;
}

/** Why there is no figure: a GSS symbol as published, or what the dataset lacks. */
export type BenchmarkReasonCode =
  | GssSymbol
  | "NO_FIGURE"
  | "NO_YEAR"
  | "NOT_YET_FORMED"
  | "REPLACED"
  | "UNKNOWN_INDICATOR"
  | "UNKNOWN_AREA"
  | "NOT_AN_AUTHORITY"
  | "NO_NEIGHBOURS"
  /** A derived figure the dataset could not derive (a count with no population estimate). */
  | "NOT_DERIVED";

export interface BenchmarkReason {
  readonly code: BenchmarkReasonCode;
  /** A sentence for the analyst: what is missing and why. */
  readonly detail: string;
}

/** A lookup's answer: the figure, or the reason there is none (never a number standing in for one). */
export type BenchmarkLookup<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: BenchmarkReason };

/** @example noFigure("c", "…") // { ok: false, reason: { code: "c", detail: "…" } } */
export function noFigure<T>(code: BenchmarkReasonCode, detail: string): BenchmarkLookup<T> {
  return { ok: false, reason: { code, detail } };
}

/**
 * The published figure for an indicator, area and year (the latest year when none is given).
 * An authority that reports its workforce jointly (Kingston upon Thames with Richmond upon Thames,
 * North with West Northamptonshire) gets the joint return's figure, saying so. An authority asked
 * for a year after it was replaced, or before it was formed, is told which reorganisation and
 * when; a withheld figure gives its GSS symbol's reason.
 * @example benchmarkValue(data, "rereferral_pct", "E92000001", 2025) // ok: value 22.6, numerator 142900, denominator 632830
 * @example benchmarkValue(data, "rereferral_pct", "909", 2025).reason.code // "REPLACED"
 */
export function benchmarkValue(
  data: BenchmarkData,
  indicator: string,
  areaCode: string,
  year?: number
): BenchmarkLookup<BenchmarkFigure> {
  if (!isBenchmarkIndicator(indicator))
    return noFigure("UNKNOWN_INDICATOR", unknownIndicatorDetail(indicator));
  const def = BENCHMARK_INDICATORS[indicator];
  const series = data.dataset.indicators[indicator];
  const area = areaOf(data, areaCode);
  if (series === undefined) return noFigure("UNKNOWN_INDICATOR", `The dataset has no ${def.name}.`);
  if (area === undefined)
    return noFigure("UNKNOWN_AREA", `There is no area with the code ${areaCode}.`);
  const wanted = year ?? series.years[series.years.length - 1] ?? 0;
  const yearIndex = series.years.indexOf(wanted);
  const label = benchmarkYearLabel(wanted, def.period);
  if (yearIndex < 0) {
    const first = series.years[0] ?? wanted;
    const last = series.years[series.years.length - 1] ?? wanted;
    return noFigure(
      "NO_YEAR",
      `There are no published figures for ${def.name} for ${label}: the dataset has ${benchmarkYearLabel(first, def.period)} to ${benchmarkYearLabel(last, def.period)}.`
    );
  }
  const cellAt = (code: string): PublishedCell => {
    const at = data.areaIndex.get(code);
    return at === undefined ? null : (series.value[yearIndex]?.[at] ?? null);
  };
  const figureOf = (source: AreaRecord, jointReturn?: AreaRecord): BenchmarkFigure | null => {
    const at = data.areaIndex.get(source.code);
    const value = cellAt(source.code);
    if (typeof value !== "number" || at === undefined) return null;
    const num = series.num[yearIndex]?.[at] ?? null;
    const den = series.den[yearIndex]?.[at] ?? null;
    return {
      indicator,
      def,
      area,
      year: wanted,
      yearLabel: label,
      value,
      numerator: typeof num === "number" ? num : null,
      denominator: typeof den === "number" ? den : null,
      ...(jointReturn === undefined ? {} : { jointReturn }),
    };
  };

  const own = figureOf(area);
  if (own !== null) return { ok: true, value: own };
  const jointCode = data.jointOf.get(area.code);
  const joint = jointCode === undefined ? undefined : areaOf(data, jointCode);
  if (joint !== undefined) {
    const shared = figureOf(joint, joint);
    if (shared !== null) return { ok: true, value: shared };
  }
  const ended = replacedBy(area.code);
  if (ended !== undefined && wanted >= firstYearOf(ended, def.period)) {
    return noFigure(
      "REPLACED",
      `There is no ${label} figure for ${area.name}: ${ended.summary}; choose one of the new authorities.`
    );
  }
  const began = createdBy(area.code);
  if (began !== undefined && wanted < firstYearOf(began, def.period)) {
    return noFigure(
      "NOT_YET_FORMED",
      `There is no ${label} figure for ${area.name}: ${began.summary}, so its first figures are for ${benchmarkYearLabel(firstYearOf(began, def.period), def.period)}.`
    );
  }
  const cell = cellAt(area.code) ?? (jointCode === undefined ? null : cellAt(jointCode));
  if (isGssSymbol(cell)) {
    return noFigure(cell, `${def.name} for ${area.name} in ${label} is ${symbolReason(cell)}.`);
  }
  const gap = gapReason(series, wanted, area.code);
  if (gap !== undefined)
    return noFigure(
      "NOT_DERIVED",
      `${def.name} for ${area.name} in ${label} is not in the dataset: ${gap}.`
    );
  return noFigure(
    "NO_FIGURE",
    `${def.name} for ${area.name} in ${label} is not in the published tables.`
  );
}
