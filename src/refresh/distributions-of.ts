import {
  computeDistribution,
  type DistributionResult,
} from "../domain/distributions/compute-distribution";
import { DISTRIBUTIONS } from "../domain/distributions/distribution-catalogue";
import type { SuppressionSettings } from "../domain/format/suppression";
import type { MeasureData } from "../domain/measures/measure-data";
import type { MonthKey } from "../domain/period/month";

/**
 * The built-in distributions the data sheet has figures for at the reporting month, each with its
 * bands' counts and shares, withheld as the settings say. A distribution with no band on the sheet
 * is not shown (NO_DATA): most workbooks have none.
 * @example distributionsOf(reading.data, monthKey(2015, 5), 4, { enabled: false }).map((d) => d.id) // ["assessment_duration"]
 */
export function distributionsOf(
  data: MeasureData,
  reportingMonth: MonthKey,
  fyStartMonth: number,
  suppression: SuppressionSettings
): DistributionResult[] {
  return Object.entries(DISTRIBUTIONS).flatMap(([id, def]) => {
    const result = computeDistribution(id, def, data, reportingMonth, {
      fyStartMonth,
      suppression,
    });
    if (result.ok) return [result.value];
    // The catalogue's bands are measures of one kind (a test checks it): only NO_DATA can happen.
    if (result.error.code !== "NO_DATA") throw new Error(result.error.detail);
    return [];
  });
}
