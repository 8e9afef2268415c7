import { COMPARATOR_LABELS, type ComparatorKind } from "../domain/compare/comparator";
import type { Unit } from "../domain/indicators/indicator-def";
import { MEASURES } from "../domain/measures/measure-catalogue";
import { isWithheld } from "../domain/format/suppression";
import { formatMonth } from "../domain/period/month";
import type { ScorecardRow } from "../domain/scorecard/compute-scorecard";
import { a1 } from "../sheet/a1";
import { cellNumber, GENERAL_FORMAT, TEXT_FORMAT, valueFormat } from "./number-formats";
import { HEADER_FILL, PREFERRED_SHEET_NAMES } from "./plan-input";
import type {
  ChartLine,
  ChartPlan,
  ChartSeriesPlan,
  CellStyle,
  PlanCell,
  SheetPlan,
} from "./plan-types";
import { headerText } from "./refreshed-label";
import { StyleGrid } from "./style-grid";
import { periodLabel, SCORECARD_TITLE, type TitleFacts } from "./title-block";
import { capitalise } from "../domain/text/capitalise";

/** The kinds of chart the seeds' authors draw, in the order a committee reads them. */
export const DEFAULT_CHART_INDICATORS: readonly string[] = [
  "referrals_per10k",
  "referral_to_assessment_pct",
  "rereferral_pct",
  "assessment_45wd_pct",
  "cpp_per10k",
  "lac_per10k",
];

/** Each line's look, the same on every chart; line styles differ too, so colour is not needed. */
export const SERIES_LOOKS: Readonly<
  Record<"value" | ComparatorKind, { color: string; line: ChartLine }>
> = {
  value: { color: HEADER_FILL, line: "solid" },
  statNeighbours: { color: "#C55A11", line: "dash" },
  england: { color: "#595959", line: "dot" },
  target: { color: "#7030A0", line: "dashDot" },
  region: { color: "#2E75B6", line: "dash" },
  lastYear: { color: "#A5A5A5", line: "dot" },
};

const REFERENCE_LINES: readonly ComparatorKind[] = ["statNeighbours", "england", "target"];
const DATA_COLUMN_POINTS = [60, 80, 80, 80, 80];
const CHART = { width: 460, height: 260, gap: 15, top: 30, perRow: 2 };
const CHARTS_LEFT = DATA_COLUMN_POINTS.reduce((a, b) => a + b, 0) + 20;

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

/**
 * The charts sheet: for each key indicator, its monthly series (rolling annualised for rates of
 * flows) laid out as a small table, since Excel charts draw from cells, and a line chart of it with
 * statistical neighbours, England and target as flat reference lines.
 * @example buildChartsSheet(facts, rows, ["rereferral_pct"]).charts[0].series.map((s) => s.name)
 * // ["Re-referrals within 12 months", "Statistical neighbours", "England", "Target"]
 */
export function buildChartsSheet(
  facts: TitleFacts,
  rows: readonly ScorecardRow[],
  chartIndicators: readonly string[] = DEFAULT_CHART_INDICATORS
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
  const charts: ChartPlan[] = [];
  charted.forEach((row, k) => {
    values.push([]);
    formats.push([]);
    const block = chartBlock(row, values.length);
    values.push(...block.values);
    formats.push(...block.formats);
    styles.paint(block.titleRow, 0, block.titleRow, 0, { bold: true });
    styles.paint(block.titleRow + 1, 0, block.titleRow + 1, block.width - 1, HEADER_ROW_STYLE);
    charts.push({
      name: `CSC chart ${k + 1}`,
      indicatorId: row.id,
      title: chartTitle(row),
      valueAxisTitle: AXIS_TITLES[row.def.unit],
      categoryAxisTitle: "Month",
      valueAxisFormat: AXIS_FORMATS[row.def.unit],
      top: CHART.top + Math.floor(k / CHART.perRow) * (CHART.height + CHART.gap),
      left: CHARTS_LEFT + (k % CHART.perRow) * (CHART.width + CHART.gap),
      width: CHART.width,
      height: CHART.height,
      series: block.series,
    });
  });
  const width = Math.max(...values.map((line) => line.length), 1);
  const square = <T>(grid: T[][], filler: T) =>
    grid.map((line) => [...line, ...Array<T>(width - line.length).fill(filler)]);
  const chartRows = Math.ceil(charted.length / CHART.perRow);
  const lastRow = Math.max(
    values.length,
    Math.ceil((CHART.top + chartRows * (CHART.height + CHART.gap)) / 15)
  );
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
    rowHeights: [],
    autofitRows: [],
    freeze: null,
    print: {
      orientation: "Landscape",
      paperSize: "A4",
      fitToPagesWide: 1,
      area: `A1:${a1(lastRow, lastChartColumn())}`,
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

/** The last column the chart grid reaches, with the data columns' widths and Excel's default after them. */
function lastChartColumn(): number {
  const right = CHARTS_LEFT + CHART.perRow * (CHART.width + CHART.gap);
  const dataWidth = DATA_COLUMN_POINTS.reduce((a, b) => a + b, 0);
  return DATA_COLUMN_POINTS.length + Math.ceil((right - dataWidth) / DEFAULT_COLUMN_POINTS);
}

const DEFAULT_COLUMN_POINTS = 48;

const HEADER_ROW_STYLE: CellStyle = {
  bold: true,
  fontColor: "#FFFFFF",
  fill: HEADER_FILL,
  wrapText: true,
};

interface Block {
  readonly titleRow: number;
  readonly width: number;
  readonly values: PlanCell[][];
  readonly formats: string[][];
  readonly series: ChartSeriesPlan[];
}

/** One indicator's chart data: a title row, a header row, then a row per month. */
function chartBlock(row: ScorecardRow, titleRow: number): Block {
  const def = row.def;
  const number = valueFormat(def.unit, def.decimals);
  const lines = REFERENCE_LINES.flatMap((kind) => {
    const c = row.comparisons.find((x) => x.comparator === kind);
    return c === undefined ? [] : [{ kind, value: c.value }];
  });
  const headers = [
    "Month",
    def.name,
    ...lines.map(({ kind }) => capitalise(COMPARATOR_LABELS[kind])),
  ];
  const values: PlanCell[][] = [[chartTitle(row)], headers];
  const formats: string[][] = [[TEXT_FORMAT], headers.map(() => TEXT_FORMAT)];
  for (const point of row.series) {
    // A withheld month is left blank, as a missing one is: Excel draws a blank as a gap but text
    // (a "c") as a point at zero, which would be a figure of its own.
    const shown =
      isWithheld(point) || point.value === null ? "" : cellNumber(point.value, def.unit);
    values.push([
      formatMonth(point.month),
      shown,
      ...lines.map(({ value }) => cellNumber(value, def.unit)),
    ]);
    formats.push([TEXT_FORMAT, number, ...lines.map(() => number)]);
  }
  const withheld = row.series.filter((point) => isWithheld(point)).map((p) => formatMonth(p.month));
  if (withheld.length > 0) {
    values.push([
      `Withheld under disclosure control (small numbers), so left blank: ${withheld.join(", ")}.`,
    ]);
    formats.push([TEXT_FORMAT]);
  }
  const first = titleRow + 2;
  const last = titleRow + 1 + Math.max(row.series.length, 1);
  const column = (c: number) => `${a1(first, c)}:${a1(last, c)}`;
  const months = values.slice(2, 2 + row.series.length);
  const series: ChartSeriesPlan[] = headers.slice(1).map((name, i) => {
    const look = SERIES_LOOKS[i === 0 ? "value" : (lines[i - 1]?.kind ?? "value")];
    const blank = months.every((cells) => cells[i + 1] === "");
    return {
      name,
      values: column(i + 1),
      categories: column(0),
      color: look.color,
      line: look.line,
      markers: i === 0,
      ...(blank ? { blank: true as const } : {}),
    };
  });
  return { titleRow, width: headers.length, values, formats, series };
}

/**
 * The chart's title with its unit, and "rolling 12 months" where the series is a rolling rate.
 * @example chartTitle(rereferralRow) // "Re-referrals within 12 months (%)"
 */
export function chartTitle(row: ScorecardRow): string {
  const def = row.def;
  const rolling =
    def.formula.kind === "rate" &&
    (MEASURES as Readonly<Record<string, { kind: string }>>)[def.formula.count]?.kind === "flow";
  const parts: string[] = [];
  if (rolling) parts.push("rolling 12 months");
  if (def.unit === "percent") parts.push("%");
  if (def.unit === "per10k" && !/per 10,000/i.test(def.name)) parts.push("per 10,000 children");
  if (def.unit === "days" && !/days/i.test(def.name)) parts.push("days");
  return parts.length === 0 ? def.name : `${def.name} (${parts.join(", ")})`;
}
