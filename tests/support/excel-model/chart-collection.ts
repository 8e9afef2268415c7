import { formatAddress } from "./a1";
import { CHART_TYPES, Chart, seriesFromSource } from "./chart";
import { EntityRef, ModelCollection } from "./client-object";
import { excelError } from "./errors";
import type { Range } from "./range";
import type { RequestQueue } from "./request-context";
import type { ChartState, SheetState } from "./workbook-state";

/** `worksheet.charts`. */
export class ChartCollection extends ModelCollection<Chart> {
  constructor(
    queue: RequestQueue,
    private readonly sheet: () => SheetState
  ) {
    super(queue, "ChartCollection");
  }

  protected override scalars() {
    return { count: () => this.sheet().charts.length };
  }

  get count(): number {
    return this.read("count");
  }

  private refTo(find: () => ChartState | undefined, location: string): EntityRef<ChartState> {
    return new EntityRef(
      find,
      (c) => this.sheet().charts.includes(c),
      () => excelError("ItemNotFound", location, "The chart doesn't exist.")
    );
  }

  protected currentItems(): Chart[] {
    return this.sheet().charts.map(
      (chart) =>
        new Chart(
          this.queue,
          this.sheet,
          this.refTo(() => chart, "Chart")
        )
    );
  }

  /** Adds a chart over `sourceData`, creating its series as Excel does (see seriesFromSource). */
  add(type: string, sourceData: Range, seriesBy: "Auto" | "Columns" | "Rows" = "Auto"): Chart {
    const ref = this.refTo(() => undefined, "ChartCollection.add");
    this.call("add", [type, "Range", seriesBy], () => {
      const location = "ChartCollection.add";
      if (!CHART_TYPES.includes(type))
        throw excelError("InvalidArgument", location, `'${type}' is not a chart type.`);
      if (!["Auto", "Columns", "Rows"].includes(seriesBy))
        throw excelError("InvalidArgument", location, `'${seriesBy}' is not a series direction.`);
      const sheet = this.sheet();
      const { sheet: sourceSheet, rect } = sourceData.target();
      let n = 1;
      while (sheet.charts.some((c) => c.name === `Chart ${n}`)) n += 1;
      const chart: ChartState = {
        id: this.queue.state.newId("chart"),
        name: `Chart ${n}`,
        chartType: type,
        source: formatAddress(sourceSheet.name, rect),
        seriesBy,
        top: 0,
        left: 0,
        width: 360,
        height: 216,
        props: {},
        series: seriesFromSource(sourceSheet, rect, seriesBy),
      };
      sheet.charts.push(chart);
      ref.bind(chart);
    });
    return new Chart(this.queue, this.sheet, ref);
  }

  getItem(name: string): Chart {
    return new Chart(
      this.queue,
      this.sheet,
      this.refTo(() => this.sheet().charts.find((c) => c.name === name), "ChartCollection.getItem")
    );
  }

  getItemOrNullObject(name: string): Chart {
    const chart = this.getItem(name);
    this.queue.enqueue({
      label: "ChartCollection.getItemOrNullObject",
      args: [name],
      apply: () => chart.capture({ all: false, props: new Set(), nav: new Map() }),
    });
    return chart;
  }

  getItemAt(index: number): Chart {
    return new Chart(
      this.queue,
      this.sheet,
      this.refTo(() => this.sheet().charts[index], "ChartCollection.getItemAt")
    );
  }
}
