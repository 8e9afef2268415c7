import type { Calc } from "../../domain/result/calc";
import { readWord, vocabulary } from "../../domain/text/vocabulary";

/**
 * The period a scorecard reports: the reporting month (the monthly performance meeting) or the
 * financial quarter it falls in (a quarterly committee pack, as Walsall's "Quarter 3, April to
 * December").
 */
export type ReportBy = "month" | "quarter";

const PERIODS = vocabulary<ReportBy>({
  month: ["month", "monthly", "months", "by month", "each month"],
  quarter: ["quarter", "quarterly", "quarters", "by quarter", "each quarter", "qtr"],
});

/**
 * Reads whether the scorecard reports a month or a quarter, as an analyst writes it.
 * @example readReportBy("Quarterly") // ok("quarter")
 * @example readReportBy("year").ok // false: write month or quarter
 */
export function readReportBy(text: string): Calc<ReportBy> {
  return readWord(PERIODS, text, "a reporting period", "month or quarter");
}
