import { formatNumber } from "../../domain/format/format-number";
import { isWithheld, SUPPRESSED_SYMBOL } from "../../domain/format/suppression";
import type { PublishedFigure } from "../../domain/indicators/figure";
import type { Unit } from "../../domain/indicators/indicator-def";
import { monthsIn } from "./month-end";

/**
 * The counts behind the month's figure, as the seeds' tables give them beside a percentage: "92 of
 * 416" (re-referrals of referrals). For a rate per 10,000 the count itself (the population is the
 * same on every row): a month-end count, or a flow's over the 12 months its rate is annualised
 * from, with the months it adds up when they are fewer ("1,200 in 9 months").
 * Nothing for a count (the figure is the count), a ratio or a number of days, where "of" would
 * not read true. `c` where the figure is withheld: its counts are what disclosure control keeps back.
 * @example countsLabel(figure /* 92 re-referrals, 416 referrals *\/, "percent", false) // "92 of 416"
 */
export function countsLabel(figure: PublishedFigure, unit: Unit, flow: boolean): string {
  if (isWithheld(figure)) return SUPPRESSED_SYMBOL;
  const { numerator, denominator } = figure;
  if (figure.value === null || numerator === null) return "";
  const count = (x: number) => formatNumber(x, Number.isInteger(x) ? 0 : 1);
  if (unit === "percent")
    return denominator === null ? "" : `${count(numerator)} of ${count(denominator)}`;
  if (unit !== "per10k") return "";
  const months = monthsIn(figure.window) - figure.missingMonths.length;
  if (!flow || months === 12) return count(numerator);
  return `${count(numerator)} in ${months} ${months === 1 ? "month" : "months"}`;
}
