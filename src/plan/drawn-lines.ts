import type { ChartPlan, ChartSeriesPlan } from "./plan-types";

/**
 * The lines a chart can draw: every planned line but those with no figure in any month, which
 * Excel could only add as an empty series (EmptyChartSeries, in the error table at
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 * A chart whose own indicator has nothing to draw (neither its line nor its part-year line) is not
 * drawn at all: none, since reference lines alone would chart no figure of the authority's.
 * @example drawnLines(chart).map((line) => line.name) // ["Sample Borough", "England 2014/15"]
 */
export function drawnLines(plan: ChartPlan): readonly ChartSeriesPlan[] {
  const drawn = plan.series.filter((line) => line.blank !== true);
  const own = drawn.some((line) => line.role === "indicator" || line.role === "partial");
  return own ? drawn : [];
}
