import type { PolarityKind } from "../../domain/indicators/indicator-def";
import { parsePolarity } from "../../domain/indicators/polarity-label";
import { fail, ok, type Calc } from "../../domain/result/calc";
import { describe } from "./cells";

/** "higher"/"H", "lower"/"L", "range"/"R", in any case; a worksheet rating has no "context". */
export function polarityFrom(value: unknown): Calc<PolarityKind> {
  const polarity = typeof value === "string" ? parsePolarity(value) : undefined;
  return polarity !== undefined && polarity !== "context"
    ? ok(polarity)
    : fail(
        "INVALID_INPUT",
        `polarity is ${describe(value)}; use "higher" (or H), "lower" (or L) or "range" (or R).`
      );
}
