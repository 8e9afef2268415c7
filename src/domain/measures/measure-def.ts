/**
 * How a measure behaves over time, which decides every window calculation:
 * a flow counts events in the month (summed over a year to date or rolling 12 months);
 * a stock is a month-end snapshot (never summed: its year to date is its latest month).
 */
export type MeasureKind = "flow" | "stock";

/** A row of the data sheet: what is counted, and the labels analysts give it. */
export interface MeasureDef {
  readonly name: string;
  readonly kind: MeasureKind;
  /** Row labels seen in real scorecards; matched after normalisation (see `normaliseMeasureLabel`). */
  readonly aliases: readonly string[];
}

/**
 * A measure's id. Built-in ids are the keys of `MEASURES`; a workbook may define its own rows, so the
 * engine accepts any string and checks it against the measure definitions it is given.
 */
export type MeasureId = string;
