import type { IndicatorDef, Unit } from "../../domain/indicators/indicator-def";
import type { CellReading } from "../../domain/cell/read-cell";
import { NO_VALUE, problemOutcome, valueOutcome, type CellOutcome } from "../cell/cell-outcome";
import { percentFromFraction } from "../../domain/format/percent-scale";
import { vocabulary } from "../../domain/text/vocabulary";

const UNIT_NAMES: Readonly<Record<Unit, string>> = {
  percent: "a percentage",
  per10k: "a rate per 10,000 children",
  days: "a number of days",
  ratio: "a ratio",
  count: "a count",
};

/** Text that says "no figure" as plainly as a blank cell does. */
const NOT_APPLICABLE = vocabulary({ none: ["n/a", "na", "none", "not applicable", "no target"] });

/**
 * Reads a number in an indicator's unit: a comparator, a band edge or a threshold. For a
 * percentage, 22.6, "22.6%" and 0.226 shown as a percentage all mean 22.6; a bare 0.226 is
 * refused because it could be 0.226% or 22.6%. Markers, errors and text are reported, never used;
 * blank and "n/a" are simply no value.
 * @example readUnitValue({ kind: "number", value: 22.6, percent: true }, def, "England") // value 22.6
 * @example readUnitValue({ kind: "number", value: 0.226, percent: false }, def, "England").kind // "problem"
 */
export function readUnitValue(
  reading: CellReading,
  def: IndicatorDef,
  what: string
): CellOutcome<number> {
  switch (reading.kind) {
    case "blank":
      return NO_VALUE;
    case "suppressed":
      return problemOutcome(
        "warning",
        "SUPPRESSED_VALUE",
        `The ${what} for ${def.name} is suppressed ("${reading.marker}"), so it is not used.`
      );
    case "error":
      return problemOutcome(
        "warning",
        "EXCEL_ERROR_VALUE",
        `The ${what} for ${def.name} is the error ${reading.text}, so it is not used.`
      );
    case "boolean":
      return problemOutcome(
        "warning",
        "BOOLEAN_NOT_NUMBER",
        `The ${what} for ${def.name} is ${reading.value ? "TRUE" : "FALSE"}, not a number, so it is not used.`
      );
    case "text":
      if (NOT_APPLICABLE.lookup(reading.text) !== undefined) return NO_VALUE;
      return problemOutcome(
        "warning",
        "TEXT_NOT_NUMBER",
        `The ${what} for ${def.name} is "${reading.text}", not a number, so it is not used.`
      );
    case "number":
      return def.unit === "percent"
        ? percentValue(reading.value, reading.percent, def, what)
        : unitValue(reading.value, reading.percent, def, what);
  }
}

function percentValue(
  value: number,
  percent: boolean,
  def: IndicatorDef,
  what: string
): CellOutcome<number> {
  if (!percent && value > 0 && value < 1) {
    const scaled = percentFromFraction(value);
    return problemOutcome(
      "warning",
      "BAD_COMPARATOR_VALUE",
      `${value} looks like a fraction; write ${scaled} or ${scaled}% (the ${what} for ${def.name} is a percentage). It is not used.`
    );
  }
  if (value < 0 || value > 100) {
    return problemOutcome(
      "warning",
      "PERCENT_OUT_OF_RANGE",
      `The ${what} for ${def.name} is ${value}%, outside 0–100%, so it is not used.`
    );
  }
  return valueOutcome(value);
}

function unitValue(
  value: number,
  percent: boolean,
  def: IndicatorDef,
  what: string
): CellOutcome<number> {
  if (percent) {
    return problemOutcome(
      "warning",
      "BAD_COMPARATOR_VALUE",
      `The ${what} for ${def.name} is written as a percentage (${value}%), but ${def.name} is ${UNIT_NAMES[def.unit]}; it is not used.`
    );
  }
  if (value < 0) {
    return problemOutcome(
      "warning",
      "BAD_COMPARATOR_VALUE",
      `The ${what} for ${def.name} is negative (${value}); ${UNIT_NAMES[def.unit]} cannot be, so it is not used.`
    );
  }
  return valueOutcome(value);
}
