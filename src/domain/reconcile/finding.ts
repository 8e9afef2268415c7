import type { Figure } from "../indicators/figure";
import { listMonths } from "../period/month-list";
import {
  BUILT_IN_NAMES,
  describeFigure,
  recomputedNumber,
  reportedNumber,
  type FigureNames,
} from "./figure-words";
import { inferDecimals, type ReportedFigure } from "./reported-figure";

export { describeFigure } from "./figure-words";

export type FindingStatus = "agrees" | "disagrees" | "uncheckable";

/** The verdict on one reported figure. */
export interface Finding {
  readonly figure: ReportedFigure;
  readonly status: FindingStatus;
  /** The recomputed value (unrounded), or `null` when it cannot be computed. */
  readonly recomputed: number | null;
  readonly message: string;
  /** Why an uncheckable figure cannot be checked ("the data has no April 2013 or May 2013"). */
  readonly reason?: string;
  /** Set by disclosure control: the figure is built on a small count, so no number of it is quoted. */
  readonly withheld?: true;
}

const EPSILON = 1e-9;

/**
 * Whether a recomputed value agrees with a reported figure within the rounding the figure is shown
 * to: a figure shown to 1 dp agrees when they differ by at most 0.05.
 * @example agreement({ kind: "percentMonth", indicator: "contacts_to_referral_pct", month, value: 33.9, decimals: 1 }, 36.5) // "disagrees"
 */
export function agreement(figure: ReportedFigure, value: number): "agrees" | "disagrees" {
  const decimals = figure.decimals ?? inferDecimals(figure.value);
  const tolerance = 0.5 * 10 ** -decimals + EPSILON * Math.max(1, Math.abs(figure.value));
  return Math.abs(value - figure.value) <= tolerance ? "agrees" : "disagrees";
}

/**
 * A reported figure's status against its recomputation: uncheckable when it cannot be recomputed,
 * or only from part of its window; otherwise its `agreement`.
 * @example verdict(figure, "The indicator \"x\" is not in the catalogue.") // "uncheckable"
 */
export function verdict(figure: ReportedFigure, recomputed: Figure | string): FindingStatus {
  if (typeof recomputed === "string" || recomputed.incomplete || recomputed.value === null)
    return "uncheckable";
  return agreement(figure, recomputed.value);
}

/**
 * The finding on a reported figure, with a message naming both values when they disagree and why
 * when the figure cannot be checked, in the analyst's labels and the long month style.
 * @example judge({ kind: "ytd", measure: "cpp_starts", month, value: 14, cell: "K7", label: "New CPP" }, recomputed).message // "YTD of New CPP for December 2013 (K7) reads 14 but the counts give 268."
 */
export function judge(
  figure: ReportedFigure,
  recomputed: Figure | string,
  names: FigureNames = BUILT_IN_NAMES
): Finding {
  const status = verdict(figure, recomputed);
  const label = describeFigure(figure, names);
  if (typeof recomputed === "string") {
    const reason = recomputed.replace(/\.$/, "");
    return {
      figure,
      status,
      recomputed: null,
      message: `${label} cannot be checked: ${reason}.`,
      reason,
    };
  }
  if (status === "uncheckable") {
    const reason =
      recomputed.missingMonths.length === 0
        ? (recomputed.problem?.detail ?? "it cannot be recomputed").replace(/\.$/, "")
        : `the data has no ${listMonths(recomputed.missingMonths, "or")}`;
    return {
      figure,
      status,
      recomputed: null,
      message: `${label} cannot be checked: ${reason}.`,
      reason,
    };
  }
  const value = recomputed.value ?? 0;
  if (status === "agrees")
    return { figure, status, recomputed: value, message: `${label} agrees with the counts.` };
  return {
    figure,
    status,
    recomputed: value,
    message: `${label} reads ${reportedNumber(figure)} but the counts give ${recomputedNumber(figure, value)}.`,
  };
}
