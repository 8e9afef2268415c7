import { formatNumber } from "../../domain/format/format-number";
import type { Band, Unit } from "../../domain/indicators/indicator-def";
import { publishedDecimals } from "../number-formats";

const UNIT_SUFFIX: Readonly<Record<Unit, string>> = {
  percent: "%",
  per10k: " per 10,000",
  days: " days",
  ratio: "",
  count: "",
};

/**
 * A band of good values as a reader writes it: each edge at the precision it was set with and the
 * unit once, after the second edge.
 * @example bandLabel({ low: 450, high: 650 }, "per10k") // "450–650 per 10,000"
 * @example bandLabel({ low: 10, high: 15 }, "percent") // "10–15%"
 * @example bandLabel({ low: 17.5, high: 22 }, "ratio") // "17.5–22"
 */
export function bandLabel(band: Band, unit: Unit): string {
  const edge = (x: number) => formatNumber(x, publishedDecimals(x));
  return `${edge(band.low)}–${edge(band.high)}${UNIT_SUFFIX[unit]}`;
}
