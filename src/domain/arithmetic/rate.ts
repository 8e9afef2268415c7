import { fail, type Calc } from "../result/calc";
import { finiteResult, plausibleCount } from "./finite";

/**
 * A count per 10,000 children: the DfE's unit for referrals, children in need, child protection plans
 * and children looked after, against the ONS mid-year estimate of children aged 0–17. A count or
 * population above 10^12 is a slip, not data, and a population so small that the rate overflows
 * (1e-320) has no rate either: both are INVALID_NUMBER rather than a rate no cell can hold.
 * @example ratePer10k(469, 42000) // ok(111.666…)
 * @example ratePer10k(469, 0) // fail DIV_BY_ZERO: "The population is 0, so no rate per 10,000 exists."
 * @example ratePer10k(-1, 42000) // fail INVALID_NUMBER: the count is negative
 * @example ratePer10k(1e308, 42000) // fail INVALID_NUMBER: too large to be a real count
 * @example ratePer10k(1, 1e-320) // fail INVALID_NUMBER: the rate is beyond the largest number Excel can hold
 * @example ratePer10k(Number.NaN, 42000) // fail INVALID_INPUT
 */
export function ratePer10k(count: number, population: number): Calc<number> {
  if (!Number.isFinite(count) || !Number.isFinite(population)) {
    return fail("INVALID_INPUT", "The count and the population must both be numbers.");
  }
  if (count < 0)
    return fail("INVALID_NUMBER", `The count ${count} is negative; counts of children cannot be.`);
  if (population < 0) return fail("INVALID_NUMBER", `The population ${population} is negative.`);
  if (population === 0)
    return fail("DIV_BY_ZERO", "The population is 0, so no rate per 10,000 exists.");
  const checkedCount = plausibleCount(count, "The count");
  if (!checkedCount.ok) return checkedCount;
  const checkedPopulation = plausibleCount(population, "The population");
  if (!checkedPopulation.ok) return checkedPopulation;
  return finiteResult((count / population) * 10_000, "The rate per 10,000");
}

/**
 * Year-end projection of a flow from its year to date: YTD ÷ months elapsed × 12 (Thurrock's
 * "forecasting 277 missing incidents" from 208 after 9 months). The year to date may be any flow,
 * so it is not bounded as a count is; a projection past what a number holds is INVALID_NUMBER.
 * @example forecastYearEnd(208, 9) // ok(277.33…)
 * @example forecastYearEnd(208, 13) // fail INVALID_NUMBER: not a whole number from 1 to 12
 * @example forecastYearEnd(1e308, 1) // fail INVALID_NUMBER: beyond the largest number Excel can hold
 * @example forecastYearEnd(Number.NaN, 9) // fail INVALID_INPUT
 */
export function forecastYearEnd(ytd: number, monthsElapsed: number): Calc<number> {
  if (!Number.isFinite(ytd) || !Number.isFinite(monthsElapsed)) {
    return fail(
      "INVALID_INPUT",
      "The year-to-date value and the months elapsed must both be numbers."
    );
  }
  if (!Number.isInteger(monthsElapsed) || monthsElapsed < 1 || monthsElapsed > 12) {
    return fail(
      "INVALID_NUMBER",
      `${monthsElapsed} months elapsed is not a whole number from 1 to 12.`
    );
  }
  return finiteResult((ytd / monthsElapsed) * 12, "The year-end forecast");
}
