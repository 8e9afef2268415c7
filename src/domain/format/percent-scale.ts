/**
 * 0.226 → 22.6 without binary noise (not 22.600000000000001): Excel stores a percentage as a
 * fraction, the engine holds percentages as 0–100. 15 significant digits is all a double carries.
 * @example percentFromFraction(0.226) // 22.6
 */
export function percentFromFraction(fraction: number): number {
  return Number((fraction * 100).toPrecision(15));
}

/**
 * 22.6 → 0.226 without binary noise, for writing a percentage to a cell with a % format.
 * @example fractionFromPercent(22.6) // 0.226
 */
export function fractionFromPercent(percent: number): number {
  return Number((percent / 100).toPrecision(15));
}
