import type { IndicatorCatalogue } from "../../domain/indicators/indicator-catalogue";
import type { MeasureId } from "../../domain/measures/measure-def";

/** A measure that counts part of another (re-referrals of referrals), from a percentage indicator. */
export interface PartWhole {
  readonly part: MeasureId;
  /** The whole: one measure, or several summed. */
  readonly wholes: readonly MeasureId[];
}

/**
 * The part-of-whole pairs the catalogue's percentages imply: every ratio with scale 100 whose
 * numerator is not itself among the denominators, each pair once.
 * @example partWholePairs(INDICATORS) // includes { part: "rereferrals", wholes: ["referrals"] }
 */
export function partWholePairs(catalogue: IndicatorCatalogue): PartWhole[] {
  const pairs = new Map<string, PartWhole>();
  for (const def of Object.values(catalogue)) {
    const formula = def.formula;
    if (formula.kind !== "ratio" || formula.scale !== 100) continue;
    const wholes: readonly MeasureId[] =
      typeof formula.denominator === "string" ? [formula.denominator] : formula.denominator;
    if (wholes.length === 0 || wholes.includes(formula.numerator)) continue;
    const key = `${formula.numerator}<${wholes.join("+")}`;
    if (!pairs.has(key)) pairs.set(key, { part: formula.numerator, wholes });
  }
  return [...pairs.values()];
}
