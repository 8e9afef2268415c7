import { dateFormatShowsYear, isDateFormat } from "../cell/number-format";
import { excelSerialToParts } from "./excel-serial";
import { monthKey, type MonthKey } from "./month";

/**
 * The month an analyst meant by a typed "Apr-15" that Excel stored as a day of the year it was
 * typed in. Excel reads "Apr-15" as the 15th of April of the current year when 15 can be a day of
 * April, and shows it with a format that has no year ("d-mmm", so the cell reads "15-Apr"); only
 * a number that cannot be a day ("Apr-45") is read as month and year. So a date whose format shows
 * no year is read back as its month and a two-digit year taken from its day, by Excel's own rule
 * for two-digit years (00–29 are 2000–2029, 30–99 are 1930–1999: "How Excel works with two-digit
 * year numbers", https://learn.microsoft.com/office/troubleshoot/excel/two-digit-year-numbers).
 * The docs do not say when Excel chooses the day: docs/excel-checks/typed-month.yaml shows it.
 * Returns null for any other cell: a date whose format shows its year is the date it says. A line
 * of headers decides together (typedMonthsOfLine), since a real first-of-month date shown without
 * its year ("1-Apr") is the date it holds.
 * @example typedMonth(46127, "d-mmm") // monthKey(2015, 4): 15 April 2026, typed as Apr-15
 * @example typedMonth(42095, "mmm-yy") // null: 1 April 2015 is what it shows
 */
export function typedMonth(serial: number, numberFormat: string): MonthKey | null {
  if (!isDateFormat(numberFormat) || dateFormatShowsYear(numberFormat)) return null;
  const parts = excelSerialToParts(serial);
  if (!parts.ok) return null;
  const { month, day } = parts.value;
  return monthKey(day < 30 ? 2000 + day : 1900 + day, month);
}

/** A header cell: its value and number format. */
export interface HeaderCellValue {
  readonly value: unknown;
  readonly format: string;
}

/**
 * The typed months of a header line's cells (null where a cell is not one). A line whose dates
 * without a year all fall on the 1st holds real first-of-month dates formatted without the year
 * ("1-Apr", "1-May"): those are read as stored, since a typed "Apr-01" (April 2001) is far less
 * likely in a monthly scorecard than a first-of-month date. Any other such line was typed.
 * @example typedMonthsOfLine([{ value: 46127, format: "d-mmm" }, { value: 46157, format: "d-mmm" }]) // [April 2015, May 2015]
 * @example typedMonthsOfLine([{ value: 42095, format: "d-mmm" }]) // [null]: 1 April 2015, a real date
 */
export function typedMonthsOfLine(cells: readonly HeaderCellValue[]): (MonthKey | null)[] {
  const typed = cells.map(({ value, format }) =>
    typeof value === "number" ? typedMonth(value, format) : null
  );
  const allFirsts = cells.every(({ value }, i) => {
    if (typed[i] === null || typeof value !== "number") return true;
    const parts = excelSerialToParts(value);
    return parts.ok && parts.value.day === 1;
  });
  return allFirsts ? cells.map(() => null) : typed;
}
