import type { MeasureId, MeasureKind } from "../measures/measure-def";
import type { Formula } from "./indicator-def";

/** The measure that a rate divides by. */
export const POPULATION_MEASURE: MeasureId = "population";

/**
 * A formula reduced to what the window rules need: which measures sit on each side, and of what kind.
 * `mixed` is a flow over a stock (rates of flows, turnover): the flow side is annualised.
 */
export interface FormulaShape {
  readonly numerator: MeasureId;
  readonly denominators: readonly MeasureId[];
  readonly scale: number;
  readonly numeratorKind: MeasureKind;
  /** `null` for a count. */
  readonly denominatorKind: MeasureKind | null;
  readonly mixed: boolean;
  readonly usesPopulation: boolean;
}

/**
 * Reads a formula's shape; `kindOf` returns `undefined` for a measure it does not know.
 * Returns a sentence when the formula names an unknown measure or sums measures of different kinds.
 * @example formulaShape({ kind: "rate", count: "referrals", per: 10000 }, (id) => MEASURES[id]?.kind).mixed // true
 */
export function formulaShape(
  formula: Formula,
  kindOf: (id: MeasureId) => MeasureKind | undefined
): FormulaShape | string {
  const numerator =
    formula.kind === "ratio"
      ? formula.numerator
      : formula.kind === "rate"
        ? formula.count
        : formula.measure;
  const denominators: readonly MeasureId[] =
    formula.kind === "ratio"
      ? typeof formula.denominator === "string"
        ? [formula.denominator]
        : formula.denominator
      : formula.kind === "rate"
        ? [POPULATION_MEASURE]
        : [];
  const scale =
    formula.kind === "ratio" ? formula.scale : formula.kind === "rate" ? formula.per : 1;
  const numeratorKind = kindOf(numerator);
  if (numeratorKind === undefined) return `The measure "${numerator}" is not defined.`;
  if (formula.kind === "ratio" && denominators.length === 0)
    return "A ratio needs at least one denominator measure.";
  const denominatorKinds = denominators.map(kindOf);
  const unknown = denominators.find((_, i) => denominatorKinds[i] === undefined);
  if (unknown !== undefined) return `The measure "${unknown}" is not defined.`;
  const denominatorKind = denominatorKinds[0] ?? null;
  if (denominatorKinds.some((k) => k !== denominatorKind)) {
    return `The denominator adds flows to stocks (${denominators.join(" + ")}), which has no meaning.`;
  }
  if (!Number.isFinite(scale) || scale <= 0) return `The scale ${scale} is not a positive number.`;
  return {
    numerator,
    denominators,
    scale,
    numeratorKind,
    denominatorKind,
    mixed: denominatorKind !== null && denominatorKind !== numeratorKind,
    usesPopulation: formula.kind === "rate",
  };
}
