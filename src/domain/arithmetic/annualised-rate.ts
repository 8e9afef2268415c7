import { chainCalc, fail, type Calc } from "../result/calc";
import { finiteResult, plausibleCount } from "./finite";
import { ratePer10k } from "./rate";

/**
 * An annualised rate per 10,000 children from the last `months` monthly counts of a flow:
 * Σcounts × 12 ÷ months ÷ population × 10,000. With `months` = 12 this is the rolling 12-month rate
 * the DfE publishes (referrals per 10,000); fewer months are scaled up to a year. A missing month
 * (`null`) inside the window is an error naming it, never a zero; so is a month's count too large to
 * be real (above 10^12), named by its month rather than surfacing as an overflow of the total.
 * @example annualisedRatePer10k(Array(12).fill(40), 42000) // ok(114.28…)
 * @example annualisedRatePer10k([10, 12, null, 9].slice(-2), 42000, 2) // fail NO_DATA: month 1 of 2 is missing
 * @example annualisedRatePer10k([10, 12], 42000, 3) // fail NO_DATA: needs 3 months of counts
 * @example annualisedRatePer10k([10, -1], 42000, 2) // fail INVALID_NUMBER: month 2 is negative
 * @example annualisedRatePer10k([1e308, 1e308], 42000, 2) // fail INVALID_NUMBER: month 1 is too large to be real
 * @example annualisedRatePer10k([10, 12], 0, 2) // fail DIV_BY_ZERO (from ratePer10k)
 */
export function annualisedRatePer10k(
  monthlyCounts: readonly (number | null)[],
  population: number,
  months = 12
): Calc<number> {
  if (!Number.isInteger(months) || months < 1 || months > 12) {
    return fail("INVALID_NUMBER", `${months} months is not a whole number from 1 to 12.`);
  }
  if (monthlyCounts.length < months) {
    return fail(
      "NO_DATA",
      `The rate needs ${months} months of counts, and there ${monthlyCounts.length === 1 ? "is 1" : `are ${monthlyCounts.length}`}.`
    );
  }
  const window = monthlyCounts.slice(monthlyCounts.length - months);
  let total = 0;
  for (let i = 0; i < window.length; i++) {
    const count = window[i];
    if (count === null || count === undefined) {
      return fail(
        "NO_DATA",
        `Month ${i + 1} of the last ${months} has no count; a missing month is not 0.`
      );
    }
    if (count < 0)
      return fail(
        "INVALID_NUMBER",
        `Month ${i + 1} of the last ${months} has a negative count (${count}).`
      );
    const checked = plausibleCount(count, `The count for month ${i + 1} of the last ${months}`);
    if (!checked.ok) return checked;
    total += count;
  }
  // The rate of the mean month, then × 12: each month is a count within the bound, so their mean is
  // too, where a year's total of months near the bound would not be.
  return chainCalc(ratePer10k(total / months, population), (monthly) =>
    finiteResult(monthly * 12, "The annualised rate per 10,000")
  );
}
