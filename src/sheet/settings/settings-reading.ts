import type { CustomIndicatorSpec } from "../../domain/indicators/custom-indicator";
import type { IndicatorCatalogue } from "../../domain/indicators/indicator-catalogue";
import type { MeasureId } from "../../domain/measures/measure-def";
import type { SheetIssue } from "../sheet-issue";
import type { ValueKey, WorkbookSettings } from "./workbook-settings";

/** What the settings sheet says, and what is wrong with it. */
export interface SettingsReading {
  readonly settings: WorkbookSettings;
  /** The analyst's own indicators as written, each already checked against the catalogue and measures. */
  readonly customIndicators: readonly CustomIndicatorSpec[];
  /** The catalogue with those indicators added: what the refresh computes. */
  readonly catalogue: IndicatorCatalogue;
  /** The analyst's own row labels (as written) and the measure each names. */
  readonly aliases: ReadonlyMap<string, MeasureId>;
  readonly issues: readonly SheetIssue[];
  /**
   * The A1 address of each setting's value cell, for what is found wrong with a value only later
   * (a Benchmark authority the published tables do not know), so its issue goes to that cell.
   */
  readonly cells: Readonly<Partial<Record<ValueKey, string>>>;
}
