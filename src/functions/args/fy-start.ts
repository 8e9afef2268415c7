import { fail, type Calc } from "../../domain/result/calc";
import { optionalNumber } from "./cells";

/** The optional fy_start_month argument: a month number 1–12, April (4) when omitted. */
export function fyStartFrom(value: unknown): Calc<number> {
  const start = optionalNumber(value, 4, "fy_start_month");
  if (!start.ok) return start;
  if (!Number.isInteger(start.value) || start.value < 1 || start.value > 12) {
    return fail(
      "INVALID_NUMBER",
      `fy_start_month is ${start.value}; give a month number from 1 to 12 (4 is April).`
    );
  }
  return start;
}
