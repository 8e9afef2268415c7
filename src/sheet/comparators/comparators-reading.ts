import type { ComparatorKind, ComparatorValues } from "../../domain/compare/comparator";
import type { Band } from "../../domain/indicators/indicator-def";
import type { IndicatorSettings } from "../../domain/scorecard/scorecard-settings";
import type { SheetIssue } from "../sheet-issue";

/** The published benchmarks, which come from a year's release; a target is the authority's own. */
export type BenchmarkKind = Exclude<ComparatorKind, "target" | "lastYear">;

/** The year each of an indicator's benchmarks is from ("2014/15"), where the sheet says. */
export type BenchmarkYears = Readonly<Partial<Record<BenchmarkKind, string>>>;

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
  /**
   * The year of each benchmark the row gives: the row's Benchmark year cell, else a year in the
   * figure's heading ("England 2014/15"); only for figures the row has.
   */
  readonly years: Readonly<Record<string, BenchmarkYears>>;
  readonly issues: readonly SheetIssue[];
}
