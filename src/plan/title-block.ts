import { civilDate } from "../domain/calendar/civil-date";
import { civilDateToExcelSerial } from "../domain/period/excel-serial";
import { financialYearLabel, financialYearOf } from "../domain/period/financial-year";
import { formatMonthLong, monthOf, yearOf, type MonthKey } from "../domain/period/month";
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
}

/** One label/value line of the title block, with the sheet-scoped name analysts can refer to. */
export interface TitleLine {
  readonly label: string;
  readonly value: PlanCell;
  readonly format: string;
  readonly name: string;
}

/**
 * The facts under the title: authority, reporting month (a real date, shown "May 2015", so
 * formulas can use it), financial year, data source sheet and refresh time.
 * @example titleLines(facts)[1] // { label: "Reporting month", value: 42125, format: "mmmm yyyy", name: "CSC_ReportingMonth" }
 */
export function titleLines(facts: TitleFacts): TitleLine[] {
  const serial = civilDateToExcelSerial(
    civilDate(yearOf(facts.reportingMonth), monthOf(facts.reportingMonth), 1)
  );
  const month: Pick<TitleLine, "value" | "format"> = serial.ok
    ? { value: serial.value, format: "mmmm yyyy" }
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
  ];
}

/** The period as a printed header shows it: "May 2015 (2015/16)". */
export function periodLabel(facts: TitleFacts): string {
  const year = financialYearOf(facts.reportingMonth, facts.fyStartMonth);
  return `${formatMonthLong(facts.reportingMonth)} (${financialYearLabel(year, facts.fyStartMonth)})`;
}
