import type { Unit } from "../indicators/indicator-def";
import { roundHalfAwayFromZero } from "./round";

/**
 * A number as text with Excel's rounding, fixed decimals and thousands separators; independent of
 * the machine's locale so reports read the same everywhere.
 * @example formatNumber(1234.5, 0) // "1,235"
 */
export function formatNumber(value: number, decimals: number): string {
  const rounded = roundHalfAwayFromZero(value, Math.max(0, decimals));
  const text = Math.abs(rounded).toFixed(Math.max(0, decimals));
  const [whole = "0", fraction] = text.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const sign = rounded < 0 ? "-" : "";
  return fraction === undefined ? `${sign}${grouped}` : `${sign}${grouped}.${fraction}`;
}

/**
 * A value in its unit, as sentences quote it.
 * @example formatValue(29.25, "percent", 1) // "29.3%"
 * @example formatValue(51.3, "per10k", 1) // "51.3 per 10,000"
 */
export function formatValue(value: number, unit: Unit, decimals: number): string {
  const number = formatNumber(value, decimals);
  switch (unit) {
    case "percent":
      return `${number}%`;
    case "per10k":
      return `${number} per 10,000`;
    case "days":
      return `${number} days`;
    case "ratio":
    case "count":
      return number;
  }
}

/**
 * The size of a difference in its unit, without sign: percentages differ in points.
 * @example formatDifference(-5.7, "percent", 1) // "5.7 points"
 */
export function formatDifference(difference: number, unit: Unit, decimals: number): string {
  const number = formatNumber(Math.abs(difference), decimals);
  switch (unit) {
    case "percent":
      return `${number} ${number === "1" || number === "1.0" ? "point" : "points"}`;
    case "per10k":
      return `${number} per 10,000`;
    case "days":
      return `${number} ${number === "1" ? "day" : "days"}`;
    case "ratio":
    case "count":
      return number;
  }
}
