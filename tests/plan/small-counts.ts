import fc from "fast-check";

/**
 * A month's count as disclosure-control tests want them: mostly 0–8, so that small counts (and
 * zeros, which are never withheld) are everywhere, sometimes larger, sometimes missing.
 */
export const smallCount: fc.Arbitrary<number | null> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 8 }) },
  { weight: 2, arbitrary: fc.integer({ min: 9, max: 60 }) },
  { weight: 1, arbitrary: fc.constant(null) }
);
