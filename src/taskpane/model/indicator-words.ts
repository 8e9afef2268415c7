import type { IndicatorReport, ReportDirection } from "../../refresh/indicator-report";

const DIRECTION_WORDS: Readonly<Record<ReportDirection, string>> = {
  improving: "improving",
  worsening: "worsening",
  same: "no change",
};

/**
 * A figure in its indicator's unit, to its decimals: "26.1%", "705.4 per 10,000", "1,901".
 * @example shownFigure(26.06, { unit: "percent", decimals: 1 }) // "26.1%"
 */
export function shownFigure(
  value: number,
  indicator: Pick<IndicatorReport, "unit" | "decimals">
): string {
  const number = value.toLocaleString("en-GB", {
    minimumFractionDigits: indicator.decimals,
    maximumFractionDigits: indicator.decimals,
  });
  switch (indicator.unit) {
    case "percent":
      return `${number}%`;
    case "per10k":
      return `${number} per 10,000`;
    case "days":
      return `${number} days`;
    default:
      return number;
  }
}

/**
 * The comparators an indicator is shown against, in words: "target 20.0%, England 24.2%".
 * @example comparatorWords(report) // "target 20.0%, stat neighbours 23.6%"
 */
export function comparatorWords(indicator: IndicatorReport): string {
  const { target, statisticalNeighbours, england, region } = indicator.comparators;
  const parts: string[] = [];
  if (target !== null) parts.push(`target ${shownFigure(target, indicator)}`);
  if (statisticalNeighbours !== null)
    parts.push(`stat neighbours ${shownFigure(statisticalNeighbours, indicator)}`);
  if (england !== null) parts.push(`England ${shownFigure(england, indicator)}`);
  if (region !== null) parts.push(`region ${shownFigure(region, indicator)}`);
  return parts.length === 0 ? "no comparator" : parts.join(", ");
}

/** The direction of travel since last month, in words. */
export function directionWords(indicator: IndicatorReport): string {
  return indicator.direction === null
    ? "no comparison with last month"
    : `${DIRECTION_WORDS[indicator.direction]} since last month`;
}
