import { fail, ok, type Calc } from "../result/calc";
import { plausibleCount } from "./finite";

export interface Proportion {
  readonly numerator: number;
  readonly denominator: number;
  /** numerator ÷ denominator, a fraction (0.226 for 22.6%). */
  readonly proportion: number;
}

/**
 * A pooled proportion, Σnumerators ÷ Σdenominators: how every published percentage over a period is
 * made, never the mean of monthly percentages (a quiet month would weigh as much as a busy one).
 * Pairs must be non-negative counts no larger than a real count can be (10^12); a numerator above its
 * own denominator is an error naming the pair. Bounded counts cannot overflow their sums, and a
 * numerator no larger than its denominator keeps the proportion within 0–1, so the result is finite.
 * @example pooledProportion([30, 40], [100, 300]) // ok({ numerator: 70, denominator: 400, proportion: 0.175 })
 * @example pooledProportion([30], [100, 300]) // fail INVALID_INPUT: 1 numerator but 2 denominators
 * @example pooledProportion([], []) // fail NO_DATA
 * @example pooledProportion([Number.NaN], [100]) // fail INVALID_INPUT: pair 1 is not two numbers
 * @example pooledProportion([-1], [100]) // fail INVALID_NUMBER: pair 1 has a negative count
 * @example pooledProportion([1e308], [1e308]) // fail INVALID_NUMBER: pair 1 is too large to be real
 * @example pooledProportion([101], [100]) // fail INVALID_NUMBER: the numerator is above its denominator
 * @example pooledProportion([0], [0]) // fail DIV_BY_ZERO
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
    const checked = plausibleCount(d, `The denominator of pair ${i + 1}`);
    if (!checked.ok) return checked;
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
  return ok({ numerator, denominator, proportion: numerator / denominator });
}
