import type { Band } from "../indicators/indicator-def";

/**
 * How far a value lies outside a band: 0 inside (edges included), negative below, positive above.
 * @example distanceToBand(16, { low: 10, high: 15 }) // 1
 */
export function distanceToBand(value: number, band: Band): number {
  if (value < band.low) return value - band.low;
  if (value > band.high) return value - band.high;
  return 0;
}
