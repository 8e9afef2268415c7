import { DEFAULT_FY_START_MONTH } from "../domain/period/financial-year";
import { withholdReconciliation } from "../domain/scorecard/disclosure";
import { benchmarkYearOf } from "./benchmark-years";
import { buildChartsSheet } from "./charts-sheet";
import { generateCommentary } from "./commentary";
import { reconciliationByIndicator } from "./indicator-reconciliation";
import { buildNotesSheet } from "./notes-sheet";
import type { ScorecardPlanInput } from "./plan-input";
import type { ScorecardPlan } from "./plan-types";
import { previousRatings } from "./previous-ratings";
import { buildScorecardSheet, orderBySection } from "./scorecard-sheet";
import type { KindOf } from "./scorecard/month-end";
import type { TitleFacts } from "./title-block";
import { withholdIssues } from "./withheld-issues";

/**
 * Builds the declarative plan of a refresh from the engine's results: the scorecard sheet, the
 * charts sheet and the notes sheet, with every value, number format, style group, width, freeze,
 * print setting, table, name and chart. Pure: the same input always gives the same plan. Disclosure
 * control is the engine's: the rows arrive with withheld figures; what is written beside them (the
 * reconciliation, the issues) is withheld here by the same settings before any sheet sees it.
 * @example buildScorecardPlan({ scorecard, catalogue: INDICATORS, authority: "Thurrock", reportingMonth: monthKey(2015, 12), dataSheetName: "CSC Data", refreshedAt: "2016-01-12T09:30:00Z", issues: [], reconciliation: { findings: [], explanations: [] } }).sheets.map((s) => s.preferredName)
 * // ["Scorecard", "Scorecard charts", "Scorecard notes"]
 */
export function buildScorecardPlan(input: ScorecardPlanInput): ScorecardPlan {
  const facts: TitleFacts = {
    authority: input.authority,
    reportingMonth: input.reportingMonth,
    fyStartMonth: input.fyStartMonth ?? DEFAULT_FY_START_MONTH,
    dataSheetName: input.dataSheetName,
    refreshedAt: input.refreshedAt,
    ...(input.reportBy === undefined ? {} : { reportBy: input.reportBy }),
  };
  const rows = orderBySection(input.scorecard.rows);
  const previous = previousRatings(rows, input.previousRatings);
  const commentary = generateCommentary(rows, previous, input.reportingMonth, {
    yearOf: benchmarkYearOf(input.benchmarkYears),
  });
  const names = new Map(Object.entries(input.catalogue).map(([id, def]) => [id, def.name]));
  const disclosure = input.scorecard.disclosure;
  const reconciliation = withholdReconciliation(input.reconciliation, disclosure, input.catalogue);
  // One reading of each measure's kind for both sheets: a month-end count has no year to date.
  const kindOf: KindOf = (measure) =>
    disclosure.table.kinds.get(measure) ?? disclosure.measures[measure]?.kind;
  return {
    sheets: [
      buildScorecardSheet({
        facts,
        rows,
        reconciliation: reconciliationByIndicator(reconciliation, input.catalogue),
        kindOf,
        yearOf: benchmarkYearOf(input.benchmarkYears),
      }),
      buildChartsSheet(facts, rows, input.chartIndicators, benchmarkYearOf(input.benchmarkYears)),
      buildNotesSheet({
        facts,
        rows,
        commentary,
        issues: withholdIssues(input.issues, disclosure.suppression),
        reconciliation,
        failures: input.scorecard.failures,
        names,
        distributions: input.distributions ?? [],
        kindOf,
        benchmarks: input.benchmarks ?? [],
      }),
    ],
    activate: "scorecard",
    refreshedAt: input.refreshedAt,
  };
}
