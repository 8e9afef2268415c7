import type { MeasureId } from "../measures/measure-def";
import type { Formula } from "./indicator-def";

/**
 * Every measure a formula reads, numerator first (population, which a rate also needs, is not named
 * by the formula and is not listed).
 * @example formulaMeasures({ kind: "ratio", numerator: "sw_agency_fte", denominator: ["sw_agency_fte", "sw_employed_fte"], scale: 100 })
 * // ["sw_agency_fte", "sw_agency_fte", "sw_employed_fte"]
 */
export function formulaMeasures(formula: Formula): MeasureId[] {
  switch (formula.kind) {
    case "ratio":
      return [
        formula.numerator,
        ...(typeof formula.denominator === "string" ? [formula.denominator] : formula.denominator),
      ];
    case "rate":
      return [formula.count];
    case "count":
      return [formula.measure];
  }
}
