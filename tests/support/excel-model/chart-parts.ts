import { isBoolean, isText, numberIn, oneOf } from "./checks";
import { normaliseColor } from "./color";
import { ModelObject } from "./client-object";
import { excelError } from "./errors";
import { RecordedObject } from "./recorded-object";
import type { RequestQueue } from "./request-context";
import type { Recorded } from "./workbook-state";

/** A chart or axis title: recorded under `<prefix>text`, `<prefix>visible`... */
export class ChartTitle extends RecordedObject {
  declare text: string;
  declare visible: boolean;
  declare overlay: boolean;

  constructor(queue: RequestQueue, record: () => Recorded, prefix: string) {
    super(
      queue,
      "ChartTitle",
      record,
      prefix,
      { text: "", visible: false, overlay: false },
      {
        text: isText("ChartTitle.text"),
        visible: isBoolean("ChartTitle.visible"),
        overlay: isBoolean("ChartTitle.overlay"),
      }
    );
  }

  protected override recordedSet(key: string, value: unknown): void {
    super.recordedSet(key, value);
    // Giving a title text shows the title, as Excel does.
    if (key === "text") super.recordedSet("visible", true);
  }
}
RecordedObject.define(ChartTitle, ["text", "visible", "overlay"]);

/** `chart.legend`. */
export class ChartLegend extends RecordedObject {
  declare position: string;
  declare visible: boolean;
  declare overlay: boolean;

  constructor(queue: RequestQueue, record: () => Recorded) {
    super(
      queue,
      "ChartLegend",
      record,
      "legend.",
      { position: "Right", visible: true, overlay: false },
      {
        position: oneOf(
          ["Invalid", "Top", "Bottom", "Left", "Right", "Corner", "Custom"],
          "ChartLegend.position"
        ),
        visible: isBoolean("ChartLegend.visible"),
        overlay: isBoolean("ChartLegend.overlay"),
      }
    );
  }
}
RecordedObject.define(ChartLegend, ["position", "visible", "overlay"]);

/** One chart axis; its title is recorded under `axes.<name>.title.`. */
export class ChartAxis extends RecordedObject {
  declare visible: boolean;
  declare minimum: number;
  declare maximum: number;
  declare majorUnit: number;
  declare numberFormat: string;
  readonly title: ChartTitle;

  constructor(queue: RequestQueue, record: () => Recorded, name: string) {
    const prefix = `axes.${name}.`;
    super(
      queue,
      "ChartAxis",
      record,
      prefix,
      { visible: true, minimum: null, maximum: null, majorUnit: null, numberFormat: "General" },
      {
        visible: isBoolean("ChartAxis.visible"),
        minimum: numberIn(-1e307, 1e307, "ChartAxis.minimum"),
        maximum: numberIn(-1e307, 1e307, "ChartAxis.maximum"),
        majorUnit: numberIn(0, 1e307, "ChartAxis.majorUnit"),
        numberFormat: isText("ChartAxis.numberFormat"),
      }
    );
    this.title = new ChartTitle(queue, record, `${prefix}title.`);
  }

  protected override children() {
    return { title: this.title };
  }
}
RecordedObject.define(ChartAxis, ["visible", "minimum", "maximum", "majorUnit", "numberFormat"]);

const AXIS_NAMES: Record<string, string> = {
  Category: "categoryAxis",
  Value: "valueAxis",
  Series: "seriesAxis",
};

/** `chart.axes`. */
export class ChartAxes extends ModelObject {
  readonly categoryAxis: ChartAxis;
  readonly valueAxis: ChartAxis;
  readonly seriesAxis: ChartAxis;
  private readonly secondary = new Map<string, ChartAxis>();

  constructor(
    queue: RequestQueue,
    private readonly record: () => Recorded
  ) {
    super(queue, "ChartAxes");
    this.categoryAxis = new ChartAxis(queue, record, "categoryAxis");
    this.valueAxis = new ChartAxis(queue, record, "valueAxis");
    this.seriesAxis = new ChartAxis(queue, record, "seriesAxis");
  }

  protected scalars() {
    return {};
  }

  protected override children() {
    return {
      categoryAxis: this.categoryAxis,
      valueAxis: this.valueAxis,
      seriesAxis: this.seriesAxis,
    };
  }

  getItem(type: string, group: string = "Primary"): ChartAxis {
    const name = AXIS_NAMES[type];
    if (!name || (group !== "Primary" && group !== "Secondary")) {
      throw excelError(
        "InvalidArgument",
        "ChartAxes.getItem",
        `'${type}'/'${group}' is not a chart axis.`
      );
    }
    if (group === "Primary") return this.children()[name as "categoryAxis"];
    let axis = this.secondary.get(name);
    if (!axis) {
      axis = new ChartAxis(this.queue, this.record, `secondary.${name}`);
      this.secondary.set(name, axis);
    }
    return axis;
  }
}

/** A line format (`series.format.line`). */
export class ChartLineFormat extends RecordedObject {
  declare color: string;
  declare lineStyle: string;
  declare weight: number;

  constructor(queue: RequestQueue, record: () => Recorded, prefix: string) {
    super(
      queue,
      "ChartLineFormat",
      record,
      prefix,
      { color: "#000000", lineStyle: "Continuous", weight: 2.25 },
      {
        color: (value) => normaliseColor(value, "ChartLineFormat.color"),
        lineStyle: oneOf(
          [
            "None",
            "Continuous",
            "Dash",
            "DashDot",
            "DashDotDot",
            "Dot",
            "Grey25",
            "Grey50",
            "Grey75",
            "Automatic",
            "RoundDot",
          ],
          "ChartLineFormat.lineStyle"
        ),
        weight: numberIn(0, 1584, "ChartLineFormat.weight"),
      }
    );
  }

  clear(): void {
    this.recordedSet("lineStyle", "None");
  }
}
RecordedObject.define(ChartLineFormat, ["color", "lineStyle", "weight"]);

/** A fill (`series.format.fill`): only solid colours are recorded. */
export class ChartFill extends ModelObject {
  constructor(
    queue: RequestQueue,
    private readonly record: () => Recorded,
    private readonly prefix: string
  ) {
    super(queue, "ChartFill");
  }

  protected scalars() {
    return {};
  }

  setSolidColor(color: string): void {
    this.call("setSolidColor", [color], () => {
      this.record()[`${this.prefix}solidColor`] = normaliseColor(color, "ChartFill.setSolidColor");
    });
  }

  clear(): void {
    this.call("clear", [], () => {
      delete this.record()[`${this.prefix}solidColor`];
    });
  }
}
