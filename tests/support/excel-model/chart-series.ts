import { formatAddress } from "./a1";
import { isBoolean, isText, numberIn } from "./checks";
import { ChartFill, ChartLineFormat } from "./chart-parts";
import { ModelCollection, ModelObject } from "./client-object";
import { normaliseColor } from "./color";
import { excelError } from "./errors";
import type { Range } from "./range";
import { RecordedObject } from "./recorded-object";
import type { RequestQueue } from "./request-context";
import type { ChartSeriesState, ChartState } from "./workbook-state";

/** `series.format`. */
export class ChartSeriesFormat extends ModelObject {
  readonly line: ChartLineFormat;
  readonly fill: ChartFill;

  constructor(queue: RequestQueue, series: () => ChartSeriesState) {
    super(queue, "ChartSeriesFormat");
    this.line = new ChartLineFormat(queue, () => series().props, "format.line.");
    this.fill = new ChartFill(queue, () => series().props, "format.fill.");
  }

  protected scalars() {
    return {};
  }

  protected override children() {
    return { line: this.line };
  }
}

const SERIES_KEYS = [
  "markerStyle",
  "markerSize",
  "markerBackgroundColor",
  "markerForegroundColor",
  "smooth",
  "hasDataLabels",
  "axisGroup",
  "gapWidth",
  "overlap",
  "filtered",
  "plotOrder",
];

/** One chart series: name, type, and the ranges its values and categories come from. */
export class ChartSeries extends RecordedObject {
  declare markerStyle: string;
  declare markerSize: number;
  declare markerBackgroundColor: string;
  declare markerForegroundColor: string;
  declare smooth: boolean;
  declare hasDataLabels: boolean;
  declare axisGroup: string;
  declare gapWidth: number;
  declare overlap: number;
  declare filtered: boolean;
  declare plotOrder: number;
  readonly format: ChartSeriesFormat;

  constructor(
    queue: RequestQueue,
    private readonly chart: () => ChartState,
    private readonly series: () => ChartSeriesState
  ) {
    super(
      queue,
      "ChartSeries",
      () => series().props,
      "",
      {
        markerStyle: "Automatic",
        markerSize: 5,
        markerBackgroundColor: "",
        markerForegroundColor: "",
        smooth: false,
        hasDataLabels: false,
        axisGroup: "Primary",
        gapWidth: 150,
        overlap: 0,
        filtered: false,
        plotOrder: 0,
      },
      {
        markerSize: numberIn(2, 72, "ChartSeries.markerSize"),
        markerBackgroundColor: (v) => normaliseColor(v, "ChartSeries.markerBackgroundColor"),
        markerForegroundColor: (v) => normaliseColor(v, "ChartSeries.markerForegroundColor"),
        smooth: isBoolean("ChartSeries.smooth"),
        hasDataLabels: isBoolean("ChartSeries.hasDataLabels"),
      }
    );
    this.format = new ChartSeriesFormat(queue, series);
  }

  protected override children() {
    return { format: this.format };
  }

  protected override scalars(): Record<string, () => unknown> {
    return {
      ...super.scalars(),
      name: () => this.series().name,
      chartType: () => this.series().chartType ?? this.chart().chartType,
    };
  }

  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.write("name", value, () => {
      this.series().name = isText("ChartSeries.name")(value);
    });
  }
  get chartType(): string {
    return this.read("chartType");
  }
  set chartType(value: string) {
    this.write("chartType", value, () => {
      this.series().chartType = isText("ChartSeries.chartType")(value);
    });
  }

  setValues(sourceData: Range): void {
    this.call("setValues", ["Range"], () => {
      const { sheet, rect } = sourceData.target();
      this.series().values = formatAddress(sheet.name, rect);
    });
  }

  setXAxisValues(sourceData: Range): void {
    this.call("setXAxisValues", ["Range"], () => {
      const { sheet, rect } = sourceData.target();
      this.series().xValues = formatAddress(sheet.name, rect);
    });
  }

  delete(): void {
    this.call("delete", [], () => {
      const chart = this.chart();
      chart.series = chart.series.filter((s) => s !== this.series());
    });
  }
}
RecordedObject.define(ChartSeries, SERIES_KEYS);

/** `chart.series`. */
export class ChartSeriesCollection extends ModelCollection<ChartSeries> {
  constructor(
    queue: RequestQueue,
    private readonly chart: () => ChartState
  ) {
    super(queue, "ChartSeriesCollection");
  }

  protected override scalars() {
    return { count: () => this.chart().series.length };
  }

  get count(): number {
    return this.read("count");
  }

  protected currentItems(): ChartSeries[] {
    return this.chart().series.map((s) => new ChartSeries(this.queue, this.chart, () => s));
  }

  add(name?: string, index?: number): ChartSeries {
    let made: ChartSeriesState | undefined;
    this.call("add", [name ?? null, index ?? null], () => {
      const chart = this.chart();
      const series: ChartSeriesState = {
        name: name ?? `Series${chart.series.length + 1}`,
        props: {},
      };
      const at = index ?? chart.series.length;
      if (at < 0 || at > chart.series.length)
        throw excelError("InvalidArgument", "ChartSeriesCollection.add", "Bad series index.");
      chart.series.splice(at, 0, series);
      made = series;
    });
    return new ChartSeries(this.queue, this.chart, () => {
      if (!made) throw excelError("ItemNotFound", "ChartSeries", "The series was not added.");
      return made;
    });
  }

  getItemAt(index: number): ChartSeries {
    return new ChartSeries(this.queue, this.chart, () => {
      const all = this.chart().series;
      // "The attempted operation failed because the chart series is empty" (EmptyChartSeries, in the
      // error table, https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling):
      // which call raises it is not documented, so the model raises it where code first reaches
      // into a chart that has no series.
      if (all.length === 0) throw excelError("EmptyChartSeries", "ChartSeriesCollection.getItemAt");
      const series = all[index];
      if (!series)
        throw excelError(
          "InvalidArgument",
          "ChartSeriesCollection.getItemAt",
          `There is no series ${index}.`
        );
      return series;
    });
  }
}
