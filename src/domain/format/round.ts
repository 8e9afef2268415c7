/**
 * Rounds as Excel's ROUND does: halves go away from zero (82.5 → 83, −2.5 → −3), at the decimal
 * value the analyst sees. The value is first reduced to 15 significant digits (Excel's own precision),
 * so a binary near-miss such as 1.005 (stored as 1.00499999999999989…) still rounds up to 1.01.
 * Total over finite numbers: from 10^15 up (10^15 × 10^−decimals for negative decimals) none of
 * those 15 digits lies below the one rounded to, so, as in Excel, there is nothing to round and the
 * value comes back as it is; that also keeps the digit shifting from overflowing near 1.8e308.
 * Throws on NaN or Infinity: those are bugs upstream, never data.
 * @example roundHalfAwayFromZero(82.5, 0) // 83
 * @example roundHalfAwayFromZero(1.005, 2) // 1.01
 * @example roundHalfAwayFromZero(1234.5, -1) // 1230
 * @example roundHalfAwayFromZero(1e308, 1) // 1e308
 * @example roundHalfAwayFromZero(5e-324, 2) // 0
 */
export function roundHalfAwayFromZero(value: number, decimals: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`cannot round ${value}`);
  if (!Number.isInteger(decimals) || decimals < -15 || decimals > 15) {
    throw new RangeError(`decimals ${decimals} is not a whole number from -15 to 15`);
  }
  if (value === 0) return 0;
  if (Math.abs(value) >= 1e15 * 10 ** Math.max(0, -decimals)) return value;
  const magnitude = Number(Math.abs(value).toPrecision(15));
  const [mantissa, exponent] = magnitude.toExponential().split("e");
  const shifted = Number(`${mantissa}e${Number(exponent) + decimals}`);
  const rounded = Math.round(shifted);
  const [rMantissa, rExponent] = rounded.toExponential().split("e");
  const result = Number(`${rMantissa}e${Number(rExponent) - decimals}`);
  if (result === 0) return 0;
  return value < 0 ? -result : result;
}
