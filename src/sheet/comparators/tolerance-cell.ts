import type { Tolerance } from "../../domain/compare/rag";
import { fail, ok, type Calc } from "../../domain/result/calc";
import type { CellReading } from "../../domain/cell/read-cell";
import { parseToleranceType, type ToleranceType } from "../../domain/compare/tolerance-type";
import { tooLargeToBeReal } from "../../domain/arithmetic/finite";
import { fractionFromPercent, percentFromFraction } from "../../domain/format/percent-scale";

// A number then a unit: "2 points", "1.5pp"; the unit must be one of the absolute tolerance types.
const AMOUNT_WITH_UNIT = /^(\d+(?:\.\d+)?)\s*(\D.*)$/;

/**
 * Reads a tolerance cell. "5%" (or 0.05 shown as a percentage) is 5% of the comparator; with the
 * type absolute, or written "2 points", the number is an amount in the indicator's unit. A bare
 * number with no type is refused rather than guessed: 5 could be 5% or 5 points. With type
 * relative, 5 is 5%, and a bare 0.05 is refused as looking like a fraction. Blank is `null`. A
 * tolerance past what could be meant is refused too: more than 100% of the comparator would never
 * rate Red, and an amount too large to be real would overflow every sum built on it.
 * @example readTolerance({ kind: "number", value: 5, percent: true }, undefined) // ok({ kind: "relative", fraction: 0.05 })
 * @example readTolerance({ kind: "text", text: "2 points" }, undefined) // ok({ kind: "absolute", amount: 2 })
 */
export function readTolerance(
  reading: CellReading,
  type: ToleranceType | undefined,
  percentIsPoints = true
): Calc<Tolerance | null> {
  if (reading.kind === "blank") return ok(null);
  if (reading.kind === "text") {
    const match = AMOUNT_WITH_UNIT.exec(reading.text.trim());
    if (match !== null && parseToleranceType(match[2] ?? "") === "absolute")
      return ok({ kind: "absolute", amount: Number(match[1]) });
    return fail(
      "INVALID_INPUT",
      `"${reading.text}" is not a tolerance; write 5% for 5% of the comparator, or 2 points for an amount in the indicator's unit.`
    );
  }
  if (reading.kind !== "number") {
    return fail(
      "INVALID_INPUT",
      "This is not a tolerance; write 5% for 5% of the comparator, or 2 points for an amount in the indicator's unit."
    );
  }
  const { value, percent } = reading;
  if (value < 0) return fail("INVALID_INPUT", `A tolerance cannot be negative (${value}).`);
  if (tooLargeToBeReal(value)) {
    return fail(
      "INVALID_NUMBER",
      `A tolerance of ${value} is too large to be real; write 5% for 5% of the comparator, or 2 points for an amount in the indicator's unit.`
    );
  }
  if (type === "absolute") {
    if (percent && !percentIsPoints) {
      return fail(
        "INVALID_INPUT",
        `${value}% is a percentage, but the tolerance type is absolute and this indicator is not a percentage; write the amount in its unit.`
      );
    }
    return ok({ kind: "absolute", amount: value });
  }
  if ((percent || type === "relative") && value > 100) {
    return fail(
      "INVALID_INPUT",
      `A tolerance of ${value}% of the comparator would never rate Red; write 100% or less.`
    );
  }
  if (percent) return ok({ kind: "relative", fraction: asFraction(value) });
  if (type === "relative") {
    if (value > 0 && value < 1) {
      return fail(
        "INVALID_INPUT",
        `${value} looks like a fraction; write ${times100(value)} or ${times100(value)}% for ${times100(value)}% of the comparator.`
      );
    }
    return ok({ kind: "relative", fraction: asFraction(value) });
  }
  return fail(
    "INVALID_INPUT",
    `A tolerance of ${value} could be ${value}% of the comparator or ${value} in the indicator's unit; write ${value}% or ${value} points, or give the tolerance type.`
  );
}

function asFraction(percent: number): number {
  return fractionFromPercent(percent);
}

function times100(value: number): number {
  return percentFromFraction(value);
}
