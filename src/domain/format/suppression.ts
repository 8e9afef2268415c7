import type { Figure } from "../indicators/figure";

/** Disclosure control for public reports. */
export interface SuppressionSettings {
  readonly enabled: boolean;
  /** Counts from 1 to this are suppressed (5 unless told). 0 is never suppressed: it discloses no one. */
  readonly threshold?: number;
}

/** The GSS symbol for a confidential (suppressed) value. */
export const SUPPRESSED_SYMBOL = "c";

/** Counts 1–5 suppressed, as DfE releases do. */
export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

/**
 * Whether a count is small enough to identify children.
 * @example isSmallCount(3) // true
 * @example isSmallCount(0) // false
 */
export function isSmallCount(
  count: number | null,
  threshold: number = DEFAULT_SUPPRESSION_THRESHOLD
): boolean {
  return count !== null && count > 0 && count <= threshold;
}

/**
 * Whether a figure must be shown as `c`: a count in 1..threshold, or a rate or percentage whose
 * numerator or denominator is one (a percentage of 3 children discloses them as surely as the 3).
 * @example isSuppressed(figure /* numerator 4, denominator 90 *\/, { enabled: true }) // true
 */
export function isSuppressed(figure: Figure, settings: SuppressionSettings): boolean {
  if (!settings.enabled) return false;
  const threshold = settings.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  return isSmallCount(figure.numerator, threshold) || isSmallCount(figure.denominator, threshold);
}
