import { INDICATORS } from "../../domain/indicators/indicator-catalogue";
import { MEASURES } from "../../domain/measures/measure-catalogue";
import { DEFAULT_INPUT_SHEET_NAMES } from "../../sheet/input-sheets";
import { SETTINGS_TABLE } from "../../sheet/settings/workbook-settings";
import type { PlanCell } from "../plan-types";
import type { InputSheetPlan, InputSheetsPlan } from "./input-sheets-plan";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The template's month headings: the twelve months to the one before `now`, as text ("Jun-14"). */
function monthHeadings(now: { readonly year: number; readonly month: number }): string[] {
  const headings: string[] = [];
  for (let back = 12; back >= 1; back--) {
    const index = now.year * 12 + (now.month - 1) - back;
    const year = Math.floor(index / 12);
    headings.push(`${MONTHS[index % 12] ?? ""}-${String(year % 100).padStart(2, "0")}`);
  }
  return headings;
}

function sheet(
  name: string,
  rows: readonly (readonly PlanCell[])[],
  columnWidths: readonly number[],
  boldRows: readonly number[],
  textRow = -1
): InputSheetPlan {
  const width = Math.max(...rows.map((row) => row.length));
  const values = rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ""));
  // The month headings are text ("@"): typed into a General cell, Excel would read "Jun-14" as
  // 14 June of this year.
  const numberFormats = values.map((row, r) => row.map(() => (r === textRow ? "@" : "General")));
  return { name, values, numberFormats, columnWidths, boldRows };
}

/**
 * The blank template: the three input sheets with their headings and a line of guidance each, for
 * an analyst with no data sheet yet. The data sheet lists every built-in measure down the side and
 * the last twelve months across; the comparators sheet every indicator; the settings sheet every
 * key, with its meaning and default below the table. Each reads back with no error (an empty data
 * sheet says only that it has no figures yet).
 * @param now the analyst's current month: the months across end at the month before it
 * @example blankTemplate({ year: 2015, month: 6 }).sheets.map((s) => s.name) // ["CSC Data", "CSC Comparators", "CSC Settings"]
 */
export function blankTemplate(now: {
  readonly year: number;
  readonly month: number;
}): InputSheetsPlan {
  const months = monthHeadings(now);
  const data = sheet(
    DEFAULT_INPUT_SHEET_NAMES.data,
    [
      [
        "Monthly data: type each month's count under its month; leave a month blank when it has no figure (never 0).",
      ],
      [],
      ["Measure", ...months],
      ...Object.values(MEASURES).map((measure) => [measure.name]),
    ],
    [48, ...months.map(() => 9)],
    [0, 2],
    2
  );
  const comparators = sheet(
    DEFAULT_INPUT_SHEET_NAMES.comparators,
    [
      [
        "Targets and benchmarks: fill in what you have; percentages as 22.6 or 22.6%. Blank cells are not used.",
      ],
      [],
      [
        "Indicator",
        "Target",
        "Stat neighbours",
        "England",
        "Region",
        "Tolerance",
        "Band low",
        "Band high",
      ],
      ...Object.values(INDICATORS).map((indicator) => [indicator.name]),
    ],
    [52, 10, 16, 10, 10, 11, 10, 10],
    [0, 2]
  );
  const valueKeys = SETTINGS_TABLE.filter((def) => def.id !== "alias");
  const settings = sheet(
    DEFAULT_INPUT_SHEET_NAMES.settings,
    [
      ["Setting", "Value"],
      ...valueKeys.map((def) => [def.key, ""]),
      [],
      ["What the settings mean (a blank value keeps the default)"],
      ...valueKeys.map((def) => [
        `${def.key}. ${def.meaning} Default ${def.defaultText}; for example ${def.example}.`,
      ]),
    ],
    [30, 40],
    [0, valueKeys.length + 2]
  );
  return { what: "the blank template", sheets: [data, comparators, settings] };
}
