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

/** The ways one indicator is read at a reporting month. */
export type FigureKind = "month" | "ytd" | "rolling12" | "annualised" | "forecast";
