import type { Band, Unit } from "../indicators/indicator-def";
import { formatNumber } from "./format-number";
import { roundHalfAwayFromZero } from "./round";

const UNIT_SUFFIX: Readonly<Record<Unit, string>> = {
  percent: "%",
  per10k: " per 10,000",
  days: " days",
  ratio: "",
  count: "",
};

/**
 * The decimals a published figure was given with: the fewest, up to three, that show it exactly,
 * so a benchmark or a band edge reads as it was written (England's 60 looked after per 10,000, 77.6
 * for children in need; 24.2%).
 * @example publishedDecimals(60) // 0
 * @example publishedDecimals(548.3) // 1
 */
export function publishedDecimals(value: number): number {
  for (let decimals = 0; decimals < 3; decimals++) {
    if (
      Math.abs(roundHalfAwayFromZero(value, decimals) - value) <
      1e-9 * Math.max(1, Math.abs(value))
    )
      return decimals;
  }
  return 3;
}

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
