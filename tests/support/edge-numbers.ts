import fc from "fast-check";
import type { Calc } from "../../src/domain/result/calc";

/**
 * Numbers at the edges of what a double holds and of what a count can be: zeros of both signs,
 * the smallest subnormal, values just either side of the 10^12 bound on counts, and the largest
 * finite values, where sums and ratios of finite inputs overflow.
 */
export const EDGE_NUMBERS: readonly number[] = [
  0,
  -0,
  Number.MIN_VALUE,
  -Number.MIN_VALUE,
  1e-320,
  1e-300,
  0.5,
  1,
  12,
  42_000,
  1e12,
  1e12 + 1,
  1e15,
  1e21,
  1e300,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
];

/** Numeric text at the same edges, as a cell or an argument could hold it. */
export const EDGE_NUMERIC_TEXT: readonly string[] = [
  "-0",
  "5e-324",
  "1e-320",
  "1e12",
  "1000000000001",
  "1e300",
  "1e308",
  "-1e308",
  "1.7976931348623157e308",
  "1e309",
  "1,000,000,000,000,000",
  // A percentage so small that a ratio against it overflows (a comparator of 1e-322).
  "1e-320%",
];

/** Any finite double, weighted towards the edges. */
export const edgeDouble: fc.Arbitrary<number> = fc.oneof(
  { arbitrary: fc.constantFrom(...EDGE_NUMBERS), weight: 3 },
  { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }), weight: 2 },
  { arbitrary: fc.integer({ min: -10, max: 100_000 }), weight: 2 }
);

/** Every result is a finite number or an error value with a sentence: never Infinity or NaN. */
export function expectFiniteOrError(result: Calc<number>): void {
  if (result.ok) expect(Number.isFinite(result.value)).toBe(true);
  else expect(result.error.detail.length).toBeGreaterThan(0);
}

/** A result's error code, or "ok". */
export function codeOf(result: Calc<unknown>): string {
  return result.ok ? "ok" : result.error.code;
}
