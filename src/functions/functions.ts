import { forecastYearEnd, ratePer10k as ratePer10kCalc } from "../domain/arithmetic/rate";
import { toExcel } from "./excel-error";

/**
 * A count per 10,000 children aged 0–17.
 * @customfunction RATEPER10K
 * @helpurl https://localhost:3000/help.html#csc-rateper10k
 * @param count Number of children or events, such as referrals in the last 12 months.
 * @param population Children aged 0–17 (ONS mid-year estimate).
 * @returns count ÷ population × 10,000.
 */
export function ratePer10k(count: number, population: number): number {
  return toExcel(ratePer10kCalc(count, population));
}

/**
 * Year-end projection of a flow from its year to date.
 * @customfunction FORECAST
 * @helpurl https://localhost:3000/help.html#csc-forecast
 * @param ytd_value Year-to-date total of a flow, such as referrals since April.
 * @param months_elapsed Months of the financial year so far, 1 to 12.
 * @returns ytd_value ÷ months_elapsed × 12.
 */
export function forecast(ytd_value: number, months_elapsed: number): number {
  return toExcel(forecastYearEnd(ytd_value, months_elapsed));
}
