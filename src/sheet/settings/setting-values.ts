import { parseMonthLabel } from "../../domain/period/parse-month";
import { monthOfName, type MonthKey } from "../../domain/period/month";
import { fail, ok, type Calc } from "../../domain/result/calc";
import { isPercentFormat } from "../../domain/cell/number-format";
import { readCell } from "../../domain/cell/read-cell";
import { meetsRule, ruleText, type NumberRule } from "../cell/number-rule";
import type { RawCell } from "../grid";
import { shownCell } from "../../domain/cell/shown-cell";
import { vocabulary } from "../../domain/text/vocabulary";

const DEFAULT_MONTH = vocabulary({
  latest: ["latest", "auto", "latest month", "latest month with data", "default"],
});

/**
 * Reads a reporting month: a date cell, or text such as "May 2015", "2015-05" or "May-15".
 * "Latest" (or "auto") asks for the default, the latest month with data, and is `null`.
 * @example readReportingMonth("May 2015", "General") // ok(monthKey(2015, 5))
 * @example readReportingMonth(42125, "mmm-yy") // ok(monthKey(2015, 5))
 */
export function readReportingMonth(cell: RawCell, format: string): Calc<MonthKey | null> {
  if (typeof cell === "string" && DEFAULT_MONTH.lookup(cell) !== undefined) return ok(null);
  if (typeof cell === "boolean" || (typeof cell === "number" && isPercentFormat(format)))
    return fail(
      "INVALID_INPUT",
      `${shownCell(cell)} is not a month; write a date or text such as May 2015.`
    );
  const month = parseMonthLabel(typeof cell === "string" ? cell.replace(/\u00a0/g, " ") : cell);
  return month.ok
    ? month
    : fail(
        "INVALID_INPUT",
        `${month.error.detail} Write a date or text such as May 2015 or 2015-05.`
      );
}

/**
 * Reads the first month of the financial year: a number 1–12 or a month's name.
 * @example readMonthOfYear("April") // ok(4)
 */
export function readMonthOfYear(cell: RawCell, format: string): Calc<number> {
  const reading = readCell(cell, format);
  if (reading.kind === "number" && !reading.percent && Number.isInteger(reading.value)) {
    if (reading.value >= 1 && reading.value <= 12) return ok(reading.value);
  }
  if (reading.kind === "text") {
    const month = monthOfName(reading.text);
    if (month !== undefined) return ok(month);
  }
  return fail(
    "INVALID_INPUT",
    `${shownCell(cell)} is not a month of the year; write a month name such as April, or a number from 1 to 12.`
  );
}

const YES_NO = vocabulary({
  yes: ["yes", "y", "true", "on", "1"],
  no: ["no", "n", "false", "off", "0"],
});

/**
 * Reads yes or no (also TRUE/FALSE cells, Y/N, on/off, 1/0).
 * @example readYesNo("Yes") // ok(true)
 */
export function readYesNo(cell: RawCell): Calc<boolean> {
  if (typeof cell === "boolean") return ok(cell);
  const word = YES_NO.lookup(cell);
  return word === undefined
    ? fail("INVALID_INPUT", `${shownCell(cell)} is not yes or no.`)
    : ok(word === "yes");
}

/**
 * Reads a number no smaller than `min`, in the unit the key states; whole when asked.
 * @example readNumberSetting("52,000", "General", { min: 1, what: "a population" }) // ok(52000)
 */
export function readNumberSetting(cell: RawCell, format: string, rule: NumberRule): Calc<number> {
  const reading = readCell(cell, format);
  if (reading.kind !== "number")
    return fail("INVALID_INPUT", `${shownCell(cell)} is not ${ruleText(rule)}.`);
  if (!meetsRule(reading.value, rule))
    return fail("INVALID_INPUT", `${reading.value} is not ${ruleText(rule)}.`);
  return ok(reading.value);
}

/**
 * Reads text as the analyst typed it; numbers are text too (an LA code such as 874).
 * @example readTextSetting("  Peterborough ") // ok("Peterborough")
 */
export function readTextSetting(cell: RawCell): Calc<string> {
  if (typeof cell === "boolean") return fail("INVALID_INPUT", `${shownCell(cell)} is not a name.`);
  return ok(shownCell(cell).replace(/\s+/g, " "));
}

const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;

/**
 * Reads a sheet name, checked against Excel's rules (1–31 characters, none of : \ / ? * [ ]).
 * @example readSheetName("Monthly data") // ok("Monthly data")
 */
export function readSheetName(cell: RawCell): Calc<string> {
  const name = typeof cell === "string" ? cell.trim() : shownCell(cell);
  if (
    typeof cell === "boolean" ||
    name.length === 0 ||
    name.length > 31 ||
    SHEET_NAME_FORBIDDEN.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'")
  ) {
    return fail(
      "INVALID_INPUT",
      `"${name}" cannot be a sheet name: Excel allows 1 to 31 characters, none of : \\ / ? * [ ], not starting or ending with an apostrophe.`
    );
  }
  return ok(name);
}
