import { fail, ok, type Calc } from "../result/calc";

/**
 * A count per 10,000 children: the DfE's unit for referrals, children in need, child protection plans
 * and children looked after, against the ONS mid-year estimate of children aged 0–17.
 * @example ratePer10k(469, 42000) // ok(111.666…)
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
  return ok((count / population) * 10_000);
}

/**
 * Year-end projection of a flow from its year to date: YTD ÷ months elapsed × 12 (Thurrock's
 * "forecasting 277 missing incidents" from 208 after 9 months).
 * @example forecastYearEnd(208, 9) // ok(277.33…)
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
  return ok((ytd / monthsElapsed) * 12);
}
