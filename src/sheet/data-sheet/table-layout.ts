import type { HeaderLine } from "./header-line";
import type { SheetView } from "./sheet-view";

/** Where a table's parts are: its months' line, its labels' position, and the header read. */
export interface TableLayout {
  readonly view: SheetView;
  readonly headerLine: number;
  /** Position of the measure labels (a column across, a row down), `null` when there is none. */
  readonly labelAt: number | null;
  readonly header: HeaderLine;
  readonly serialsAreMonths: boolean;
}
