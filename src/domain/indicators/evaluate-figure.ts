import { formatMonth, type MonthKey } from "../period/month";
import type { CalcError } from "../result/calc";
import { stocksAt, sumFlows } from "../series/aggregate";
import { valueAt, type MeasureTable } from "../series/measure-table";
import {
  monthWindow,
  quarterWindow,
  rolling12Window,
  yearToDateWindow,
  type MonthWindow,
} from "../series/window";
import type { CountedFigure, FigureKind } from "./figure";
import type { FormulaShape } from "./formula-shape";

/** What a figure is computed from besides the formula. */
export interface EvaluationContext {
  readonly table: MeasureTable;
  readonly fyStartMonth: number;
  /** Child population used when the data has no population row (or none at or before the month). */
  readonly population: number | null;
}

interface Side {
  /** The raw total (flow) or month-end value (stock). */
  readonly raw: number;
  /** The value used in the division: annualised for the flow side of a mixed formula. */
  readonly used: number;
}

interface Sides {
  readonly numerator: Side | null;
  readonly denominator: Side | null;
  readonly missingMonths: readonly MonthKey[];
  readonly window: MonthWindow;
  /** The smallest non-zero count read for either side (see `CountedFigure.smallestCount`). */
  readonly smallest: number | null;
}

/**
 * Computes one figure of an indicator at a month. Window rules, by shape:
 * - count of a flow: the window's total; `annualised` and `forecast` scale it by 12 ÷ months present.
 * - count of a stock, ratio of stocks, rate of a stock: the month-end value, whatever the window.
 * - ratio of flows: Σnumerator ÷ Σdenominator over the window (never a mean of monthly ratios).
 * - mixed (rate of a flow, turnover): the flow side annualised over the window; `month` and
 *   `annualised` use the rolling 12 months when the data reaches back 12 months, else the year to date.
 * Returns `null` for a figure that does not apply (the forecast of a percentage).
 * @example evaluateFigure(shape, ctx, monthKey(2013, 12), "ytd")?.value // 84.70... for Croydon's referrals to assessment
 */
export function evaluateFigure(
  shape: FormulaShape,
  ctx: EvaluationContext,
  month: MonthKey,
  kind: FigureKind
): CountedFigure | null {
  const flowCount = shape.denominatorKind === null && shape.numeratorKind === "flow";
  if ((kind === "annualised" && !flowCount && !shape.mixed) || (kind === "forecast" && !flowCount))
    return null;
  const window = windowFor(shape, ctx, month, kind);
  const annualiseCount = kind === "annualised" || kind === "forecast";
  return toFigure(shape, readSides(shape, ctx, window, annualiseCount));
}

function windowFor(
  shape: FormulaShape,
  ctx: EvaluationContext,
  month: MonthKey,
  kind: FigureKind
): MonthWindow {
  const flowCount = shape.denominatorKind === null && shape.numeratorKind === "flow";
  switch (kind) {
    case "month":
      return shape.mixed ? annualisationWindow(shape, ctx, month) : monthWindow(month);
    case "quarter":
      return quarterWindow(month, ctx.fyStartMonth);
    case "ytd":
    case "forecast":
      return yearToDateWindow(month, ctx.fyStartMonth);
    case "rolling12":
      return rolling12Window(month);
    case "annualised":
      return flowCount || shape.mixed ? annualisationWindow(shape, ctx, month) : monthWindow(month);
  }
}

function annualisationWindow(
  shape: FormulaShape,
  ctx: EvaluationContext,
  month: MonthKey
): MonthWindow {
  const flows = shape.numeratorKind === "flow" ? [shape.numerator] : shape.denominators;
  const rolling = rolling12Window(month);
  const reachesBack = flows.every((id) => {
    const first = ctx.table.firstMonth.get(id);
    return first !== undefined && first <= rolling.from;
  });
  return reachesBack ? rolling : yearToDateWindow(month, ctx.fyStartMonth);
}

function readSides(
  shape: FormulaShape,
  ctx: EvaluationContext,
  window: MonthWindow,
  annualiseCount: boolean
): Sides {
  if (shape.denominatorKind === null) {
    return shape.numeratorKind === "flow"
      ? flowSides(ctx, [shape.numerator], [], window, annualiseCount)
      : stockSides(ctx, [shape.numerator], [], window);
  }
  if (!shape.mixed) {
    return shape.numeratorKind === "flow"
      ? flowSides(ctx, [shape.numerator], shape.denominators, window, false)
      : stockSides(
          ctx,
          [shape.numerator],
          shape.usesPopulation ? [] : shape.denominators,
          window,
          shape.usesPopulation
        );
  }
  const flowIsNumerator = shape.numeratorKind === "flow";
  const flow = flowSides(
    ctx,
    flowIsNumerator ? [shape.numerator] : shape.denominators,
    [],
    window,
    true
  );
  const stock = shape.usesPopulation
    ? stockSides(ctx, [], [], window, true)
    : stockSides(ctx, flowIsNumerator ? shape.denominators : [shape.numerator], [], window);
  const missingMonths =
    stock.missingMonths.length === 0
      ? flow.missingMonths
      : [...new Set([...flow.missingMonths, ...stock.missingMonths])].sort((a, b) => a - b);
  const stockSide = shape.usesPopulation ? stock.denominator : stock.numerator;
  const smallest = smaller(flow.smallest, stock.smallest);
  return flowIsNumerator
    ? { numerator: flow.numerator, denominator: stockSide, missingMonths, window, smallest }
    : { numerator: stockSide, denominator: flow.numerator, missingMonths, window, smallest };
}

/** Totals flows over the window; with `annualise`, the numerator's used value is scaled by 12 ÷ months present. */
function flowSides(
  ctx: EvaluationContext,
  numerators: readonly string[],
  denominators: readonly string[],
  window: MonthWindow,
  annualise: boolean
): Sides {
  const ids = [...numerators, ...denominators];
  const { totals, monthsPresent, missingMonths } = sumFlows(ctx.table, ids, window);
  if (monthsPresent === 0)
    return { numerator: null, denominator: null, missingMonths, window, smallest: null };
  const num = totals.slice(0, numerators.length).reduce((a, b) => a + b, 0);
  const den = totals.slice(numerators.length).reduce((a, b) => a + b, 0);
  const factor = annualise ? 12 / monthsPresent : 1;
  return {
    numerator: { raw: num, used: num * factor },
    denominator: denominators.length > 0 ? { raw: den, used: den } : null,
    missingMonths,
    window,
    smallest: smallestMonthly(ctx.table, ids, window, missingMonths),
  };
}

/**
 * The smallest non-zero monthly value of the flows over the months their totals add up (months
 * missing for any of them are in no total, so they give nothing away).
 */
function smallestMonthly(
  table: MeasureTable,
  ids: readonly string[],
  window: MonthWindow,
  missingMonths: readonly MonthKey[]
): number | null {
  const missing = new Set(missingMonths);
  let smallest: number | null = null;
  for (let month = window.from; month <= window.to; month = (month + 1) as MonthKey) {
    if (missing.has(month)) continue;
    for (const id of ids) smallest = smaller(smallest, valueAt(table, id, month));
  }
  return smallest;
}

/** The smaller of two counts, ignoring zeros and absences: a 0 discloses no one. */
function smaller(a: number | null, b: number | null): number | null {
  const usable = (x: number | null): x is number => x !== null && x > 0;
  if (!usable(a)) return usable(b) ? b : null;
  return usable(b) && b < a ? b : a;
}

/** Reads stocks at the window's last month; with `population`, the denominator is the child population. */
function stockSides(
  ctx: EvaluationContext,
  numerators: readonly string[],
  denominators: readonly string[],
  window: MonthWindow,
  population = false
): Sides {
  const month = window.to;
  const read = stocksAt(ctx.table, [...numerators, ...denominators], month);
  if (read.values === null)
    return {
      numerator: null,
      denominator: null,
      missingMonths: read.missingMonths,
      window,
      smallest: null,
    };
  const num = read.values.slice(0, numerators.length).reduce((a, b) => a + b, 0);
  const den = read.values.slice(numerators.length).reduce((a, b) => a + b, 0);
  const pop = population ? populationAt(ctx, month) : null;
  if (population && pop === null)
    return { numerator: null, denominator: null, missingMonths: [month], window, smallest: null };
  const denominator = pop !== null ? pop : denominators.length > 0 ? den : null;
  return {
    numerator: numerators.length > 0 ? { raw: num, used: num } : null,
    denominator: denominator === null ? null : { raw: denominator, used: denominator },
    missingMonths: [],
    window,
    smallest: [...read.values, pop].reduce<number | null>((a, b) => smaller(a, b), null),
  };
}

/**
 * Population estimates are annual, so a population row is carried forward from its latest value at
 * or before the month; before its first value, the population setting applies.
 */
function populationAt(ctx: EvaluationContext, month: MonthKey): number | null {
  const row = ctx.table.values.get("population");
  if (row !== undefined) {
    for (
      let m = Math.min(month, ctx.table.first + ctx.table.length - 1);
      m >= ctx.table.first;
      m--
    ) {
      const v = valueAt(ctx.table, "population", m as MonthKey);
      if (v !== null) return v;
    }
  }
  return ctx.population;
}

function toFigure(shape: FormulaShape, sides: Sides): CountedFigure {
  const num = sides.numerator;
  const den = sides.denominator;
  let value: number | null = null;
  let problem: CalcError | null = null;
  if (shape.denominatorKind === null) {
    value = num === null ? null : num.used;
    if (num === null) problem = noData(shape, sides);
  } else if (num === null || den === null) {
    problem = noData(shape, sides);
  } else {
    const ratio = den.used === 0 ? Number.NaN : (num.used / den.used) * shape.scale;
    if (Number.isFinite(ratio)) value = ratio;
    else problem = divByZero(shape, sides);
  }
  return {
    value,
    incomplete: sides.missingMonths.length > 0,
    missingMonths: sides.missingMonths,
    window: sides.window,
    numerator: num === null ? null : num.raw,
    denominator: den === null ? null : den.raw,
    problem,
    smallestCount: sides.smallest,
  };
}

function describeWindow(window: MonthWindow): string {
  return window.from === window.to
    ? formatMonth(window.to)
    : `${formatMonth(window.from)} to ${formatMonth(window.to)}`;
}

function noData(shape: FormulaShape, sides: Sides): CalcError {
  const measures = [shape.numerator, ...shape.denominators].join(", ");
  return { code: "NO_DATA", detail: `No data for ${measures} in ${describeWindow(sides.window)}.` };
}

function divByZero(shape: FormulaShape, sides: Sides): CalcError {
  const what = shape.usesPopulation ? "the child population" : shape.denominators.join(" + ");
  return {
    code: "DIV_BY_ZERO",
    detail: `${what} is 0 in ${describeWindow(sides.window)}, so there is nothing to divide by.`,
  };
}
