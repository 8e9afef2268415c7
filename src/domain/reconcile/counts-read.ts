import { POPULATION_MEASURE, type FormulaShape } from "../indicators/formula-shape";
import type { MeasureId } from "../measures/measure-def";
import type { MonthKey } from "../period/month";
import type { MeasureTable } from "../series/measure-table";
import { monthWindow, rolling12Window, yearToDateWindow, type MonthWindow } from "../series/window";
import { statedFrom } from "./recompute-reported";
import type { ReportedFigure } from "./reported-figure";

/** A run of months of one measure (inclusive). */
export interface CountsRun {
  readonly measure: MeasureId;
  readonly from: MonthKey;
  readonly to: MonthKey;
}

/**
 * The month whose population a rate at `month` divides by: populations are carried forward from
 * their latest month at or before it (as the engine reads them), or `null` when there is none.
 */
export type CarriedPopulation = (month: MonthKey) => MonthKey | null;

/**
 * Where the population a rate uses comes from, for every month at once: one pass over the table
 * rather than a search back from each figure's month.
 * @example carriedPopulation(table)(monthKey(2016, 3)) // monthKey(2015, 4) when the row holds April only
 */
export function carriedPopulation(table: MeasureTable): CarriedPopulation {
  const row = table.values.get(POPULATION_MEASURE);
  const latest = new Int32Array(table.length).fill(-1);
  for (let i = 0, last = -1; row !== undefined && i < table.length; i++) {
    if ((row[i] ?? null) !== null) last = i;
    latest[i] = last;
  }
  return (month) => {
    if (table.length === 0 || month < table.first) return null;
    const index = latest[Math.min(month - table.first, table.length - 1)] ?? -1;
    return index < 0 ? null : ((table.first + index) as MonthKey);
  };
}

/**
 * Every count a reported figure's recomputation (`recomputeReported`) can read, by the engine's
 * window rules: the formula's measures over the figure's window (a rate of a flow looks back up to
 * twelve months to annualise) and, for a rate, the population month it is carried from. Correcting
 * any other count leaves the figure as it was, so a reconciliation tries a correction on the figures
 * that read it alone. A run may cover more than is read (costing time only), never less.
 * @example countsRead({ kind: "percentMonth", indicator: "contacts_to_referral_pct", month, value: 30.1 }, shape, 4, carried) // [{ measure: "referrals", from: month, to: month }, { measure: "contacts", from: month, to: month }]
 */
export function countsRead(
  figure: ReportedFigure,
  shape: FormulaShape,
  fyStartMonth: number,
  carried: CarriedPopulation
): CountsRun[] {
  const window = windowRead(figure, shape, fyStartMonth);
  const runs: CountsRun[] = [...new Set([shape.numerator, ...shape.denominators])].map(
    (measure) => ({ measure, from: window.from, to: window.to })
  );
  const population = shape.usesPopulation ? carried(window.to) : null;
  if (population !== null)
    runs.push({ measure: POPULATION_MEASURE, from: population, to: population });
  return runs;
}

function windowRead(
  figure: ReportedFigure,
  shape: FormulaShape,
  fyStartMonth: number
): MonthWindow {
  switch (figure.kind) {
    case "percentMonth":
      // A rate of a flow annualises the rolling twelve months, or the year to date inside them.
      return shape.mixed ? rolling12Window(figure.month) : monthWindow(figure.month);
    case "percentYtd":
    case "ytd":
      return yearToDateWindow(figure.month, fyStartMonth);
    case "total":
      return shape.numeratorKind === "flow"
        ? { from: statedFrom(figure, fyStartMonth), to: figure.month }
        : monthWindow(figure.month);
  }
}
