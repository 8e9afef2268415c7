import type { IndicatorCatalogue } from "../../domain/indicators/indicator-catalogue";
import type { MeasureDef, MeasureId } from "../../domain/measures/measure-def";
import type { MonthKey } from "../../domain/period/month";

/** What the data sheet reader is told beyond the grid. */
export interface DataSheetOptions {
  /** The analyst's own row labels (from the settings sheet), matched before the catalogue's. */
  readonly extraAliases?: ReadonlyMap<string, MeasureId>;
  /** Calendar year the sheet's financial year starts in, for month-only headers (APR … MAR). */
  readonly fyStartYear?: number;
  /** First month of the financial year, 1–12; April unless given. */
  readonly fyStartMonth?: number;
  /** The current month: header months after it are warned about. No check unless given. */
  readonly today?: MonthKey;
  readonly measures?: Readonly<Record<MeasureId, MeasureDef>>;
  readonly catalogue?: IndicatorCatalogue;
  /** The child population from the settings sheet, when the data sheet has no population row. */
  readonly populationSetting?: number;
}
