import type { ComparatorValues } from "../../domain/compare/comparator";
import type { Band } from "../../domain/indicators/indicator-def";
import type { IndicatorSettings } from "../../domain/scorecard/scorecard-settings";
import type { SheetIssue } from "../sheet-issue";

/** What the comparators sheet says, by indicator id, and what is wrong with it. */
export interface ComparatorsReading {
  /** Target, statistical neighbours, England and region, in each indicator's unit (percent 0–100). */
  readonly comparators: Readonly<Record<string, ComparatorValues>>;
  /** RAG basis and tolerance, headline figure and no-change threshold, where a row sets them. */
  readonly indicatorSettings: Readonly<Record<string, IndicatorSettings>>;
  /**
   * Bands of good values from the Band low / Band high columns. They replace the catalogue's band
   * for that indicator, which the caller does by giving the engine a catalogue with them applied.
   */
  readonly bands: Readonly<Record<string, Band>>;
  readonly issues: readonly SheetIssue[];
}
