import type { IndicatorDef } from "../../domain/indicators/indicator-def";
import { formulaShape } from "../../domain/indicators/formula-shape";
import type { MeasureKind } from "../../domain/measures/measure-def";
import type { MonthWindow } from "../../domain/series/window";

/** A measure's kind by id, as the refresh read it (the catalogue's, or the analyst's own). */
export type KindOf = (measure: string) => MeasureKind | undefined;

/**
 * Whether every figure of an indicator is a month-end snapshot: a count or rate of a stock
 * (children in need, on a plan, looked after) or a ratio of stocks. Its year to date and rolling
 * 12 months would only repeat the month (a stock's "year to date" is its latest value), so the
 * scorecard leaves those cells empty.
 * @example isMonthEnd(INDICATORS.lac, (m) => MEASURES[m]?.kind) // true
 * @example isMonthEnd(INDICATORS.referrals_per10k, (m) => MEASURES[m]?.kind) // false
 */
export function isMonthEnd(def: Pick<IndicatorDef, "formula">, kindOf: KindOf): boolean {
  const shape = formulaShape(def.formula, kindOf);
  return typeof shape !== "string" && shape.numeratorKind === "stock" && !shape.mixed;
}

/**
 * Whether the indicator's own figure is a flow's (a count or rate of events over months), so its
 * count is "in N months" and it has a year to date worth showing.
 * @example isFlow(INDICATORS.referrals_per10k, (m) => MEASURES[m]?.kind) // true
 */
export function isFlow(def: Pick<IndicatorDef, "formula">, kindOf: KindOf): boolean {
  const shape = formulaShape(def.formula, kindOf);
  return typeof shape !== "string" && shape.numeratorKind === "flow";
}

/**
 * The months a window covers, both ends included.
 * @example monthsIn({ from: monthKey(2014, 6), to: monthKey(2015, 5) }) // 12
 */
export function monthsIn(window: MonthWindow): number {
  return window.to - window.from + 1;
}
