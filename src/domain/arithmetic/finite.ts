import { fail, ok, type Calc } from "../result/calc";

/**
 * The largest count (or child population) the add-in takes as real: 10^12. England has about 12
 * million children and its largest authorities a few hundred thousand, with referrals, plans and
 * placements in the tens of thousands a year; no English authority will ever count a trillion of
 * anything. A cell above this is a slip (a pasted serial number, a mistyped exponent), not data.
 * The bound also keeps every sum the scorecard makes exact and finite: 120 months of it are
 * 1.2 × 10^14, below 2^53 where whole numbers stop being exact, and far below overflow.
 */
export const MAX_PLAUSIBLE_COUNT = 1e12;

/**
 * Whether a count or population is above `MAX_PLAUSIBLE_COUNT`, and so too large to be real.
 * @example tooLargeToBeReal(42_000) // false
 * @example tooLargeToBeReal(1e308) // true
 */
export function tooLargeToBeReal(count: number): boolean {
  return Math.abs(count) > MAX_PLAUSIBLE_COUNT;
}

/**
 * The one sentence for a count too large to be real, so a data sheet's issue and a function's
 * #NUM! say the same thing.
 * @example tooLargeDetail("The count", 1e308) // "The count is 1e+308, above 10^12: too large to be a real count of children or events."
 */
export function tooLargeDetail(what: string, count: number): string {
  return `${what} is ${count}, above 10^12: too large to be a real count of children or events.`;
}

/**
 * A count checked against `MAX_PLAUSIBLE_COUNT`: itself, or INVALID_NUMBER (#NUM! in Excel)
 * saying why. Arithmetic over counts checks its inputs with this, so a slip such as 1e308 is named
 * where it was typed rather than surfacing as an overflow.
 * @example plausibleCount(469, "The count") // ok(469)
 * @example plausibleCount(1e308, "The count") // fail INVALID_NUMBER: "The count is 1e+308, above 10^12: …"
 */
export function plausibleCount(count: number, what: string): Calc<number> {
  return tooLargeToBeReal(count) ? fail("INVALID_NUMBER", tooLargeDetail(what, count)) : ok(count);
}

/**
 * A computed number, or INVALID_NUMBER (#NUM! in Excel) when it is not finite. JavaScript never
 * fails on overflow: 1e308 + 1e308 is Infinity, 1 ÷ 1e-320 is Infinity, Infinity − Infinity is
 * NaN, and none of them can be shown in a cell or written by a refresh. Every result of the
 * domain's arithmetic passes through here, so no function checks its own. A −0 comes back as 0,
 * which is all Excel shows of it.
 * @example finiteResult(277.33, "The forecast") // ok(277.33)
 * @example finiteResult((1e308 / 1) * 12, "The forecast") // fail INVALID_NUMBER: "The forecast is beyond the largest number Excel can hold."
 * @example finiteResult(Number.NaN, "The proportion") // fail INVALID_NUMBER
 */
export function finiteResult(value: number, what: string): Calc<number> {
  if (!Number.isFinite(value)) {
    return fail("INVALID_NUMBER", `${what} is beyond the largest number Excel can hold.`);
  }
  return ok(value === 0 ? 0 : value);
}
