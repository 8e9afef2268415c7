import { bandLabel } from "../../domain/format/band-text";
import { formatValue } from "../../domain/format/format-number";
import type { IndicatorReport, ReportBasis, ReportDirection } from "../../refresh/indicator-report";

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
  // The scorecard's own wording (Excel's rounding, en-GB separators), so the pane and the sheet
  // never show one figure two ways.
  return formatValue(value, indicator.unit, indicator.decimals);
}

type ReportComparator = keyof IndicatorReport["comparators"];

/** The comparators as the pane names them, in the order it lists them. */
const COMPARATOR_WORDS: Readonly<Record<ReportComparator, string>> = {
  target: "target",
  statisticalNeighbours: "stat neighbours",
  england: "England",
  region: "region",
};

/** A report's basis comparator, by the report's own names (last year is not among its figures). */
const BASIS_COMPARATOR: Readonly<
  Record<Extract<ReportBasis, { kind: "comparator" }>["comparator"], ReportComparator | null>
> = {
  statNeighbours: "statisticalNeighbours",
  england: "england",
  region: "region",
  lastYear: null,
};

/**
 * What an indicator is judged against, in words, then the other comparators it is shown beside: a
 * band or a quartile is named as such, never as "no comparator", and a comparator basis with no
 * figure says so.
 * @example comparatorWords({ ...report, value: 705.4, basis: { kind: "band", low: 450, high: 650 } }) // "above the 450–650 per 10,000 band"
 * @example comparatorWords(report) // "against target 20.0% (also stat neighbours 23.6%)"
 */
export function comparatorWords(indicator: IndicatorReport): string {
  const { basis } = indicator;
  const named =
    basis?.kind === "target"
      ? "target"
      : basis?.kind === "comparator"
        ? BASIS_COMPARATOR[basis.comparator]
        : null;
  const others = (Object.keys(COMPARATOR_WORDS) as ReportComparator[])
    .filter((key) => key !== named)
    .flatMap((key) => {
      const value = indicator.comparators[key];
      return value === null ? [] : [`${COMPARATOR_WORDS[key]} ${shownFigure(value, indicator)}`];
    });
  if (basis === null) {
    return others.length === 0 ? "no target or comparator" : others.join(", ");
  }
  const main = basisWords(indicator, basis, named);
  return others.length === 0 ? main : `${main} (also ${others.join(", ")})`;
}

function basisWords(
  indicator: IndicatorReport,
  basis: ReportBasis,
  named: ReportComparator | null
): string {
  switch (basis.kind) {
    case "band": {
      const band = `the ${bandLabel(basis, indicator.unit)} band`;
      const { value } = indicator;
      if (value === null) return `against ${band}`;
      if (value < basis.low) return `below ${band}`;
      if (value > basis.high) return `above ${band}`;
      return `inside ${band}`;
    }
    case "quartile":
      return basis.summary === null
        ? "by quartile among all authorities"
        : `${basis.summary} among all authorities`;
    case "comparator":
      if (named === null) return "against the same month last year";
      break;
    case "target":
      break;
  }
  const key = named ?? "target";
  const value = indicator.comparators[key];
  const label = COMPARATOR_WORDS[key];
  return value === null
    ? `against ${label}, which has no figure`
    : `against ${label} ${shownFigure(value, indicator)}`;
}

/** The direction of travel since last month, in words. */
export function directionWords(indicator: IndicatorReport): string {
  return indicator.direction === null
    ? "no comparison with last month"
    : `${DIRECTION_WORDS[indicator.direction]} since last month`;
}
