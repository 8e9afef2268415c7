import type { CountedFigure, Figure, PublishedFigure } from "../indicators/figure";

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
 * What stands where disclosure control withholds something built on a small count (a figure, a
 * variance, a direction of travel). It carries no number, so there is none to print.
 */
export interface Withheld {
  readonly kind: "withheld";
}

/** The one withheld marker for anything that is not a figure. */
export const WITHHELD: Withheld = Object.freeze({ kind: "withheld" });

/**
 * Whether something was withheld by disclosure control; narrows to what was not.
 * @example isWithheld(WITHHELD) // true
 * @example isWithheld("Improving") // false
 */
export function isWithheld<T>(x: T | Withheld): x is Withheld {
  return typeof x === "object" && x !== null && (x as { kind?: unknown }).kind === "withheld";
}

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
 * Whether a figure must be shown as `c`: a count in 1..threshold, a rate or percentage whose
 * numerator or denominator is one (a percentage of 3 children discloses them as surely as the 3),
 * or a figure that adds up such a count (a year to date with a month of 3 in it: the year to date
 * less the months shown elsewhere, or less last month's year to date, is the 3).
 * @example isSuppressed(figure /* numerator 4, denominator 90 *\/, { enabled: true }) // true
 * @example isSuppressed(ytd /* numerator 40, smallestCount 3 *\/, { enabled: true }) // true
 */
export function isSuppressed(
  figure: Figure | CountedFigure,
  settings: SuppressionSettings
): boolean {
  if (!settings.enabled) return false;
  const threshold = settings.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  const smallest = "smallestCount" in figure ? figure.smallestCount : null;
  return (
    isSmallCount(figure.numerator, threshold) ||
    isSmallCount(figure.denominator, threshold) ||
    isSmallCount(smallest, threshold)
  );
}

/**
 * A figure as a public scorecard may carry it: shown, or withheld with its number taken out. A
 * figure with no value has nothing to withhold and is shown as the blank it is.
 * @example withhold(ytd /* 40 referrals, one month of 3 *\/, { enabled: true }).kind // "withheld"
 * @example withhold(ytd, { enabled: false }).kind // "shown"
 */
export function withhold(figure: CountedFigure, settings: SuppressionSettings): PublishedFigure {
  if (figure.value === null || !isSuppressed(figure, settings)) {
    return {
      kind: "shown",
      value: figure.value,
      incomplete: figure.incomplete,
      missingMonths: figure.missingMonths,
      window: figure.window,
      numerator: figure.numerator,
      denominator: figure.denominator,
      problem: figure.problem,
    };
  }
  return {
    kind: "withheld",
    window: figure.window,
    incomplete: figure.incomplete,
    missingMonths: figure.missingMonths,
  };
}
