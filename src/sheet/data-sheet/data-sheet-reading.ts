import type { MeasureData } from "../../domain/measures/measure-data";
import type { MeasureId } from "../../domain/measures/measure-def";
import type { MonthKey } from "../../domain/period/month";
import type { ReportedFigure } from "../../domain/reconcile/reported-figure";
import type { SheetIssue } from "../sheet-issue";
import type { Orientation } from "./sheet-view";

/**
 * What a labelled line (a row across, a column down) was taken to be: a measure read; an unknown
 * label; a second line for a measure already read; printed percentages; a total of other lines;
 * or a note without values.
 */
export type LineRole = "measure" | "unknown" | "duplicate" | "percent" | "summary" | "note";

export interface LineReading {
  readonly label: string;
  /** A1 address of the label. */
  readonly cell: string;
  readonly measure: MeasureId | null;
  readonly role: LineRole;
}

/** Everything read from a data sheet, and everything wrong with it. */
export interface DataSheetReading {
  readonly data: MeasureData;
  /** The header's months, sorted. */
  readonly months: MonthKey[];
  readonly orientation: Orientation;
  /** A1 address of every value read, so reconciliation can name the cell of a count. */
  readonly cells: ReadonlyMap<MeasureId, ReadonlyMap<MonthKey, string>>;
  /** The analyst's own label of each measure's line ("Refs"), so findings name a count as the sheet does. */
  readonly labels: ReadonlyMap<MeasureId, string>;
  /** YTD, Total and percentage figures printed beside the counts, for reconciliation. */
  readonly reported: ReportedFigure[];
  readonly issues: SheetIssue[];
  readonly rows: LineReading[];
}
