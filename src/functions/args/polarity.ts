import type { PolarityKind } from "../../domain/indicators/indicator-def";
import { fail, ok, type Calc } from "../../domain/result/calc";
import { describe } from "./cells";

const POLARITIES: Readonly<Record<string, PolarityKind>> = {
  higher: "higher",
  h: "higher",
  lower: "lower",
  l: "lower",
  range: "range",
  r: "range",
};

/** "higher"/"H", "lower"/"L", "range"/"R", in any case. */
export function polarityFrom(value: unknown): Calc<PolarityKind> {
  const polarity = typeof value === "string" ? POLARITIES[value.trim().toLowerCase()] : undefined;
  return polarity !== undefined
    ? ok(polarity)
    : fail(
        "INVALID_INPUT",
        `polarity is ${describe(value)}; use "higher" (or H), "lower" (or L) or "range" (or R).`
      );
}
