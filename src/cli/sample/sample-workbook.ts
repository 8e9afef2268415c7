import { civilDate } from "../../domain/calendar/civil-date";
import { MEASURES, type CanonicalMeasureId } from "../../domain/measures/measure-catalogue";
import { civilDateToExcelSerial } from "../../domain/period/excel-serial";
import { monthKey, monthOf, yearOf, type MonthKey } from "../../domain/period/month";
import type { RawCell } from "../../sheet/grid";
import { DEFAULT_INPUT_SHEET_NAMES } from "../../sheet/input-sheets";
import { SAMPLE_BENCHMARK_YEARS, SAMPLE_COMPARATORS, SAMPLE_SETTINGS } from "./sample-benchmarks";
import { sampleFigures, SAMPLE_MONTHS, type SampleFigures } from "./sample-figures";
import { PETERBOROUGH_FRONT_DOOR, PETERBOROUGH_REPORT } from "./seed-figures";

/**
 * One sheet of the sample as a host writes it: values (month headings as Excel date serials) and
 * the number format of each cell, so the task pane can insert it with `range.values` and
 * `range.numberFormat` and the command's builder with exceljs, from the same data.
 */
export interface SampleSheet {
  readonly name: string;
  readonly values: readonly (readonly RawCell[])[];
  readonly numberFormats: readonly (readonly string[])[];
  /** Column widths in characters, as Excel measures them. */
  readonly columnWidths: readonly number[];
}

/** The words at the top of every sample sheet: nobody should mistake it for a council's data. */
export const SAMPLE_BANNER =
  "SAMPLE DATA: Sample Borough is a fictional authority. These are not a real council's figures; see the notes for which are copied from published reports.";

const MONTH_FORMAT = "mmm-yy";
const PERCENT_FORMAT = "0.0%";
const YTD_HEADING = "2015/16 YTD";
/** The months of the sample's last financial year, which the YTD column adds up. */
const YTD_FROM: MonthKey = monthKey(2015, 4);

/** The rows of the data sheet below the front-door table: the analyst's label and the measure. */
const DATA_ROWS: ReadonlyArray<readonly [label: string, measure: CanonicalMeasureId] | null> = [
  ["Re-referrals within 12 months", "rereferrals"],
  ["NFA referrals", "referrals_nfa"],
  ["Referrals to assessment", "referrals_to_assessment"],
  ["Referrals with a timely decision", "referrals_decided_1wd"],
  ["Early Help Assessments", "early_help_assessments"],
  ["# of completed assessments", "assessments_completed"],
  ["Assessments within 45 working days", "assessments_within_45wd"],
  ["1 -15 days", "assessments_1_15d"],
  ["16 - 25 days", "assessments_16_25d"],
  ["26 - 35 days", "assessments_26_35d"],
  ["36 - 45 days", "assessments_36_45d"],
  ["45 days +", "assessments_over_45d"],
  null,
  ["Total # CIN", "cin"],
  ["CIN with up to date plan", "cin_plan_up_to_date"],
  ["S47 enquiries", "s47_enquiries"],
  ["ICPCs", "icpcs"],
  ["Total # CPP", "cpp"],
  ["(New CPP)", "cpp_starts"],
  ["Repeat CPP", "cpp_starts_repeat"],
  ["No. CPP ceased in the month", "cpp_ended"],
  ["No. ceased CPPs that lasted 2yrs+", "cpp_ended_2yrs"],
  ["CPP 0-12 months", "cpp_under_1yr"],
  ["CPP 12-24 months", "cpp_1_2yrs"],
  ["CPP 2 years+", "cpp_open_2yrs"],
  ["CP reviews due", "cp_reviews"],
  ["CP reviews in timescale", "cp_reviews_in_time"],
  ["CP visits in timescale", "cpp_visited_in_timescale"],
  null,
  ["Total # LAC", "lac"],
  ["(New LAC)", "lac_starts"],
  ["LAC ceased", "lac_ceased"],
  ["Current UASC LAC", "uasc"],
  ["Total no. LAC with 3+ placements in last 12 months", "lac_3plus_placements"],
  ["Long-term stability cohort", "lac_long_term_cohort"],
  ["Same placement 2 years+", "lac_long_term_stable"],
  ["LAC placed in borough", "lac_placed_in_area"],
  ["LAC reviews", "lac_reviews"],
  ["LAC reviews in timescale", "lac_reviews_in_time"],
  ["LAC visits in timescale", "lac_visited_in_timescale"],
  ["Missing incidents", "missing_incidents"],
  ["Missing children", "missing_children"],
  ["Care leavers 19-21", "care_leavers"],
  ["Care leavers EET", "care_leavers_eet"],
  ["Care leavers in suitable accommodation", "care_leavers_suitable_accommodation"],
  ["Adoptions", "adoptions"],
  ["SGOs", "sgos"],
  null,
  ["Employed social workers FTE", "sw_employed_fte"],
  ["Agency social workers FTE", "sw_agency_fte"],
  ["Vacancies FTE", "sw_vacancies_fte"],
  ["Leavers FTE", "sw_leavers_fte"],
  ["Cases held", "cases_held"],
  ["Case holding FTE", "case_holding_fte"],
  ["Case holding headcount", "sw_case_holding"],
  ["SWs within caseload band", "sw_caseload_in_band"],
  null,
  ["Population 0-17", "population"],
];

/** The FTE rows are shown to one decimal place, as workforce returns give them. */
const FTE_MEASURES: ReadonlySet<CanonicalMeasureId> = new Set([
  "sw_employed_fte",
  "sw_agency_fte",
  "sw_vacancies_fte",
  "sw_leavers_fte",
  "case_holding_fte",
]);

/**
 * The problems an analyst's sheet really has, put in on purpose so the scorecard shows what it
 * does with them: a typed YTD that disagrees with its months (the months of referrals add to 735,
 * the cell says 753), and a month withheld as "c" in the source it was copied from.
 */
export const SAMPLE_PROBLEMS = {
  referralsYtdTyped: 753,
  withheld: { measure: "sgos", month: monthKey(2013, 9) },
} as const;

/** The notes below the data sheet's tables: where each figure comes from. */
const DATA_NOTES: readonly string[] = [
  "Notes",
  `Contact, Refs, % Mnth and % YTD (June 2013 to May 2015) are copied as published in ${PETERBOROUGH_REPORT}, table after paragraph 4.5, including its own typo: % Mnth for May-14 reads 33.9%, but 280 of 767 is 36.5%.`,
  "From the same report: children on a plan at the end of May 2015 (215), looked after (about 350), adoptions in 2014/15 (32) and 2013/14 (27), agency social workers (26), cases open (1,901) and the average caseload (21.8); the months around them are generated.",
  "Every other figure is generated by the repository's sample builder (npm run sample:build): seeded, with the seasons of demand, each part no larger than its whole, and levels shaped on the Croydon (2013/14), Rotherham (December 2015), Walsall (Q3 2016/17) and Thurrock (November 2017) committee reports.",
  `Put in on purpose: Refs ${YTD_HEADING} is typed ${SAMPLE_PROBLEMS.referralsYtdTyped} (its months add up to 735), and SGOs for Sep-13 is c, withheld in the source, so that month is missing.`,
];

/**
 * The sample workbook's three input sheets, as an analyst keeps them: the monthly data (months
 * across, the front-door table on top as Peterborough printed it), the targets and benchmarks,
 * and the settings (authority, reporting month, suppression on). The same every time.
 * @example sampleWorkbook().map((sheet) => sheet.name) // ["CSC Data", "CSC Comparators", "CSC Settings"]
 */
export function sampleWorkbook(): SampleSheet[] {
  return [dataSheet(sampleFigures()), comparatorsSheet(), settingsSheet()];
}

function dataSheet(figures: SampleFigures): SampleSheet {
  const rows = new SheetRows();
  const width = SAMPLE_MONTHS.length + 2;
  rows.add([SAMPLE_BANNER]);
  rows.add(["Children's social care: monthly data, June 2013 to May 2015"]);
  rows.add([]);
  const header = () =>
    rows.add(
      ["Measure", ...SAMPLE_MONTHS.map(monthSerial), YTD_HEADING],
      ["General", ...SAMPLE_MONTHS.map(() => MONTH_FORMAT), "General"]
    );
  header();
  rows.add(measureRow("Contact", "contacts", figures));
  rows.add(measureRow("Refs", "referrals", figures, SAMPLE_PROBLEMS.referralsYtdTyped));
  const percentRow = (
    label: string,
    pick: (row: (typeof PETERBOROUGH_FRONT_DOOR)[number]) => number
  ) =>
    rows.add(
      [label, ...PETERBOROUGH_FRONT_DOOR.map((row) => Math.round(pick(row) * 10) / 1000)],
      ["General", ...PETERBOROUGH_FRONT_DOOR.map(() => PERCENT_FORMAT)]
    );
  percentRow("% Mnth", (row) => row[2]);
  percentRow("% YTD", (row) => row[3]);
  rows.add([]);
  header();
  for (const row of DATA_ROWS) {
    if (row === null) rows.add([]);
    else rows.add(measureRow(row[0], row[1], figures));
  }
  rows.add([]);
  for (const note of DATA_NOTES) rows.add([note]);
  return rows.sheet(DEFAULT_INPUT_SHEET_NAMES.data, width, [48, ...SAMPLE_MONTHS.map(() => 8), 12]);
}

function measureRow(
  label: string,
  measure: CanonicalMeasureId,
  figures: SampleFigures,
  typedYtd?: number
): [RawCell[], string[]] {
  const values = figures[measure];
  const format = FTE_MEASURES.has(measure) ? "0.0" : "General";
  const cells: RawCell[] = SAMPLE_MONTHS.map((month, i) =>
    measure === SAMPLE_PROBLEMS.withheld.measure && month === SAMPLE_PROBLEMS.withheld.month
      ? "c"
      : (values[i] ?? "")
  );
  const ytd = typedYtd ?? yearToDate(measure, values);
  return [
    [label, ...cells, ytd],
    ["General", ...SAMPLE_MONTHS.map(() => format), format],
  ];
}

/** What an analyst's YTD column holds: a flow's sum since April, a stock's latest month. */
function yearToDate(measure: CanonicalMeasureId, values: readonly number[]): number {
  const since = SAMPLE_MONTHS.findIndex((month) => month === YTD_FROM);
  if (MEASURES[measure].kind === "stock") return values[values.length - 1] ?? 0;
  return Math.round(values.slice(since).reduce((a, b) => a + b, 0) * 10) / 10;
}

function comparatorsSheet(): SampleSheet {
  const rows = new SheetRows();
  rows.add([SAMPLE_BANNER]);
  rows.add(["Targets and benchmarks, 2015/16"]);
  rows.add([]);
  rows.add([
    "Indicator",
    "Target",
    `Stat neighbours ${SAMPLE_BENCHMARK_YEARS.statNeighbours}`,
    `England ${SAMPLE_BENCHMARK_YEARS.england}`,
    `Region ${SAMPLE_BENCHMARK_YEARS.region}`,
    "Tolerance",
    "Band low",
    "Band high",
    "Benchmark year",
  ]);
  for (const row of SAMPLE_COMPARATORS) {
    rows.add([
      row.indicator,
      row.target ?? "",
      row.statNeighbours ?? "",
      row.england ?? "",
      row.region ?? "",
      row.tolerance ?? "",
      row.band?.[0] ?? "",
      row.band?.[1] ?? "",
      row.year ?? "",
    ]);
  }
  rows.add([]);
  rows.add([
    "Sources: statistical neighbours and England as the seed reports quote them (Peterborough, July 2015, with 2013/14 figures; Rotherham, February 2016) and DfE's 2014/15 releases; the Benchmark year column gives a row's year where it is not its column's; targets, regions and bands are the fictional authority's own.",
  ]);
  return rows.sheet(DEFAULT_INPUT_SHEET_NAMES.comparators, 9, [52, 10, 22, 16, 14, 11, 10, 10, 16]);
}

function settingsSheet(): SampleSheet {
  const rows = new SheetRows();
  rows.add(["Setting", "Value"]);
  for (const [key, value] of SAMPLE_SETTINGS) rows.add([key, value]);
  return rows.sheet(DEFAULT_INPUT_SHEET_NAMES.settings, 2, [30, 40]);
}

/** Rows built one at a time, padded to the sheet's width when done. */
class SheetRows {
  private readonly values: RawCell[][] = [];
  private readonly formats: string[][] = [];

  add(row: RawCell[] | [RawCell[], string[]], formats?: string[]): void {
    const [values, given] = isPair(row) ? row : [row, formats ?? []];
    this.values.push(values);
    this.formats.push(given);
  }

  sheet(name: string, width: number, columnWidths: number[]): SampleSheet {
    const pad = <T>(row: readonly T[], fill: T) =>
      Array.from({ length: width }, (_, i) => row[i] ?? fill);
    return {
      name,
      values: this.values.map((row) => pad<RawCell>(row, "")),
      numberFormats: this.formats.map((row) => pad(row, "General")),
      columnWidths,
    };
  }
}

function isPair(row: RawCell[] | [RawCell[], string[]]): row is [RawCell[], string[]] {
  return row.length === 2 && Array.isArray(row[0]) && Array.isArray(row[1]);
}

/** The first day of a month as the Excel serial a month heading holds. */
function monthSerial(month: MonthKey): number {
  const serial = civilDateToExcelSerial(civilDate(yearOf(month), monthOf(month), 1));
  if (!serial.ok) throw new Error(serial.error.detail);
  return serial.value;
}
