import type { MeasureId } from "../measures/measure-def";
import type { MonthKey } from "../period/month";

/**
 * A figure printed beside the counts: a "% Mnth" or "% YTD" column (of an indicator), or a "YTD" or
 * "Total" column (of a measure). Percentages are 0–100.
 */
export type ReportedFigure = ReportedPercent | ReportedCount;

/** A "% Mnth" or "% YTD" figure of an indicator. */
export interface ReportedPercent {
  readonly kind: "percentMonth" | "percentYtd";
  readonly indicator: string;
  readonly month: MonthKey;
  readonly value: number;
  /** Decimal places shown; inferred from the value when absent. */
  readonly decimals?: number;
  /** Where the sheet reader found it (opaque text, e.g. "E14"), so findings can name it. */
  readonly cell?: string;
  /**
   * The analyst's own label of the line it was read from ("% YTD" under "Refs"), so findings name
   * it as the analyst wrote it rather than by the catalogue's id.
   */
  readonly label?: string;
}

/** A "YTD" or "Total" figure of a measure. */
export interface ReportedCount {
  readonly kind: "ytd" | "total";
  readonly measure: MeasureId;
  readonly month: MonthKey;
  /** First month a "total" covers; the financial year's first month unless told. */
  readonly from?: MonthKey;
  readonly value: number;
  readonly decimals?: number;
  readonly cell?: string;
  /** The analyst's own label of the measure's line ("Refs"). */
  readonly label?: string;
}

/** @example isReportedPercent({ kind: "percentYtd", indicator: "rereferral_pct", month, value: 22 }) // true */
export function isReportedPercent(figure: ReportedFigure): figure is ReportedPercent {
  return figure.kind === "percentMonth" || figure.kind === "percentYtd";
}

/**
 * Decimal places a number appears to be shown to: 30.1 → 1, 28 → 0.
 * @example inferDecimals(30.1) // 1
 */
export function inferDecimals(value: number): number {
  const text = String(Math.abs(value));
  if (text.includes("e")) return 0;
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : Math.min(text.length - dot - 1, 6);
}
