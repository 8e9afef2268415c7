import type { IndicatorDef, Unit } from "../domain/indicators/indicator-def";
import { fractionFromPercent } from "../domain/format/percent-scale";

/** The number format for text cells: Excel keeps "=..." or "12" typed into them as text. */
export const TEXT_FORMAT = "@";

export const GENERAL_FORMAT = "General";

/**
 * The Excel number format of a value in its unit, at the indicator's display precision. Percent
 * values are written as fractions (22.6% as 0.226) so analysts' formulas treat them as percentages;
 * counts and rates carry thousands separators.
 * @example valueFormat("percent", 1) // "0.0%"
 * @example valueFormat("count", 0) // "#,##0"
 */
export function valueFormat(unit: Unit, decimals: number): string {
  const digits = decimalPart(decimals);
  switch (unit) {
    case "percent":
      return `0${digits}%`;
    case "per10k":
    case "count":
    case "days":
      return `#,##0${digits}`;
    case "ratio":
      return `0${digits}`;
  }
}

/**
 * The decimals the monthly scorecard shows an indicator's own figures at: its display precision,
 * except that a rate per 10,000 always shows one decimal. The seeds quote monthly rates so
 * ("77.6 per 10,000"), and a whole number hides a month's move; the published benchmarks beside
 * them keep the precision they were published at (see `publishedDecimals`).
 * @example scorecardDecimals(INDICATORS.lac_per10k) // 1, where its published figures are whole numbers
 */
export function scorecardDecimals(def: Pick<IndicatorDef, "unit" | "decimals">): number {
  return def.unit === "per10k" ? 1 : def.decimals;
}

// The decimals a published figure was given with (see band-text.ts, where band edges use them too).
export { publishedDecimals } from "../domain/format/band-text";

/**
 * The format of a difference in the indicator's unit, always signed; percentages differ in points.
 * @example varianceFormat("percent", 1) // '+0.0" pts";-0.0" pts";0.0" pts"'
 */
export function varianceFormat(unit: Unit, decimals: number): string {
  const digits = decimalPart(decimals);
  const body = unit === "percent" || unit === "ratio" ? `0${digits}` : `#,##0${digits}`;
  const suffix = unit === "percent" ? '" pts"' : unit === "days" ? '" days"' : "";
  return `+${body}${suffix};-${body}${suffix};${body}${suffix}`;
}

/** A relative variance (a fraction), signed, to 1 dp. */
export const RELATIVE_VARIANCE_FORMAT = "+0.0%;-0.0%;0.0%";

/**
 * The value as written to a cell: a percent becomes a fraction without binary noise.
 * @example cellNumber(22.6, "percent") // 0.226
 */
export function cellNumber(value: number, unit: Unit): number {
  return unit === "percent" ? fractionFromPercent(value) : value;
}

/** Words for a unit, for the scorecard's Unit column. */
export const UNIT_LABELS: Readonly<Record<Unit, string>> = {
  percent: "%",
  per10k: "per 10,000",
  count: "count",
  days: "days",
  ratio: "ratio",
};

function decimalPart(decimals: number): string {
  const places = Math.max(0, Math.min(10, Math.trunc(decimals)));
  return places === 0 ? "" : `.${"0".repeat(places)}`;
}
