import type { ComparatorValues } from "../../../src/domain/compare/comparator";
import type { IndicatorDef } from "../../../src/domain/indicators/indicator-def";
import { monthlyValues } from "../../../src/domain/measures/measure-data";
import type { MonthKey } from "../../../src/domain/period/month";
import {
  computeScorecard,
  type ScorecardRow,
} from "../../../src/domain/scorecard/compute-scorecard";
import type { ScorecardSettings } from "../../../src/domain/scorecard/scorecard-settings";

/**
 * One indicator's scorecard row computed by the engine from monthly counts starting at `first`,
 * reported at the last month given (or `reporting`).
 */
export function rowOf(
  def: IndicatorDef,
  counts: Readonly<Record<string, ReadonlyArray<number | null>>>,
  first: MonthKey,
  options: {
    reporting?: MonthKey;
    comparators?: ComparatorValues;
    settings?: ScorecardSettings;
  } = {}
): ScorecardRow {
  const data = new Map(
    Object.entries(counts).map(([measure, values]) => [measure, monthlyValues(first, values)])
  );
  if (!data.has("population")) data.set("population", monthlyValues(first, [41200]));
  const longest = Math.max(...Object.values(counts).map((v) => v.length));
  const reporting = options.reporting ?? ((first + longest - 1) as MonthKey);
  const card = computeScorecard(
    { x: def },
    data,
    reporting,
    { x: options.comparators ?? {} },
    options.settings ?? {}
  );
  const row = card.rows[0];
  if (row === undefined) throw new Error(card.failures[0]?.error.detail ?? "no row");
  return row;
}
