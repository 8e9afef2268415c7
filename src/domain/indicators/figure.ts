import type { Withheld } from "../format/suppression";
import type { MonthKey } from "../period/month";
import type { CalcError } from "../result/calc";
import type { MonthWindow } from "../series/window";

/**
 * One computed value of an indicator over one window, with its own completeness. Percent values are
 * percentages 0–100 (22.6 means 22.6%); values are never rounded here.
 */
export interface Figure {
  /** `null` when it cannot be computed; `problem` then says why. Never NaN or Infinity. */
  readonly value: number | null;
  /** True when a month the window needs is missing; the value (if any) uses the months present. */
  readonly incomplete: boolean;
  readonly missingMonths: readonly MonthKey[];
  readonly window: MonthWindow;
  /** The count behind the value (window total of a flow, month-end value of a stock), for disclosure control. */
  readonly numerator: number | null;
  /** The denominator behind a ratio or rate (population for a rate); `null` for a count. */
  readonly denominator: number | null;
  readonly problem: CalcError | null;
}

/**
 * A figure as the engine computes it, with the one thing disclosure control needs beyond its totals:
 * the smallest count inside them. A year to date of 40 with a month of 3 in it gives the 3 away to
 * anyone holding the other months (each was shown in its own month's scorecard), by subtraction.
 */
export interface CountedFigure extends Figure {
  /**
   * The smallest non-zero count the figure is built from: each measure's value in each month it
   * adds up (flows), its month-end value (stocks), and the population of a rate. `null` when it is
   * built from none.
   */
  readonly smallestCount: number | null;
}

/** A figure a scorecard may show, marked so, as opposed to a withheld one. */
export interface ShownFigure extends Figure {
  readonly kind: "shown";
}

/**
 * A figure disclosure control withholds: where and how complete it is, but no number at all, so
 * nothing that receives it can print, compare or chart the value by mistake.
 */
export interface WithheldFigure extends Withheld {
  readonly window: MonthWindow;
  readonly incomplete: boolean;
  readonly missingMonths: readonly MonthKey[];
}

/** A figure as a scorecard may publish it: shown, or withheld under disclosure control. */
export type PublishedFigure = ShownFigure | WithheldFigure;

/** The ways one indicator is read at a reporting month. */
export type FigureKind = "month" | "quarter" | "ytd" | "rolling12" | "annualised" | "forecast";
