import { INDICATORS } from "../indicators/indicator-catalogue";
import type { PolarityKind, Unit } from "../indicators/indicator-def";

/**
 * When a published figure's year ends: a year (or a count at its end) to 31 March, or the workforce
 * census at 30 September.
 */
export type BenchmarkPeriod = "yearToMarch" | "september";

/** One indicator the published statistics give for every authority, region and England. */
export interface BenchmarkIndicatorDef {
  readonly name: string;
  readonly unit: Extract<Unit, "percent" | "per10k" | "ratio">;
  readonly polarity: PolarityKind;
  /** Decimal places the release publishes (and rankings compare). */
  readonly decimals: number;
  /** The release and table, as the notes sheet cites them. */
  readonly release: string;
  readonly table: string;
  readonly period: BenchmarkPeriod;
}

const CIN = "DfE Children in need, reporting year 2025";
const CLA = "DfE Children looked after in England including adoptions, reporting year 2025";
const CSWW = "DfE Children's social work workforce, reporting year 2025";

/** What the catalogue says of one of its own indicators, so both never disagree. */
function fromCatalogue(
  id: keyof typeof INDICATORS,
  rest: Pick<BenchmarkIndicatorDef, "release" | "table" | "period"> & { decimals?: number }
): BenchmarkIndicatorDef {
  const def = INDICATORS[id];
  if (def.unit !== "percent" && def.unit !== "per10k" && def.unit !== "ratio")
    throw new Error(`${id} is not a rate, percentage or ratio`);
  return {
    name: def.name,
    unit: def.unit,
    polarity: def.polarity,
    decimals: rest.decimals ?? def.decimals,
    release: rest.release,
    table: rest.table,
    period: rest.period,
  };
}

/**
 * Every indicator of the built-in dataset, by id: the catalogue's own where it has one (same id,
 * name, unit and polarity), and the care leavers aged 17–18, which the catalogue counts only at
 * 19–21. scripts/data-build.js says which file and columns each comes from; a test checks that the
 * two list the same ids.
 */
export const BENCHMARK_INDICATORS = {
  referrals_per10k: fromCatalogue("referrals_per10k", {
    release: CIN,
    table: "table C1 (rate from ONS mid-year estimates)",
    period: "yearToMarch",
  }),
  rereferral_pct: fromCatalogue("rereferral_pct", {
    release: CIN,
    table: "table C1",
    period: "yearToMarch",
  }),
  referral_nfa_pct: fromCatalogue("referral_nfa_pct", {
    release: CIN,
    table: "table C1",
    period: "yearToMarch",
  }),
  cin_per10k: fromCatalogue("cin_per10k", {
    release: CIN,
    table: "table B1 (rate from ONS mid-year estimates)",
    period: "yearToMarch",
  }),
  cpp_per10k: fromCatalogue("cpp_per10k", {
    release: CIN,
    table: "table D5 (rate from ONS mid-year estimates)",
    period: "yearToMarch",
  }),
  cpp_repeat_pct: fromCatalogue("cpp_repeat_pct", {
    release: CIN,
    table: "table D3",
    period: "yearToMarch",
  }),
  cpp_open_2yrs_pct: fromCatalogue("cpp_open_2yrs_pct", {
    release: CIN,
    table: "table D5",
    period: "yearToMarch",
  }),
  lac_per10k: fromCatalogue("lac_per10k", {
    release: CLA,
    table: "children looked after on 31 March, rate per 10,000",
    period: "yearToMarch",
  }),
  lac_starts_per10k: fromCatalogue("lac_starts_per10k", {
    release: CLA,
    table: "children starting to be looked after, rate per 10,000",
    period: "yearToMarch",
  }),
  placement_3plus_pct: fromCatalogue("placement_3plus_pct", {
    release: CLA,
    table: "placement stability",
    period: "yearToMarch",
    decimals: 0,
  }),
  placement_long_term_pct: fromCatalogue("placement_long_term_pct", {
    release: CLA,
    table: "placement stability",
    period: "yearToMarch",
    decimals: 0,
  }),
  care_leavers_eet_pct: fromCatalogue("care_leavers_eet_pct", {
    release: CLA,
    table: "care leavers' activity, aged 19 to 21",
    period: "yearToMarch",
    decimals: 0,
  }),
  care_leavers_eet_17_18_pct: {
    name: "Care leavers aged 17–18 in education, employment or training",
    unit: "percent",
    polarity: "higher",
    decimals: 0,
    release: CLA,
    table: "care leavers' activity, aged 17 to 18",
    period: "yearToMarch",
  },
  care_leavers_accommodation_pct: fromCatalogue("care_leavers_accommodation_pct", {
    release: CLA,
    table: "care leavers' accommodation, aged 19 to 21",
    period: "yearToMarch",
    decimals: 0,
  }),
  care_leavers_accommodation_17_18_pct: {
    name: "Care leavers aged 17–18 in suitable accommodation",
    unit: "percent",
    polarity: "higher",
    decimals: 0,
    release: CLA,
    table: "care leavers' accommodation, aged 17 to 18",
    period: "yearToMarch",
  },
  sw_turnover_pct: fromCatalogue("sw_turnover_pct", {
    release: CSWW,
    table: "turnover rate (FTE)",
    period: "september",
  }),
  sw_agency_pct: fromCatalogue("sw_agency_pct", {
    release: CSWW,
    table: "agency worker rate (FTE)",
    period: "september",
  }),
  sw_vacancy_pct: fromCatalogue("sw_vacancy_pct", {
    release: CSWW,
    table: "vacancy rate (FTE)",
    period: "september",
  }),
  sw_caseload: fromCatalogue("sw_caseload", {
    release: CSWW,
    table: "average caseload (FTE)",
    period: "september",
  }),
} as const satisfies Record<string, BenchmarkIndicatorDef>;

/** The id of an indicator of the built-in dataset. */
export type BenchmarkIndicatorId = keyof typeof BENCHMARK_INDICATORS;

/**
 * The multiplier that turns Σnumerator ÷ Σdenominator into the indicator's unit.
 * @example pooledScale("percent") // 100
 */
export function pooledScale(unit: BenchmarkIndicatorDef["unit"]): number {
  return unit === "percent" ? 100 : unit === "per10k" ? 10000 : 1;
}

/**
 * Whether an id names an indicator of the dataset.
 * @example isBenchmarkIndicator("rereferral_pct") // true
 */
export function isBenchmarkIndicator(id: string): id is BenchmarkIndicatorId {
  return Object.hasOwn(BENCHMARK_INDICATORS, id);
}

/**
 * What to say of an indicator the dataset does not have: the lookups and CSC.BENCHMARK say the same.
 * @example unknownIndicatorDetail("contacts") // 'There are no published figures for "contacts"; there are for referrals_per10k, rereferral_pct, …'
 */
export function unknownIndicatorDetail(indicator: string): string {
  const ids = Object.keys(BENCHMARK_INDICATORS).join(", ");
  return `There are no published figures for "${indicator}"; there are for ${ids}.`;
}
