import { isWithheld } from "../../domain/format/suppression";
import type { PublishedFigure } from "../../domain/indicators/figure";
import type { PublishedPoint, ScorecardRow } from "../../domain/scorecard/compute-scorecard";
import { windowLength } from "../../domain/series/window";

/** A rolling figure that adds up fewer months than this is drawn apart, as not yet complete. */
export const FULL_ROLLING_MONTHS = 12;

/** True when the month has a figure, shown or withheld: a withheld month is data, not a gap in it. */
export function hasData(point: PublishedFigure): boolean {
  return isWithheld(point) || point.value !== null;
}

/**
 * The months a chart draws: from the first with a figure to the last, so the x-axis covers the
 * data and not the empty months before a data sheet starts (nor the reference lines across them).
 * A gap inside stays a gap. A series with no figure at all is kept whole: the chart is then left out.
 * @example chartMonths(row.series).length // 14 for a data sheet of 14 months, not the 24 asked for
 */
export function chartMonths(series: readonly PublishedPoint[]): readonly PublishedPoint[] {
  const first = series.findIndex(hasData);
  if (first < 0) return series;
  const last = series.length - 1 - [...series].reverse().findIndex(hasData);
  return series.slice(first, last + 1);
}

/**
 * The months a figure adds up: its window less the months missing in it. Known for a withheld
 * figure too (which months are missing discloses no count).
 * @example monthsCounted({ window: { from: apr13, to: jun13 }, missingMonths: [apr13, may13] }) // 1
 */
export function monthsCounted(figure: PublishedFigure): number {
  return windowLength(figure.window) - figure.missingMonths.length;
}

/**
 * Whether a row's chart figures are rolling (a rate of a flow: each month's point adds up a
 * window of months, the rolling 12 months, or the year to date annualised where the data does not
 * reach back a year), rather than the month's own figure.
 * @example isRolling(referralRateRow) // true
 */
export function isRolling(row: ScorecardRow): boolean {
  return row.series.some((point) => windowLength(point.window) > 1);
}

/**
 * Whether a point of a rolling series rests on fewer than 12 months of data (the months before
 * the data reaches back a year, or a window with a month missing): an annualised part-year, which
 * the chart draws dotted and apart so it is not read as a complete rolling figure.
 * @example restsOnPartYear(row, junePoint) // true when the data starts in June 2013
 */
export function restsOnPartYear(row: ScorecardRow, point: PublishedFigure): boolean {
  return isRolling(row) && monthsCounted(point) < FULL_ROLLING_MONTHS;
}
