import { drawnLines } from "../../plan/drawn-lines";
import type { ScorecardPlan } from "../../plan/plan-types";
import type { OutputNames } from "./output-names";

/**
 * A sentence for each chart left out because its own indicator has no month to draw (all missing
 * or withheld): neither host draws such a chart (see drawn-lines.ts), and both say so in the same
 * words, naming the sheet by the name it took.
 * @example skippedCharts(plan, names) // ['No month of "Re-referrals within 12 months (%)" has a figure to draw (all missing or withheld), so "Scorecard charts" has no chart of it.']
 */
export function skippedCharts(plan: ScorecardPlan, names: OutputNames): string[] {
  return plan.sheets.flatMap((sheetPlan, i) =>
    sheetPlan.charts
      .filter((chart) => drawnLines(chart).length === 0)
      .map(
        (chart) =>
          `No month of "${chart.title}" has a figure to draw (all missing or withheld), so "${names.sheets[i]?.final ?? sheetPlan.preferredName}" has no chart of it.`
      )
  );
}
