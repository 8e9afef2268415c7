import type { Band, PolarityKind } from "../indicators/indicator-def";
import { distanceToBand } from "./band";

/** Whether a difference is good news, given the indicator's polarity. */
export type Assessment = "favourable" | "unfavourable" | "level" | "neutral";

export interface Variance {
  /** value − comparator, in the indicator's unit (percentage points for a percent). */
  readonly absolute: number;
  /**
   * (value − comparator) ÷ |comparator|; `null` when the comparator is 0, or so near 0 (1e-322)
   * that the ratio is past what a number holds.
   */
  readonly relative: number | null;
  /**
   * Higher/lower: by the sign of the difference. Range with a band: favourable when the value is
   * nearer the band than the comparator is. Context, or a range without a band: neutral.
   */
  readonly assessment: Assessment;
}

/**
 * Compares a value with a comparator.
 * @example variance(29.3, 23.6, "lower") // { absolute: 5.7, relative: 0.2415…, assessment: "unfavourable" }
 */
export function variance(
  value: number,
  comparator: number,
  polarity: PolarityKind,
  band?: Band
): Variance {
  const absolute = value - comparator;
  const ratio = absolute / Math.abs(comparator);
  const relative = comparator === 0 || !Number.isFinite(ratio) ? null : ratio;
  return { absolute, relative, assessment: assess(value, comparator, polarity, band) };
}

function assess(
  value: number,
  comparator: number,
  polarity: PolarityKind,
  band: Band | undefined
): Assessment {
  switch (polarity) {
    case "context":
      return "neutral";
    case "range": {
      if (band === undefined) return "neutral";
      const mine = Math.abs(distanceToBand(value, band));
      const theirs = Math.abs(distanceToBand(comparator, band));
      return mine === theirs ? "level" : mine < theirs ? "favourable" : "unfavourable";
    }
    case "higher":
    case "lower": {
      if (value === comparator) return "level";
      return value > comparator === (polarity === "higher") ? "favourable" : "unfavourable";
    }
  }
}
