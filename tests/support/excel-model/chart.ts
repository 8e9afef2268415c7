import { formatAddress, parseAddress, type Rect } from "./a1";
import { isText, oneOf } from "./checks";
import { ChartAxes, ChartLegend, ChartTitle } from "./chart-parts";
import { ChartSeriesCollection } from "./chart-series";
import { EntityRef, ModelObject } from "./client-object";
import { excelError } from "./errors";
import type { Range } from "./range";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT } from "./range-format";
import type { RequestQueue } from "./request-context";
import type { ChartSeriesState, ChartState, SheetState } from "./workbook-state";

/** The chart types an add-in like this one uses; others are refused as Excel refuses unknown types. */
export const CHART_TYPES = [
  "ColumnClustered",
  "ColumnStacked",
  "ColumnStacked100",
  "BarClustered",
  "BarStacked",
  "BarStacked100",
  "Line",
  "LineMarkers",
  "LineStacked",
  "LineMarkersStacked",
  "Pie",
  "Doughnut",
  "Area",
  "AreaStacked",
  "XYScatter",
  "XYScatterLines",
  "XYScatterLinesNoMarkers",
  "XYScatterSmooth",
  "Radar",
  "Waterfall",
  "Histogram",
];

/**
 * How a chart plots blank cells ("Excel.ChartDisplayBlanksAs", ExcelApi 1.8,
 * https://learn.microsoft.com/javascript/api/excel/excel.chartdisplayblanksas): not at all (a gap
 * in a line), as zero, or joined across. The documentation gives no default for a chart made by
 * `charts.add`; the model starts at "NotPlotted", Excel's Hidden and Empty Cells default for a
 * line chart, and records a write so a test can see the writer did not rely on it.
 */
export const DISPLAY_BLANKS_AS = ["NotPlotted", "Zero", "Interplotted"];

function isLabel(value: unknown): boolean {
  return typeof value === "string" && value !== "";
}

/**
 * The series Excel creates from a chart's source: one per column (or row), named from a text header
 * row (or column), with categories from a text first column (or row). Over blank cells it creates
 * none, as a chart inserted over an empty selection is empty: the API documents no detection at all
 * ("ChartCollection.add", https://learn.microsoft.com/javascript/api/excel/excel.chartcollection#excel-excel-chartcollection-add-member(1)),
 * so what it finds is checked in Excel by docs/excel-checks/chart-series-from-add.yaml.
 * @example
 * seriesFromSource(sheet, rect, "Columns"); // [{ name: "Referrals", values: "Data!B2:B13", xValues: "Data!A2:A13" }]
 */
export function seriesFromSource(
  sheet: SheetState,
  rect: Rect,
  seriesBy: string
): ChartSeriesState[] {
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  const blank = [...Array(rows).keys()].every((r) =>
    [...Array(cols).keys()].every((c) => sheet.cells.value(rect.top + r, rect.left + c) === "")
  );
  if (blank) return [];
  const byColumns = seriesBy === "Columns" || (seriesBy === "Auto" && rows >= cols);
  const cell = (r: number, c: number) => sheet.cells.value(r, c);
  const headerRow =
    rows > 1 && [...Array(cols).keys()].some((i) => isLabel(cell(rect.top, rect.left + i)));
  const headerCol =
    cols > 1 &&
    [...Array(rows).keys()]
      .slice(headerRow ? 1 : 0)
      .some((i) => isLabel(cell(rect.top + i, rect.left)));
  const first = { row: rect.top + (headerRow ? 1 : 0), col: rect.left + (headerCol ? 1 : 0) };
  const out: ChartSeriesState[] = [];
  if (byColumns) {
    for (let col = first.col; col <= rect.right; col += 1) {
      const series: ChartSeriesState = {
        name: headerRow ? String(cell(rect.top, col)) : `Series${out.length + 1}`,
        values: formatAddress(sheet.name, {
          top: first.row,
          bottom: rect.bottom,
          left: col,
          right: col,
        }),
        props: {},
      };
      if (headerCol)
        series.xValues = formatAddress(sheet.name, {
          top: first.row,
          bottom: rect.bottom,
          left: rect.left,
          right: rect.left,
        });
      out.push(series);
    }
    return out;
  }
  for (let row = first.row; row <= rect.bottom; row += 1) {
    const series: ChartSeriesState = {
      name: headerCol ? String(cell(row, rect.left)) : `Series${out.length + 1}`,
      values: formatAddress(sheet.name, {
        top: row,
        bottom: row,
        left: first.col,
        right: rect.right,
      }),
      props: {},
    };
    if (headerRow)
      series.xValues = formatAddress(sheet.name, {
        top: rect.top,
        bottom: rect.top,
        left: first.col,
        right: rect.right,
      });
    out.push(series);
  }
  return out;
}

function offsetOf(sizes: Map<number, number>, fallback: number, index: number): number {
  let total = index * fallback;
  for (const [i, size] of sizes) if (i < index) total += size - fallback;
  return total;
}

/** An embedded chart. */
export class Chart extends ModelObject {
  readonly title: ChartTitle;
  readonly legend: ChartLegend;
  readonly axes: ChartAxes;
  readonly series: ChartSeriesCollection;

  constructor(
    queue: RequestQueue,
    private readonly sheet: () => SheetState,
    private readonly ref: EntityRef<ChartState>
  ) {
    super(queue, "Chart");
    const props = () => this.ref.get().props;
    this.title = new ChartTitle(queue, props, "title.");
    this.legend = new ChartLegend(queue, props);
    this.axes = new ChartAxes(queue, props);
    this.series = new ChartSeriesCollection(queue, () => this.ref.get());
  }

  protected override isNull(): boolean {
    return this.ref.tryGet() === undefined;
  }

  protected override children() {
    return { title: this.title, legend: this.legend, axes: this.axes, series: this.series };
  }

  protected scalars() {
    const c = () => this.ref.get();
    return {
      id: () => c().id,
      name: () => c().name,
      chartType: () => c().chartType,
      top: () => c().top,
      left: () => c().left,
      width: () => c().width,
      height: () => c().height,
      displayBlanksAs: () => c().props.displayBlanksAs ?? "NotPlotted",
    };
  }

  get id(): string {
    return this.read("id");
  }
  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.write("name", value, () => {
      this.ref.get().name = isText("Chart.name")(value);
    });
  }
  get chartType(): string {
    return this.read("chartType");
  }
  set chartType(value: string) {
    this.write("chartType", value, () => {
      this.ref.get().chartType = oneOf(CHART_TYPES, "Chart.chartType")(value);
    });
  }

  /** ExcelApi 1.8: https://learn.microsoft.com/javascript/api/excel/excel.chart#excel-excel-chart-displayblanksas-member */
  get displayBlanksAs(): string {
    return this.read("displayBlanksAs");
  }
  set displayBlanksAs(value: string) {
    this.write("displayBlanksAs", value, () => {
      this.ref.get().props.displayBlanksAs = oneOf(
        DISPLAY_BLANKS_AS,
        "Chart.displayBlanksAs"
      )(value);
    });
  }

  private size(key: "top" | "left" | "width" | "height", value: number): void {
    this.write(key, value, () => {
      if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
        throw excelError(
          "InvalidArgument",
          `Chart.${key}`,
          `${String(value)} is not a position in points.`
        );
      }
      this.ref.get()[key] = value;
    });
  }
  get top(): number {
    return this.read("top");
  }
  set top(value: number) {
    this.size("top", value);
  }
  get left(): number {
    return this.read("left");
  }
  set left(value: number) {
    this.size("left", value);
  }
  get width(): number {
    return this.read("width");
  }
  set width(value: number) {
    this.size("width", value);
  }
  get height(): number {
    return this.read("height");
  }
  set height(value: number) {
    this.size("height", value);
  }

  /** Places the chart over cells: its top-left at startCell, and (if given) its bottom-right at endCell's. */
  setPosition(startCell: Range | string, endCell?: Range | string): void {
    const shown = (cell: Range | string | undefined) =>
      typeof cell === "string" ? cell : cell === undefined ? null : "Range";
    this.call("setPosition", [shown(startCell), shown(endCell)], () => {
      const sheet = this.sheet();
      const rectOf = (cell: Range | string): Rect =>
        typeof cell === "string"
          ? parseAddress(cell, "Chart.setPosition").rect
          : cell.target().rect;
      const start = rectOf(startCell);
      const chart = this.ref.get();
      const widths = sheet.cells.columnWidths;
      const heights = sheet.cells.rowHeights;
      chart.left = offsetOf(widths, DEFAULT_COLUMN_WIDTH, start.left);
      chart.top = offsetOf(heights, DEFAULT_ROW_HEIGHT, start.top);
      if (endCell !== undefined) {
        const end = rectOf(endCell);
        chart.width = offsetOf(widths, DEFAULT_COLUMN_WIDTH, end.right + 1) - chart.left;
        chart.height = offsetOf(heights, DEFAULT_ROW_HEIGHT, end.bottom + 1) - chart.top;
      }
    });
  }

  delete(): void {
    this.call("delete", [], () => {
      const sheet = this.sheet();
      sheet.charts = sheet.charts.filter((c) => c !== this.ref.get());
    });
  }
}
