import { formatNumber } from "../format/format-number";
import type { Figure } from "../indicators/figure";
import { formatMonth } from "../period/month";
import { inferDecimals, isReportedPercent, type ReportedFigure } from "./reported-figure";

export type FindingStatus = "agrees" | "disagrees" | "uncheckable";

/** The verdict on one reported figure. */
export interface Finding {
  readonly figure: ReportedFigure;
  readonly status: FindingStatus;
  /** The recomputed value (unrounded), or `null` when it cannot be computed. */
  readonly recomputed: number | null;
  readonly message: string;
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
 * when the figure cannot be checked.
 * @example judge({ kind: "ytd", measure: "cpp_starts", month, value: 14, cell: "K7" }, recomputed).message // "YTD of cpp_starts for Dec-13 (K7) reads 14 but the counts give 268."
 */
export function judge(figure: ReportedFigure, recomputed: Figure | string): Finding {
  const status = verdict(figure, recomputed);
  const label = describeFigure(figure);
  if (typeof recomputed === "string") {
    return {
      figure,
      status,
      recomputed: null,
      message: `${label} cannot be checked: ${recomputed}`,
    };
  }
  if (status === "uncheckable") {
    const missing = recomputed.missingMonths.map(formatMonth).join(", ");
    const why =
      missing === ""
        ? (recomputed.problem?.detail ?? "it cannot be recomputed.")
        : `the data has no ${missing}.`;
    return {
      figure,
      status,
      recomputed: null,
      message: `${label} cannot be checked: ${why}`,
    };
  }
  const value = recomputed.value ?? 0;
  if (status === "agrees")
    return { figure, status, recomputed: value, message: `${label} agrees with the counts.` };
  const decimals = figure.decimals ?? inferDecimals(figure.value);
  const shown = formatNumber(value, isReportedPercent(figure) ? Math.max(decimals, 1) : decimals);
  return {
    figure,
    status,
    recomputed: value,
    message: `${label} reads ${formatNumber(figure.value, decimals)} but the counts give ${shown}.`,
  };
}

/**
 * How findings name a reported figure: its kind, indicator or measure, month and cell.
 * @example describeFigure({ kind: "ytd", measure: "referrals", month: monthKey(2015, 12), value: 1999, cell: "AC4" }) // "YTD of referrals for Dec-15 (AC4)"
 */
export function describeFigure(figure: ReportedFigure): string {
  const where = figure.cell === undefined ? "" : ` (${figure.cell})`;
  const prefix = { percentMonth: "% Mnth", percentYtd: "% YTD", ytd: "YTD", total: "Total" }[
    figure.kind
  ];
  const what = `${prefix} of ${isReportedPercent(figure) ? figure.indicator : figure.measure}`;
  return `${what} for ${formatMonth(figure.month)}${where}`;
}
