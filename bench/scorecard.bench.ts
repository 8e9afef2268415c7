import { INDICATORS } from "../src/domain/indicators/indicator-catalogue";
import type { IndicatorDef } from "../src/domain/indicators/indicator-def";
import { MEASURES } from "../src/domain/measures/measure-catalogue";
import { monthlyValues, type MeasureData } from "../src/domain/measures/measure-data";
import { addMonths, monthKey, type MonthKey } from "../src/domain/period/month";
import { computeScorecard } from "../src/domain/scorecard/compute-scorecard";
import { medianMs, type Benchmark } from "./harness";

const FIRST = monthKey(2015, 4);

/** Every built-in measure, `months` months long, with plausible monthly counts. */
function syntheticData(months: number): MeasureData {
  const data = new Map<string, ReadonlyMap<MonthKey, number>>();
  Object.keys(MEASURES).forEach((id, i) => {
    const values = Array.from({ length: months }, (_, m) =>
      id === "population" ? 42_000 : 50 + ((i * 7 + m * 13) % 40)
    );
    data.set(id, monthlyValues(FIRST, values));
  });
  return data;
}

/** `count` indicators, cycling through the catalogue under new ids. */
function catalogueOf(count: number): Record<string, IndicatorDef> {
  const entries = Object.entries(INDICATORS as Record<string, IndicatorDef>);
  return Object.fromEntries(
    Array.from({ length: count }, (_, i) => {
      const [id, def] = entries[i % entries.length]!;
      return [`${id}_${i}`, def];
    })
  );
}

/** The whole engine: every figure, comparison and rating of a 60-indicator, 120-month scorecard. */
export const wholeScorecard: Benchmark = {
  name: "whole scorecard",
  run() {
    const data = syntheticData(120);
    const catalogue = catalogueOf(60);
    const last = addMonths(FIRST, 119);
    const comparators = Object.fromEntries(
      Object.keys(catalogue).map((id) => [id, { statNeighbours: 50, england: 55 }])
    );
    const ms = medianMs(
      () =>
        computeScorecard(catalogue, data, last, comparators, { suppression: { enabled: true } }),
      31
    );
    return [
      {
        key: "scorecard_60x120_ms",
        label: "scorecard, 60 indicators × 120 months",
        value: ms,
        unit: "ms",
      },
    ];
  },
};
