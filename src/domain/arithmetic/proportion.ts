import { fail, ok, type Calc } from "../result/calc";

export interface Proportion {
  readonly numerator: number;
  readonly denominator: number;
  /** numerator ÷ denominator, a fraction (0.226 for 22.6%). */
  readonly proportion: number;
}

/**
 * A pooled proportion, Σnumerators ÷ Σdenominators: how every published percentage over a period is
 * made, never the mean of monthly percentages (a quiet month would weigh as much as a busy one).
 * Pairs must be non-negative counts; a numerator above its own denominator is an error naming the pair.
 * @example pooledProportion([30, 40], [100, 300]) // ok({ numerator: 70, denominator: 400, proportion: 0.175 })
 */
export function pooledProportion(
  numerators: readonly number[],
  denominators: readonly number[]
): Calc<Proportion> {
  if (numerators.length !== denominators.length) {
    return fail(
      "INVALID_INPUT",
      `There are ${numerators.length} numerators but ${denominators.length} denominators; they must pair up.`
    );
  }
  if (numerators.length === 0) return fail("NO_DATA", "There are no numbers to pool.");
  let numerator = 0;
  let denominator = 0;
  for (let i = 0; i < numerators.length; i++) {
    const n = numerators[i] ?? Number.NaN;
    const d = denominators[i] ?? Number.NaN;
    if (!Number.isFinite(n) || !Number.isFinite(d)) {
      return fail("INVALID_INPUT", `Pair ${i + 1} is not two numbers.`);
    }
    if (n < 0 || d < 0)
      return fail("INVALID_NUMBER", `Pair ${i + 1} has a negative count (${n} of ${d}).`);
    if (n > d) {
      return fail(
        "INVALID_NUMBER",
        `Pair ${i + 1}: the numerator ${n} is above its denominator ${d}.`
      );
    }
    numerator += n;
    denominator += d;
  }
  if (denominator === 0) return fail("DIV_BY_ZERO", "The denominators add up to 0.");
  const proportion = numerator / denominator;
  if (!Number.isFinite(denominator) || !Number.isFinite(proportion)) {
    return fail("INVALID_NUMBER", "The counts add up to more than a number can hold.");
  }
  return ok({ numerator, denominator, proportion });
}
