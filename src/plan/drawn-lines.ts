import type { ChartPlan, ChartSeriesPlan } from "./plan-types";

/**
 * The lines a chart can draw: every planned line but those with no figure in any month, which
 * Excel could only add as an empty series (EmptyChartSeries, in the error table at
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 * A chart whose own indicator has nothing to draw is not drawn at all: none.
 * @example drawnLines(chart).map((line) => line.name) // ["Re-referrals within 12 months", "England"]
 */
export function drawnLines(plan: ChartPlan): readonly ChartSeriesPlan[] {
  if (plan.series[0]?.blank === true) return [];
  return plan.series.filter((line) => line.blank !== true);
}
