import type {
  BandFigure,
  DistributionFigures,
  DistributionResult,
} from "../domain/distributions/compute-distribution";
import { formatNumber } from "../domain/format/format-number";
import { isWithheld, SUPPRESSED_SYMBOL } from "../domain/format/suppression";
import { financialYearLabel, financialYearOf } from "../domain/period/financial-year";
import { formatMonthLong, type MonthKey } from "../domain/period/month";

/** A row of the notes sheet: kind, where, cell, detail, code. */
export type DistributionNoteRow = readonly [string, string, string, string, string];

/**
 * A distribution as a small table of the notes sheet: a line per band with its count out of the
 * whole and its share, for the month and (flows) the year so far, as Croydon's report gives its
 * assessments by days taken: "137 of 266 (51.5%) in May 2015; 891 of 1,784 (49.9%) in 2015/16 so
 * far". What disclosure control withheld reads c, and the shares are then left out, as the engine
 * withheld them.
 * @example distributionNotes([result], monthKey(2015, 5), 4)[0] // ["Assessments by days taken to complete", "1–15 days", "", "137 of 266 (51.5%) in May 2015; …", "assessment_duration"]
 */
export function distributionNotes(
  results: readonly DistributionResult[],
  reportingMonth: MonthKey,
  fyStartMonth: number
): DistributionNoteRow[] {
  const month = formatMonthLong(reportingMonth);
  const year = `${financialYearLabel(financialYearOf(reportingMonth, fyStartMonth), fyStartMonth)} so far`;
  return results.flatMap((result) =>
    result.def.bands.map((band, i): DistributionNoteRow => {
      const parts = [bandText(result.month, i, month)];
      if (result.ytd !== null) parts.push(bandText(result.ytd, i, year));
      return [i === 0 ? result.def.name : "", band.label, "", `${parts.join("; ")}.`, result.id];
    })
  );
}

function bandText(figures: DistributionFigures, index: number, period: string): string {
  const band: BandFigure | undefined = figures.bands[index];
  if (band === undefined || band.count === null) return `no figure for ${period}`;
  if (isWithheld(band.count)) return `${SUPPRESSED_SYMBOL} in ${period} (small numbers withheld)`;
  const total = figures.total;
  if (total === null || isWithheld(total)) return `${formatNumber(band.count, 0)} in ${period}`;
  const share =
    band.share === null || isWithheld(band.share) ? "" : ` (${formatNumber(band.share, 1)}%)`;
  return `${formatNumber(band.count, 0)} of ${formatNumber(total, 0)}${share} in ${period}`;
}
