import {
  DEFAULT_SUPPRESSION_THRESHOLD,
  SUPPRESSED_SYMBOL,
  isSmallCount,
} from "../domain/format/suppression";
import { fail, ok, type Calc } from "../domain/result/calc";
import { isBlank, numberFrom, optionalNumber, optionalText } from "./args/cells";

/** A blank stays blank, so the formula can be filled down over rows not yet reported. */
export function excelSuppress(
  value: unknown,
  threshold: unknown,
  symbol: unknown
): Calc<number | string> {
  if (isBlank(value)) return ok("");
  const count = numberFrom(value, "value");
  if (!count.ok) return count;
  const limit = optionalNumber(threshold, DEFAULT_SUPPRESSION_THRESHOLD, "threshold");
  if (!limit.ok) return limit;
  if (limit.value < 0) return fail("INVALID_NUMBER", "threshold cannot be negative.");
  const shown = optionalText(symbol, SUPPRESSED_SYMBOL, "symbol");
  if (!shown.ok) return shown;
  return ok(isSmallCount(count.value, limit.value) ? shown.value : count.value);
}
