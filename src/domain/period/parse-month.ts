import {
  civilDateFromJsDate,
  isValidDate,
  monthKeyOfDate,
  yearOfDate,
} from "../calendar/civil-date";
import { fail, ok, type Calc } from "../result/calc";
import { excelSerialToCivilDate } from "./excel-serial";
import { DEFAULT_FY_START_MONTH } from "./financial-year";
import { monthKey, monthOf, monthOfName, yearOf, type MonthKey } from "./month";

/** Where a month-only header ("APR") is placed: the financial year the sheet holds. */
export interface MonthLabelOptions {
  /** Calendar year in which the sheet's financial year starts (2015 for 2015/16). */
  readonly fyStartYear?: number;
  /** First month of the financial year, 1–12; April (4) unless given. */
  readonly fyStartMonth?: number;
}

/**
 * Years a monthly-data header may name. Children's social care monthly returns start in the 1990s at
 * the earliest; a number or year outside this range is a count, a year or a typo, not a month.
 */
export const MONTH_LABEL_FIRST_YEAR = 1990;
export const MONTH_LABEL_LAST_YEAR = 2100;

/**
 * Two-digit years are read inside the window 1990–2089: 90–99 are the 1990s, 00–89 the 2000s. The
 * window starts where month headers start (MONTH_LABEL_FIRST_YEAR), so "Apr-95" is 1995 and
 * "Apr-15" 2015; a label for 2090 or later needs four digits ("Apr 2095").
 * @example expandTwoDigitYear(15) // 2015; expandTwoDigitYear(95) // 1995
 */
export function expandTwoDigitYear(twoDigits: number): number {
  return twoDigits >= 90 ? 1900 + twoDigits : 2000 + twoDigits;
}

/**
 * Reads a month header cell as a MonthKey. Accepts Excel date serials (the month of that day; a
 * time fraction is ignored), JavaScript Dates (read by their UTC day), and text in any case with any
 * surrounding whitespace: "Apr-15", "Apr 15", "Apr-2015", "April 2015", "Sept 2015", "2015-04",
 * "04/2015", "4/2015", "2015-04-01", "1-Apr-2015", "01/04/2015" when only one reading of day and month
 * is possible, and a bare month name ("APR", "April") placed in the financial year
 * `options.fyStartYear`. Two-digit years follow `expandTwoDigitYear`. Anything ambiguous ("04/05":
 * April 2005 or 4 May?) or outside 1990–2100 is an INVALID_INPUT error saying why; nothing is guessed.
 * @example parseMonthLabel("Apr-15") // ok(monthKey(2015, 4))
 * @example parseMonthLabel("JAN", { fyStartYear: 2015 }) // ok(monthKey(2016, 1))
 * @example parseMonthLabel(42095) // ok(monthKey(2015, 4)), the serial of 1 April 2015
 */
export function parseMonthLabel(value: unknown, options: MonthLabelOptions = {}): Calc<MonthKey> {
  if (value === null || value === undefined)
    return fail("INVALID_INPUT", "The month label is empty.");
  if (typeof value === "number") return monthOfSerial(value);
  if (value instanceof Date) return monthOfJsDate(value);
  if (typeof value === "string") return monthOfText(value, options);
  return fail("INVALID_INPUT", `A ${typeof value} value is not a month label.`);
}

/**
 * Whether a cell looks like a month header, for a sheet reader deciding where the months are. A bare
 * month name counts (its year comes from the sheet's financial year).
 * @example isMonthLabel("Apr-15") // true; isMonthLabel("YTD") // false; isMonthLabel("APR") // true
 */
export function isMonthLabel(value: unknown): boolean {
  if (typeof value === "string") {
    if (value.length > 40 || !/[0-9a-z]/i.test(value)) return false;
  } else if (typeof value !== "number" && !(value instanceof Date)) {
    return false;
  }
  return parseMonthLabel(value, { fyStartYear: MONTH_LABEL_FIRST_YEAR }).ok;
}

const SEPARATOR = "[\\s\\-/.,']*";
const NAME_ONLY = /^([a-z]+)\.?$/;
const NAME_YEAR = new RegExp(`^([a-z]+)${SEPARATOR}(\\d+)$`);
const DAY_NAME_YEAR = new RegExp(`^(\\d{1,2})${SEPARATOR}([a-z]+)${SEPARATOR}(\\d+)$`);
const YEAR_MONTH = /^(\d{4})[-/.](\d{1,2})$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?z?)?$/;
const MONTH_YEAR = /^(\d{1,2})[-/.](\d{4})$/;
const TWO_NUMBERS = /^(\d{1,2})[-/.](\d{1,2})$/;
const NUMERIC_DATE = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{2}|\d{4})$/;
const DIGITS = /^\d+$/;

function monthOfSerial(serial: number): Calc<MonthKey> {
  const date = excelSerialToCivilDate(serial);
  if (!date.ok)
    return fail("INVALID_INPUT", `The number ${serial} is not a month: ${date.error.detail}`);
  const year = yearOfDate(date.value);
  if (year < MONTH_LABEL_FIRST_YEAR || year > MONTH_LABEL_LAST_YEAR) {
    return fail(
      "INVALID_INPUT",
      `The number ${serial} is not a month header: as an Excel date it falls in ${year}, outside ${MONTH_LABEL_FIRST_YEAR}–${MONTH_LABEL_LAST_YEAR}.`
    );
  }
  return ok(monthKeyOfDate(date.value));
}

function monthOfJsDate(value: Date): Calc<MonthKey> {
  const date = civilDateFromJsDate(value);
  if (date === undefined) return fail("INVALID_INPUT", "The month label is an invalid date.");
  const year = yearOfDate(date);
  if (year < MONTH_LABEL_FIRST_YEAR || year > MONTH_LABEL_LAST_YEAR) {
    return outOfRange(value.toISOString().slice(0, 10), year);
  }
  return ok(monthKeyOfDate(date));
}

function monthOfText(raw: string, options: MonthLabelOptions): Calc<MonthKey> {
  const text = raw.trim().replace(/\s+/g, " ").toLowerCase();
  if (text === "") return fail("INVALID_INPUT", "The month label is empty.");
  const shown = raw.trim();
  return (
    nameOnly(text, shown, options) ??
    nameAndYear(text, shown) ??
    dayNameAndYear(text, shown) ??
    isoDate(text, shown) ??
    yearAndMonth(text, shown) ??
    monthAndYear(text, shown) ??
    numericDate(text, shown) ??
    ambiguousPair(text, shown) ??
    notAMonth(text, shown)
  );
}

function nameOnly(
  text: string,
  shown: string,
  options: MonthLabelOptions
): Calc<MonthKey> | undefined {
  const match = NAME_ONLY.exec(text);
  if (!match) return undefined;
  const month = monthOfName(match[1] ?? "");
  if (month === undefined) return fail("INVALID_INPUT", `"${shown}" is not a month label.`);
  const { fyStartYear, fyStartMonth = DEFAULT_FY_START_MONTH } = options;
  if (fyStartYear === undefined) {
    return fail(
      "INVALID_INPUT",
      `"${shown}" names a month without a year; give the financial year it belongs to.`
    );
  }
  if (
    !Number.isInteger(fyStartYear) ||
    !Number.isInteger(fyStartMonth) ||
    fyStartMonth < 1 ||
    fyStartMonth > 12
  ) {
    return fail(
      "INVALID_INPUT",
      `The financial year ${fyStartYear} starting in month ${fyStartMonth} is not valid.`
    );
  }
  return inRange(month >= fyStartMonth ? fyStartYear : fyStartYear + 1, month, shown);
}

function nameAndYear(text: string, shown: string): Calc<MonthKey> | undefined {
  const match = NAME_YEAR.exec(text);
  if (!match) return undefined;
  return withMonthName(match[1] ?? "", match[2] ?? "", shown);
}

function dayNameAndYear(text: string, shown: string): Calc<MonthKey> | undefined {
  const match = DAY_NAME_YEAR.exec(text);
  if (!match) return undefined;
  const parsed = withMonthName(match[2] ?? "", match[3] ?? "", shown);
  if (!parsed.ok) return parsed;
  const day = Number(match[1]);
  if (!isValidDate(yearOf(parsed.value), monthOf(parsed.value), day))
    return fail("INVALID_INPUT", `"${shown}" is not a calendar date.`);
  return parsed;
}

function withMonthName(name: string, yearDigits: string, shown: string): Calc<MonthKey> {
  const month = monthOfName(name);
  if (month === undefined)
    return fail("INVALID_INPUT", `"${shown}": "${name}" is not a month name.`);
  const year = yearFromDigits(yearDigits, shown);
  if (!year.ok) return year;
  return inRange(year.value, month, shown);
}

function isoDate(text: string, shown: string): Calc<MonthKey> | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (!isValidDate(year, month, Number(match[3]))) {
    return fail("INVALID_INPUT", `"${shown}" is not a calendar date.`);
  }
  return inRange(year, month, shown);
}

function yearAndMonth(text: string, shown: string): Calc<MonthKey> | undefined {
  const match = YEAR_MONTH.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) {
    const looksLikeFinancialYear = (match[2] ?? "").length === 2 && month === (year + 1) % 100;
    return fail(
      "INVALID_INPUT",
      looksLikeFinancialYear
        ? `"${shown}" is a financial year, not a month.`
        : `"${shown}": ${match[2]} is not a month number (1–12).`
    );
  }
  return inRange(year, month, shown);
}

function monthAndYear(text: string, shown: string): Calc<MonthKey> | undefined {
  const match = MONTH_YEAR.exec(text);
  if (!match) return undefined;
  const month = Number(match[1]);
  if (month < 1 || month > 12) {
    return fail("INVALID_INPUT", `"${shown}": ${match[1]} is not a month number (1–12).`);
  }
  return inRange(Number(match[2]), month, shown);
}

// Day/month/year text is read only when exactly one of the UK (day first) and US (month first)
// readings is a real date, or both give the same month; otherwise the label is ambiguous.
function numericDate(text: string, shown: string): Calc<MonthKey> | undefined {
  const match = NUMERIC_DATE.exec(text);
  if (!match) return undefined;
  const first = Number(match[1]);
  const second = Number(match[3]);
  const year = yearFromDigits(match[4] ?? "", shown);
  if (!year.ok) return year;
  const dayFirst = isValidDate(year.value, second, first);
  const monthFirst = isValidDate(year.value, first, second);
  if (dayFirst && monthFirst && first !== second) {
    return fail(
      "INVALID_INPUT",
      `"${shown}" is ambiguous: day ${first} of month ${second}, or day ${second} of month ${first}? Write the month as ${year.value}-${String(second).padStart(2, "0")} or a name such as Apr 2015.`
    );
  }
  if (dayFirst) return inRange(year.value, second, shown);
  if (monthFirst) return inRange(year.value, first, shown);
  return fail("INVALID_INPUT", `"${shown}" is not a calendar date.`);
}

function ambiguousPair(text: string, shown: string): Calc<MonthKey> | undefined {
  const match = TWO_NUMBERS.exec(text);
  if (!match) return undefined;
  return fail(
    "INVALID_INPUT",
    `"${shown}" is ambiguous: month and two-digit year, or day and month? Write the month as Apr 2015, 2015-04 or a date.`
  );
}

function notAMonth(text: string, shown: string): Calc<MonthKey> {
  if (DIGITS.test(text)) {
    return fail(
      "INVALID_INPUT",
      text.length === 4
        ? `"${shown}" is a year, not a month.`
        : `"${shown}" is a number written as text, not a month label.`
    );
  }
  return fail(
    "INVALID_INPUT",
    `"${shown}" is not a month label (expected a date or text such as Apr 2015).`
  );
}

function yearFromDigits(digits: string, shown: string): Calc<number> {
  if (digits.length === 4) return ok(Number(digits));
  if (digits.length === 2) return ok(expandTwoDigitYear(Number(digits)));
  return fail(
    "INVALID_INPUT",
    `"${shown}": the year "${digits}" has ${digits.length} digits; write 2 or 4.`
  );
}

function inRange(year: number, month: number, shown: string): Calc<MonthKey> {
  if (year < MONTH_LABEL_FIRST_YEAR || year > MONTH_LABEL_LAST_YEAR) return outOfRange(shown, year);
  return ok(monthKey(year, month));
}

function outOfRange(shown: string, year: number): Calc<MonthKey> {
  return fail(
    "INVALID_INPUT",
    `"${shown}" is in ${year}, outside the years monthly data can hold (${MONTH_LABEL_FIRST_YEAR}–${MONTH_LABEL_LAST_YEAR}).`
  );
}
