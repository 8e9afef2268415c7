import { formatNumber, formatValue } from "../../domain/format/format-number";
import { roundHalfAwayFromZero } from "../../domain/format/round";
import type { Unit } from "../../domain/indicators/indicator-def";

/**
 * A figure as a sentence states it: its text and the number a reader reads back from that text
 * (rounded as Excel rounds, at the indicator's decimals). A difference quoted beside stated figures
 * is computed from these numbers, so "78.0% to 97.1%" is followed by "+19.1 points", never by the
 * 19.0 of the unrounded figures.
 */
export interface Stated {
  readonly text: string;
  readonly value: number;
  readonly decimals: number;
}

/** @example stated(78.04, "percent", 1) // { text: "78.0%", value: 78, decimals: 1 } */
export function stated(value: number, unit: Unit, decimals: number): Stated {
  return {
    text: formatValue(value, unit, decimals),
    value: roundHalfAwayFromZero(value, decimals),
    decimals,
  };
}

/**
 * The difference of two stated figures, exact at the finer of their decimals.
 * @example statedDifference(stated(97.07, "percent", 1), stated(78.04, "percent", 1)) // 19.1
 */
export function statedDifference(to: Stated, from: Stated): number {
  return roundHalfAwayFromZero(to.value - from.value, differenceDecimals(to, from));
}

/** The decimals a difference of two stated figures is exact at: the finer of theirs. */
export function differenceDecimals(a: Stated, b: Stated): number {
  return Math.max(a.decimals, b.decimals);
}

/**
 * A change with its sign and size, in the indicator's unit where the figures' own unit is not
 * enough ("points" for percentages; a rate or a count carries the unit of the figures beside it).
 * @example signedChange(9.5, "percent", 1) // "+9.5 points"
 * @example signedChange(-0.9, "ratio", 1) // "−0.9"
 */
export function signedChange(difference: number, unit: Unit, decimals: number): string {
  const size = formatNumber(Math.abs(difference), decimals);
  const sign = difference > 0 ? "+" : difference < 0 ? "−" : "";
  return unit === "percent" ? `${sign}${size} ${pointWord(size)}` : `${sign}${size}`;
}

/**
 * The size of a gap without its sign, for "6.4 points worse": points for percentages, the bare
 * number otherwise (the unit is on the figures it sits beside).
 * @example gapSize(6.4, "percent", 1) // "6.4 points"
 */
export function gapSize(difference: number, unit: Unit, decimals: number): string {
  const size = formatNumber(Math.abs(difference), decimals);
  return unit === "percent" ? `${size} ${pointWord(size)}` : size;
}

/**
 * Two figures of one unit as a sentence pairs them, the unit said once: "673.3 to 705.4 per
 * 10,000", "319 to 416"; a percentage keeps its sign on both ("39.0% to 48.5%"), as the seeds write.
 * @example statedPair(stated(673.3, "per10k", 1), stated(705.4, "per10k", 1), "per10k", "to") // "673.3 to 705.4 per 10,000"
 */
export function statedPair(first: Stated, second: Stated, unit: Unit, joiner: string): string {
  return `${bare(first, unit)} ${joiner} ${second.text}`;
}

/**
 * A stated figure without a unit that follows it in words ("673.3" of "673.3 per 10,000"), for a
 * figure whose unit is said once elsewhere in the sentence; a percentage keeps its "%".
 * @example bare(stated(673.3, "per10k", 1), "per10k") // "673.3"
 */
export function bare(figure: Stated, unit: Unit): string {
  if (unit === "per10k") return figure.text.replace(/ per 10,000$/, "");
  if (unit === "days") return figure.text.replace(/ days$/, "");
  return figure.text;
}

function pointWord(size: string): string {
  return /^1(?:\.0+)?$/.test(size) ? "point" : "points";
}
