import type { Unit } from "../domain/indicators/indicator-def";
import { isWithheld } from "../domain/format/suppression";
import { formatMonth } from "../domain/period/month";
import type { ScorecardRow } from "../domain/scorecard/compute-scorecard";
import { a1 } from "../sheet/a1";
import { chartDescription } from "./charts/chart-alt-text";
import {
  chartBox,
  DEFAULT_COLUMN_POINTS,
  DEFAULT_ROW_POINTS,
  gridArea,
  gridPages,
  TITLE_ROW_POINTS,
} from "./charts/chart-grid";
import type { BenchmarkYearOf } from "./benchmark-years";
import { chartLines, type PlannedLine } from "./charts/chart-lines";
import { chartMonths, isRolling } from "./charts/chart-months";
import { GENERAL_FORMAT, TEXT_FORMAT, valueFormat } from "./number-formats";
import { HEADER_FILL, PREFERRED_SHEET_NAMES } from "./plan-input";
import type { CellStyle, ChartPlan, ChartSeriesPlan, PlanCell, SheetPlan } from "./plan-types";
import { headerText } from "./refreshed-label";
import { StyleGrid } from "./style-grid";
import { periodLabel, SCORECARD_TITLE, type TitleFacts } from "./title-block";

/** The kinds of chart the seeds' authors draw, in the order a committee reads them. */
export const DEFAULT_CHART_INDICATORS: readonly string[] = [
  "referrals_per10k",
  "referral_to_assessment_pct",
  "rereferral_pct",
  "assessment_45wd_pct",
  "cpp_per10k",
  "lac_per10k",
];

/** Month, the indicator, its part-year line, three reference lines, the band's two edges. */
const DATA_COLUMN_POINTS = [60, 120, 120, 120, 120, 120, 120, 120];

const AXIS_TITLES: Readonly<Record<Unit, string>> = {
  percent: "Percent",
  per10k: "Rate per 10,000 children",
  count: "Number",
  days: "Days",
  ratio: "Ratio",
};

const AXIS_FORMATS: Readonly<Record<Unit, string>> = {
  percent: "0%",
  per10k: "#,##0",
  count: "#,##0",
  days: "#,##0",
  ratio: "0.0",
};

/** No benchmark's year is known: the lines are named without one. */
const NO_YEARS: BenchmarkYearOf = () => null;

/**
 * The charts sheet: a grid of line charts, one per key indicator, three across and two down to a
 * printed page, and below the grid, outside the print area, the table each chart is drawn from
 * (Excel charts draw from cells), with the chart's description above it. Each chart covers the
 * months with data, draws a rolling rate's part-year months apart, dotted, draws the reference
 * lines named with their year and, for an indicator rated against a band, the band's edges.
 * @example buildChartsSheet(facts, rows, ["rereferral_pct"]).charts[0].series.map((s) => s.name)
 * // ["Sample Borough", "Statistical neighbours", "England", "Target"]
 */
export function buildChartsSheet(
  facts: TitleFacts,
  rows: readonly ScorecardRow[],
  chartIndicators: readonly string[] = DEFAULT_CHART_INDICATORS,
  yearOf: BenchmarkYearOf = NO_YEARS
): SheetPlan {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const charted = chartIndicators.flatMap((id) => {
    const row = byId.get(id);
    return row === undefined ? [] : [row];
  });
  const styles = new StyleGrid();
  const values: PlanCell[][] = [[`${SCORECARD_TITLE}: charts, ${periodLabel(facts)}`]];
  const formats: string[][] = [[TEXT_FORMAT]];
  styles.paint(0, 0, 0, 0, { bold: true, fontSize: 14, fontColor: HEADER_FILL });
  const columnPoints = (c: number) => DATA_COLUMN_POINTS[c] ?? DEFAULT_COLUMN_POINTS;
  const rowPoints = (r: number) => (r === 0 ? TITLE_ROW_POINTS : DEFAULT_ROW_POINTS);
  const area = gridArea(charted.length, columnPoints, rowPoints);
  const gridRows = Number(/\d+$/.exec(area)?.[0] ?? "1");
  // Every row under the grid is given its height: LibreOffice's default row is lower than
  // Excel's 15 points, and the charts are anchored to the rows they were planned on.
  const rowHeights = Array.from({ length: gridRows }, (_, row) => ({
    row,
    points: rowPoints(row),
  }));
  while (values.length < gridRows + 1) {
    values.push([]);
    formats.push([]);
  }
  values.push(["The figures each chart is drawn from"]);
  formats.push([TEXT_FORMAT]);
  styles.paint(values.length - 1, 0, values.length - 1, 0, { bold: true, fontColor: HEADER_FILL });
  const charts: ChartPlan[] = [];
  const headerRows: string[] = [];
  charted.forEach((row, k) => {
    values.push([]);
    formats.push([]);
    const block = chartBlock(row, facts.authority, values.length, yearOf);
    values.push(...block.values);
    formats.push(...block.formats);
    styles.paint(block.titleRow, 0, block.titleRow, 0, { bold: true });
    styles.paint(block.titleRow + 1, 0, block.titleRow + 1, 0, { italic: true });
    styles.paint(block.headerRow, 0, block.headerRow, block.width - 1, HEADER_ROW_STYLE);
    headerRows.push(`${a1(block.headerRow, 0)}:${a1(block.headerRow, block.width - 1)}`);
    charts.push({
      name: `CSC chart ${k + 1}`,
      indicatorId: row.id,
      title: chartTitle(row),
      valueAxisTitle: AXIS_TITLES[row.def.unit],
      categoryAxisTitle: null,
      valueAxisFormat: AXIS_FORMATS[row.def.unit],
      ...valueAxisTop(row.def.unit, block.values),
      legend: "right",
      altTextTitle: chartTitle(row),
      altTextDescription: block.description,
      ...chartBox(k),
      series: block.series,
    });
  });
  const width = Math.max(...values.map((line) => line.length), 1);
  const square = <T>(grid: T[][], filler: T) =>
    grid.map((line) => [...line, ...Array<T>(width - line.length).fill(filler)]);
  return {
    role: "charts",
    preferredName: PREFERRED_SHEET_NAMES.charts,
    tabColor: "#2E75B6",
    showGridlines: false,
    blocks: [
      {
        row: 0,
        column: 0,
        values: square(values, ""),
        numberFormats: square(formats, GENERAL_FORMAT),
      },
    ],
    styles: styles.groups(),
    columnWidths: DATA_COLUMN_POINTS.map((points, column) => ({ column, points })),
    rowHeights,
    // Headers such as "Statistical neighbours 2014/15" wrap in their columns.
    autofitRows: headerRows,
    freeze: null,
    print: {
      orientation: "Landscape",
      paperSize: "A4",
      fitToPagesWide: 1,
      fitToPagesTall: gridPages(charted.length),
      // The grid alone: the tables below it are for the charts and for analysts, not the pack.
      area,
      centerHeader: `&B${headerText(facts.authority)}: ${SCORECARD_TITLE} (charts)`,
      rightHeader: headerText(periodLabel(facts)),
      leftFooter: "",
      rightFooter: "Page &P of &N",
    },
    tables: [],
    names: [],
    charts,
  };
}

const HEADER_ROW_STYLE: CellStyle = {
  bold: true,
  fontColor: "#FFFFFF",
  fill: HEADER_FILL,
  wrapText: true,
  verticalAlignment: "Top",
};

interface Block {
  readonly titleRow: number;
  readonly headerRow: number;
  readonly width: number;
  readonly values: PlanCell[][];
  readonly formats: string[][];
  readonly series: ChartSeriesPlan[];
  readonly description: string;
}

/**
 * One indicator's chart data: a title row, the chart's description, a header row naming each
 * line as its legend does, then a row per month with data.
 */
function chartBlock(
  row: ScorecardRow,
  authority: string,
  titleRow: number,
  yearOf: BenchmarkYearOf
): Block {
  const def = row.def;
  const number = valueFormat(def.unit, def.decimals);
  const months = chartMonths(row.series);
  const lines = chartLines(row, authority, months, yearOf);
  const description = chartDescription(row, months, lines);
  const headers = ["Month", ...lines.map((line) => line.name)];
  const values: PlanCell[][] = [[chartTitle(row)], [description], headers];
  const formats: string[][] = [[TEXT_FORMAT], [TEXT_FORMAT], headers.map(() => TEXT_FORMAT)];
  for (const point of months) {
    values.push([formatMonth(point.month), ...lines.map((line) => line.cell(point))]);
    formats.push([TEXT_FORMAT, ...lines.map(() => number)]);
  }
  const withheld = months.filter((point) => isWithheld(point)).map((p) => formatMonth(p.month));
  if (withheld.length > 0) {
    values.push([
      `Withheld under disclosure control (small numbers), so left blank: ${withheld.join(", ")}.`,
    ]);
    formats.push([TEXT_FORMAT]);
  }
  const headerRow = titleRow + 2;
  const first = headerRow + 1;
  const last = headerRow + Math.max(months.length, 1);
  const column = (c: number) => `${a1(first, c)}:${a1(last, c)}`;
  const monthRows = values.slice(3, 3 + months.length);
  const series = lines.map((line, i) =>
    seriesPlan(line, column(i + 1), column(0), monthRows, i + 1)
  );
  return { titleRow, headerRow, width: headers.length, values, formats, series, description };
}

function seriesPlan(
  line: PlannedLine,
  values: string,
  categories: string,
  monthRows: readonly (readonly PlanCell[])[],
  column: number
): ChartSeriesPlan {
  const blank = monthRows.every((cells) => cells[column] === "");
  return {
    name: line.name,
    role: line.role,
    values,
    categories,
    color: line.look.color,
    line: line.look.line,
    ...(line.look.weight === undefined ? {} : { weight: line.look.weight }),
    markers: line.look.markers,
    ...(line.look.hollow === true ? { markerFill: "#FFFFFF" } : {}),
    ...(blank ? { blank: true as const } : {}),
  };
}

/**
 * A percentage whose figures reach 90 % stops its axis at 100 %: Excel and LibreOffice would run
 * it to 120 %, a share no indicator can reach. Lower figures keep the automatic axis, which fits
 * them closely (a fixed top would make both hosts start the axis at 0 and flatten 18 %–25 %); so
 * do other units, and a chart with a figure above 100 % (a data error the notes report).
 * @example valueAxisTop("percent", [["Apr-14", 0.96, 0.77]]) // { valueAxisMaximum: 1 }
 * @example valueAxisTop("percent", [["Apr-14", 0.21, 0.236]]) // {}
 */
/** A share this high gets an automatic axis past 100 %. */
const NEAR_FULL = 0.9;

function valueAxisTop(
  unit: Unit,
  rows: readonly (readonly PlanCell[])[]
): { valueAxisMaximum?: number } {
  if (unit !== "percent") return {};
  const numbers = rows.flatMap((row) => row.filter((c): c is number => typeof c === "number"));
  const top = Math.max(...numbers);
  return top >= NEAR_FULL && top <= 1 ? { valueAxisMaximum: 1 } : {};
}

/**
 * The chart's title with its unit, and "rolling 12 months" where the series is a rolling rate.
 * @example chartTitle(rereferralRow) // "Re-referrals within 12 months (%)"
 */
export function chartTitle(row: ScorecardRow): string {
  const def = row.def;
  const parts: string[] = [];
  if (isRolling(row)) parts.push("rolling 12 months");
  if (def.unit === "percent") parts.push("%");
  if (def.unit === "per10k" && !/per 10,000/i.test(def.name)) parts.push("per 10,000 children");
  if (def.unit === "days" && !/days/i.test(def.name)) parts.push("days");
  return parts.length === 0 ? def.name : `${def.name} (${parts.join(", ")})`;
}
