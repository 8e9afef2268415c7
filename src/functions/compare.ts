import { directionOfTravel, type Direction } from "../domain/compare/direction-of-travel";
import { DEFAULT_TOLERANCE, rateIndicator, type Tolerance } from "../domain/compare/rag";
import { parseToleranceType, TOLERANCE_TYPE_WORDS } from "../domain/compare/tolerance-type";
import { variance } from "../domain/compare/variance";
import { finiteResult } from "../domain/arithmetic/finite";
import type { Band, IndicatorDef, PolarityKind } from "../domain/indicators/indicator-def";
import { fail, ok, type Calc } from "../domain/result/calc";
import { cellsOf, isBlank, numberFrom, optionalNumber, optionalText } from "./args/cells";
import { polarityFrom } from "./args/polarity";

export function excelVariance(
  value: unknown,
  comparator: unknown,
  relative: unknown
): Calc<number> {
  const v = numberFrom(value, "value");
  if (!v.ok) return v;
  const c = numberFrom(comparator, "comparator");
  if (!c.ok) return c;
  if (!isBlank(relative) && typeof relative !== "boolean") {
    return fail("INVALID_INPUT", "relative must be TRUE or FALSE.");
  }
  const result = variance(v.value, c.value, "context");
  if (relative !== true) return finiteResult(result.absolute, "The variance");
  if (c.value === 0)
    return fail("DIV_BY_ZERO", "The comparator is 0, so there is no relative variance.");
  // With the comparator not 0, variance() leaves the relative variance out only when the ratio
  // overflowed (5.7 against 1e-320): that is #NUM!, never Infinity in the cell.
  return finiteResult(result.relative ?? Number.NaN, "The relative variance");
}

/** A target as one number, or for a range polarity a band given as two cells (low, high). */
function bandOrTarget(
  target: unknown,
  polarity: PolarityKind
): Calc<{ target?: number; band?: Band }> {
  const cells = cellsOf(target).filter((c) => !isBlank(c));
  if (polarity === "range") {
    if (cells.length !== 2) {
      return fail(
        "INVALID_INPUT",
        "A range polarity needs a band as target: select two cells, the low and high ends."
      );
    }
    const low = numberFrom(cells[0], "The band's low end");
    if (!low.ok) return low;
    const high = numberFrom(cells[1], "The band's high end");
    if (!high.ok) return high;
    if (low.value > high.value)
      return fail("INVALID_INPUT", "The band's low end is above its high end.");
    return ok({ band: { low: low.value, high: high.value } });
  }
  if (cells.length !== 1) return fail("INVALID_INPUT", "target must be one number.");
  const t = numberFrom(cells[0], "target");
  return t.ok ? ok({ target: t.value }) : t;
}

function toleranceFrom(tolerance: unknown, toleranceType: unknown): Calc<Tolerance> {
  const type = optionalText(toleranceType, "relative", "tolerance_type");
  if (!type.ok) return type;
  const kind = parseToleranceType(type.value);
  if (kind === undefined) {
    return fail("INVALID_INPUT", `tolerance_type is "${type.value}"; use ${TOLERANCE_TYPE_WORDS}.`);
  }
  if (isBlank(tolerance)) {
    return kind === "relative"
      ? ok(DEFAULT_TOLERANCE)
      : fail("INVALID_INPUT", "An absolute tolerance needs a tolerance.");
  }
  const amount = numberFrom(tolerance, "tolerance");
  if (!amount.ok) return amount;
  if (amount.value < 0) return fail("INVALID_NUMBER", "tolerance cannot be negative.");
  if (kind === "absolute") return ok({ kind: "absolute", amount: amount.value });
  if (amount.value > 1) {
    return fail(
      "INVALID_NUMBER",
      `A relative tolerance is a fraction: write 5% or 0.05, not ${amount.value}.`
    );
  }
  return ok({ kind: "relative", fraction: amount.value });
}

/** The engine rates catalogue indicators; a formula's ad hoc value is rated as an unnamed one. */
function adHocIndicator(polarity: PolarityKind, band: Band | undefined): IndicatorDef {
  const def: IndicatorDef = {
    name: "The value",
    section: "frontDoor",
    formula: { kind: "count", measure: "value" },
    unit: "count",
    polarity,
    decimals: 2,
    definition: "A value rated in a worksheet formula.",
    source: "local",
  };
  return band === undefined ? def : { ...def, band };
}

export function excelRag(
  value: unknown,
  target: unknown,
  polarity: unknown,
  tolerance: unknown,
  toleranceType: unknown
): Calc<string> {
  const v = numberFrom(value, "value");
  if (!v.ok) return v;
  const p = polarityFrom(polarity);
  if (!p.ok) return p;
  const line = bandOrTarget(target, p.value);
  if (!line.ok) return line;
  const t = toleranceFrom(tolerance, toleranceType);
  if (!t.ok) return t;
  const def = adHocIndicator(p.value, line.value.band);
  const rag =
    p.value === "range"
      ? rateIndicator(v.value, def, {}, { kind: "band", tolerance: t.value })
      : rateIndicator(
          v.value,
          def,
          { target: line.value.target ?? null },
          { kind: "target", tolerance: t.value }
        );
  return rag.rating === "Not rated" ? fail("NO_DATA", rag.reason) : ok(rag.rating);
}

export function excelDot(
  current: unknown,
  previous: unknown,
  polarity: unknown,
  threshold: unknown
): Calc<Direction> {
  const now = numberFrom(current, "current");
  if (!now.ok) return now;
  const before = numberFrom(previous, "previous");
  if (!before.ok) return before;
  const p = polarityFrom(polarity);
  if (!p.ok) return p;
  if (p.value === "range") {
    return fail(
      "INVALID_INPUT",
      "Direction of travel needs a polarity of higher or lower: for a range, better depends on a band."
    );
  }
  const t = optionalNumber(threshold, 0, "threshold");
  if (!t.ok) return t;
  if (t.value < 0) return fail("INVALID_NUMBER", "threshold cannot be negative.");
  return ok(directionOfTravel(now.value, before.value, p.value, t.value));
}
