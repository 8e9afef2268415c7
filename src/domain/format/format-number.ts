import type { Unit } from "../indicators/indicator-def";
import { roundHalfAwayFromZero } from "./round";

/**
 * A number as text with Excel's rounding, fixed decimals and thousands separators; independent of
 * the machine's locale so reports read the same everywhere. Total over finite numbers: a huge one
 * is written out in full as Excel shows it, 15 significant digits then zeros.
 * @example formatNumber(1234.5, 0) // "1,235"
 * @example formatNumber(-0.04, 1) // "0.0"
 * @example formatNumber(1.2345678901234567e20, 0) // "123,456,789,012,346,000,000"
 */
export function formatNumber(value: number, decimals: number): string {
  const rounded = roundHalfAwayFromZero(value, Math.max(0, decimals));
  const text = plainDigits(Math.abs(rounded), Math.max(0, decimals));
  const [whole = "0", fraction] = text.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const sign = rounded < 0 ? "-" : "";
  return fraction === undefined ? `${sign}${grouped}` : `${sign}${grouped}.${fraction}`;
}

/**
 * The digits of a magnitude with `decimals` places. `toFixed` turns to exponent notation from
 * 10^21 and spells out binary noise from 10^15, where Excel shows 15 significant digits and zeros
 * (and a value that large has no fraction left to show).
 */
function plainDigits(magnitude: number, decimals: number): string {
  if (magnitude < 1e15) return magnitude.toFixed(decimals);
  const [mantissa = "0", exponent = "0"] = magnitude.toExponential(14).split("e");
  const digits = mantissa.replace(".", "").padEnd(Number(exponent) + 1, "0");
  return decimals === 0 ? digits : `${digits}.${"0".repeat(decimals)}`;
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
