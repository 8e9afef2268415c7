import { civilDate } from "../domain/calendar/civil-date";
import { civilDateToExcelSerial } from "../domain/period/excel-serial";
import {
  financialYearLabel,
  financialYearOf,
  financialYearStart,
} from "../domain/period/financial-year";
import { addMonths, formatMonthLong, monthOf, yearOf, type MonthKey } from "../domain/period/month";
import { financialQuarter, quarterWindow } from "../domain/series/window";
import type { ReportBy } from "../sheet/settings/report-by";
import { TEXT_FORMAT } from "./number-formats";
import type { PlanCell } from "./plan-types";
import { refreshedLabel } from "./refreshed-label";

/** The title of every generated sheet and printed page. */
export const SCORECARD_TITLE = "Children's social care scorecard";

export interface TitleFacts {
  readonly authority: string;
  readonly reportingMonth: MonthKey;
  readonly fyStartMonth: number;
  readonly dataSheetName: string;
  readonly refreshedAt: string;
  /** The period reported: the month (the default) or the financial quarter it falls in. */
  readonly reportBy?: ReportBy;
}

/**
 * The reporting month's date as the title block shows it ("May 2015", "Sep 2015"): short enough to
 * fit the narrow column beside the labels, since a date that does not fit shows as ###.
 */
export const REPORTING_MONTH_FORMAT = "mmm yyyy";

/** One label/value line of the title block, with the sheet-scoped name analysts can refer to. */
export interface TitleLine {
  readonly label: string;
  readonly value: PlanCell;
  readonly format: string;
  readonly name: string;
}

/**
 * The facts under the title: authority, reporting month (a real date, shown "May 2015", so
 * formulas can use it), financial year, data source sheet, refresh time (UK time) and, for the
 * scorecard, the years its benchmarks are from.
 * @param benchmarks the benchmarks' years ("statistical neighbours and England 2014/15"); blank
 *   when the comparators sheet gives none, and then the line says so
 * @example titleLines(facts)[1] // { label: "Reporting month", value: 42125, format: "mmm yyyy", name: "CSC_ReportingMonth" }
 */
export function titleLines(facts: TitleFacts, benchmarks = ""): TitleLine[] {
  const serial = civilDateToExcelSerial(
    civilDate(yearOf(facts.reportingMonth), monthOf(facts.reportingMonth), 1)
  );
  const month: Pick<TitleLine, "value" | "format"> = serial.ok
    ? { value: serial.value, format: REPORTING_MONTH_FORMAT }
    : { value: formatMonthLong(facts.reportingMonth), format: TEXT_FORMAT };
  const year = financialYearOf(facts.reportingMonth, facts.fyStartMonth);
  return [
    { label: "Authority", value: facts.authority, format: TEXT_FORMAT, name: "CSC_Authority" },
    { label: "Reporting month", ...month, name: "CSC_ReportingMonth" },
    {
      label: "Financial year",
      value: financialYearLabel(year, facts.fyStartMonth),
      format: TEXT_FORMAT,
      name: "CSC_FinancialYear",
    },
    {
      label: "Data source",
      value: facts.dataSheetName,
      format: TEXT_FORMAT,
      name: "CSC_DataSheet",
    },
    {
      label: "Refreshed",
      value: refreshedLabel(facts.refreshedAt),
      format: TEXT_FORMAT,
      name: "CSC_RefreshedAt",
    },
    {
      label: "Benchmark years",
      value: benchmarks === "" ? "Not given on the comparators sheet" : benchmarks,
      format: TEXT_FORMAT,
      name: "CSC_BenchmarkYears",
    },
  ];
}

/**
 * The period as a printed header shows it: the month and its financial year, or for a quarter's
 * report the quarter and the months the report covers, as councils title a quarterly pack
 * ("End of Quarter 3 (April to December 2016)"): from the year's start to the reporting month,
 * "to date" while the quarter has months still to come.
 * @example periodLabel(facts /* May 2015 *\/) // "May 2015 (2015/16)"
 * @example periodLabel({ ...facts, reportBy: "quarter" } /* December 2015 *\/) // "Quarter 3 2015/16 (April to December 2015)"
 * @example periodLabel({ ...facts, reportBy: "quarter" } /* May 2015 *\/) // "Quarter 1 2015/16 to date (April to May 2015)"
 */
export function periodLabel(facts: TitleFacts): string {
  const month = facts.reportingMonth;
  const year = financialYearLabel(financialYearOf(month, facts.fyStartMonth), facts.fyStartMonth);
  if (facts.reportBy !== "quarter") return `${formatMonthLong(month)} (${year})`;
  const quarter = financialQuarter(month, facts.fyStartMonth);
  const complete = addMonths(quarterWindow(month, facts.fyStartMonth).from, 2) === month;
  const months = monthSpan(financialYearStart(month, facts.fyStartMonth), month);
  return `Quarter ${quarter} ${year}${complete ? "" : " to date"} (${months})`;
}

/** "April to December 2015", "January 2015 to March 2016", "April 2015": a year said once. */
function monthSpan(from: MonthKey, to: MonthKey): string {
  if (from === to) return formatMonthLong(to);
  const name = (m: MonthKey) => formatMonthLong(m).replace(/ \d+$/, "");
  const first = yearOf(from) === yearOf(to) ? name(from) : formatMonthLong(from);
  return `${first} to ${formatMonthLong(to)}`;
}
