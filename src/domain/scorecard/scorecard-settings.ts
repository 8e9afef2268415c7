import type { RagBasis } from "../compare/rag";
import type { SuppressionSettings } from "../format/suppression";
import type { IndicatorOptions } from "../indicators/compute-indicator";

/** Which figure an indicator is rated and benchmarked on. */
export type HeadlineFigure = "month" | "ytd" | "rolling12";

/** Per-indicator choices; every one has a documented default. */
export interface IndicatorSettings {
  /** RAG basis; default `defaultRagBasis` (band for range indicators, else target, SN, England; 5% tolerance). */
  readonly rag?: RagBasis;
  /** Moves no bigger than this (in the indicator's unit) are "No change"; default `noChangeThreshold`. */
  readonly noChangeThreshold?: number;
  /** The figure compared with target and benchmarks; default "month". */
  readonly headline?: HeadlineFigure;
}

/** Settings for a whole scorecard refresh. */
export interface ScorecardSettings extends IndicatorOptions {
  readonly suppression?: SuppressionSettings;
  /** Default "no change" threshold for direction of travel, in each indicator's unit; 0 unless told. */
  readonly noChangeThreshold?: number;
  readonly indicators?: Readonly<Record<string, IndicatorSettings>>;
}
