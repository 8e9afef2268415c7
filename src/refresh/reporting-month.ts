import { formatMonthLong, type MonthKey } from "../domain/period/month";

/** The month a refresh reports, or why there is nothing to report: the previous scorecard then stays. */
export type ReportingMonthChoice =
  | { readonly ok: true; readonly month: MonthKey }
  | { readonly ok: false; readonly message: string };

/**
 * Chooses the reporting month: the one the settings name, else the latest month with figures. A
 * refresh with nothing to say must not replace a good scorecard with blanks, so it is refused when
 * the data sheet holds no figures (empty, or a header alone), when the month the settings name has
 * no figures, or when that month is still to come.
 * @param data figures by measure id and month, as the data sheet reader gives them
 * @param named the reporting month of the settings sheet, if it names one
 * @param now the analyst's current calendar month
 * @example chooseReportingMonth("CSC Data", data, undefined, monthKey(2015, 6)) // { ok: true, month: May 2015 } for data ending May 2015
 */
export function chooseReportingMonth(
  sheet: string,
  data: ReadonlyMap<string, ReadonlyMap<MonthKey, number>>,
  named: MonthKey | undefined,
  now: MonthKey
): ReportingMonthChoice {
  const months = monthsWithFigures(data);
  const latest = months.reduce<MonthKey | undefined>(
    (max, month) => (max === undefined || month > max ? month : max),
    undefined
  );
  if (latest === undefined) {
    return {
      ok: false,
      message: `"${sheet}" has no figures to report: it is empty or holds only its headings. Add the months' figures under the month headings, then refresh.`,
    };
  }
  if (named === undefined) return { ok: true, month: latest };
  if (named > now) {
    return {
      ok: false,
      message: `The settings sheet's reporting month is ${formatMonthLong(named)}, which has not happened yet. Name a month up to ${formatMonthLong(now)}, or leave it blank for the latest month with figures (${formatMonthLong(latest)}).`,
    };
  }
  if (!months.includes(named)) {
    return {
      ok: false,
      message: `The settings sheet's reporting month is ${formatMonthLong(named)}, but "${sheet}" has no figures for it (its latest month is ${formatMonthLong(latest)}). Add that month's figures, or change the reporting month.`,
    };
  }
  return { ok: true, month: named };
}

/** Months in which any measure but the population has a figure. */
function monthsWithFigures(data: ReadonlyMap<string, ReadonlyMap<MonthKey, number>>): MonthKey[] {
  const months = new Set<MonthKey>();
  for (const [id, figures] of data) {
    if (id === "population") continue;
    for (const month of figures.keys()) months.add(month);
  }
  return [...months];
}
