import type { MeasureData } from "../measures/measure-data";
import { MEASURES } from "../measures/measure-catalogue";
import type { MeasureDef, MeasureId } from "../measures/measure-def";
import { DEFAULT_FY_START_MONTH } from "../period/financial-year";
import { formatMonthLong, type MonthKey } from "../period/month";
import {
  DEFAULT_SUPPRESSION_THRESHOLD,
  isSmallCount,
  WITHHELD,
  type SuppressionSettings,
  type Withheld,
} from "../format/suppression";
import { fail, ok, type Calc } from "../result/calc";
import { sumFlows } from "../series/aggregate";
import { buildMeasureTable, valueAt, type MeasureTable } from "../series/measure-table";
import { monthWindow, yearToDateWindow, type MonthWindow } from "../series/window";
import type { DistributionDef } from "./distribution-catalogue";

/** One band in one period: its count and its share of the whole, in percent (0–100). */
export interface BandFigure {
  readonly label: string;
  readonly measure: MeasureId;
  /** null when a month of the period has no figure for the band. */
  readonly count: number | null | Withheld;
  readonly share: number | null | Withheld;
}

/** A distribution over one period: every band, and the whole they add up to. */
export interface DistributionFigures {
  readonly total: number | null | Withheld;
  readonly bands: readonly BandFigure[];
  /** Months of the period some band has no figure for: the shares then rest on no whole. */
  readonly missingMonths: readonly MonthKey[];
}

export interface DistributionResult {
  readonly id: string;
  readonly def: DistributionDef;
  readonly month: DistributionFigures;
  /** Flows only: the financial year to date. A stock has no year to date (its month is its figure). */
  readonly ytd: DistributionFigures | null;
}

export interface DistributionOptions {
  readonly fyStartMonth?: number;
  readonly suppression?: SuppressionSettings;
  readonly measures?: Readonly<Record<MeasureId, MeasureDef>>;
}

/**
 * The count and share of each band of a distribution at a reporting month, and for flows over the
 * year to date, shares being each band's count over the sum of the bands (Croydon's 891 of 1,784
 * assessments in 1–15 days is 49.9%).
 *
 * Disclosure control withholds a band's count when it, or any month it adds up, is 1 to the
 * threshold; and once any band is withheld, so are the smallest band that is not small (the whole
 * may be published elsewhere, and the whole less the bands shown would give the withheld count
 * back), the whole, and every share (a band's count over its share is the whole).
 * A period whose bands have no figure at all is NO_DATA.
 * @example computeDistribution("assessment_duration", DISTRIBUTIONS.assessment_duration, data, monthKey(2013, 12)).value.ytd?.bands[0] // { label: "1–15 days", count: 891, share: 49.94… }
 */
export function computeDistribution(
  id: string,
  def: DistributionDef,
  data: MeasureData,
  reportingMonth: MonthKey,
  options: DistributionOptions = {}
): Calc<DistributionResult> {
  const measures = options.measures ?? MEASURES;
  const table = buildMeasureTable(data, measures);
  const ids = def.bands.map((band) => band.measure);
  const kinds = new Set<string>(ids.map((m) => measures[m]?.kind ?? "unknown"));
  if (kinds.size !== 1 || kinds.has("unknown")) {
    return fail(
      "INVALID_INPUT",
      `${def.name}: every band must be a measure of the same kind (all flows or all stocks).`
    );
  }
  const flows = kinds.has("flow");
  const fyStart = options.fyStartMonth ?? DEFAULT_FY_START_MONTH;
  const suppression = options.suppression ?? { enabled: false };
  const month = figuresOver(def, table, monthWindow(reportingMonth), flows, suppression);
  if (month.bands.every((band) => band.count === null)) {
    return fail(
      "NO_DATA",
      `${def.name}: no band has a figure for ${formatMonthLong(reportingMonth)}.`
    );
  }
  const ytd = flows
    ? figuresOver(def, table, yearToDateWindow(reportingMonth, fyStart), flows, suppression)
    : null;
  return ok({ id, def, month, ytd });
}

function figuresOver(
  def: DistributionDef,
  table: MeasureTable,
  window: MonthWindow,
  flows: boolean,
  suppression: SuppressionSettings
): DistributionFigures {
  const threshold = suppression.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  const missing = new Set<MonthKey>();
  const counts = def.bands.map((band) => {
    if (!flows) {
      const value = valueAt(table, band.measure, window.to);
      if (value === null) missing.add(window.to);
      return { value, small: suppression.enabled && isSmallCount(value, threshold) };
    }
    const summed = sumFlows(table, [band.measure], window);
    for (const m of summed.missingMonths) missing.add(m);
    if (summed.missingMonths.length > 0) return { value: null, small: false };
    let small = false;
    for (let m = window.from; m <= window.to; m = (m + 1) as MonthKey) {
      if (isSmallCount(valueAt(table, band.measure, m), threshold)) small = true;
    }
    return { value: summed.totals[0] ?? 0, small: suppression.enabled && small };
  });
  const anyWithheld = counts.some((c) => c.small);
  // The whole is often shown elsewhere (children on a plan is an indicator of its own), so the bands
  // shown must not add up to it less a withheld one: the smallest band that is not small goes too.
  const secondary = anyWithheld ? smallestShown(counts) : -1;
  const complete = counts.every((c) => c.value !== null);
  const total = complete ? counts.reduce((sum, c) => sum + (c.value ?? 0), 0) : null;
  const bands = def.bands.map((band, i): BandFigure => {
    const count = counts[i];
    const value = count?.value ?? null;
    const share = total === null || total === 0 || value === null ? null : (value / total) * 100;
    return {
      label: band.label,
      measure: band.measure,
      count: count?.small === true || i === secondary ? WITHHELD : value,
      share: anyWithheld ? WITHHELD : share,
    };
  });
  return {
    total: anyWithheld ? WITHHELD : total,
    bands,
    missingMonths: [...missing].sort((a, b) => a - b),
  };
}

/**
 * The index of the smallest count that is neither small, nor zero (withholding a 0 hides nothing),
 * nor missing; -1 when there is none.
 */
function smallestShown(counts: ReadonlyArray<{ value: number | null; small: boolean }>): number {
  let found = -1;
  counts.forEach((c, i) => {
    if (c.small || c.value === null || c.value === 0) return;
    const best = found < 0 ? undefined : counts[found]?.value;
    if (best === undefined || best === null || c.value < best) found = i;
  });
  return found;
}
