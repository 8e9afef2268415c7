import type { BenchmarkPeriod } from "./benchmark-indicators";

/**
 * A change of authorities on 1 April of a year: the predecessors' last figures are for the year
 * before, the successors' first for the year after (a year to 31 March), or the same year for the
 * workforce census at 30 September.
 */
export interface Reorganisation {
  /** The authorities that ended (DfE codes). */
  readonly from: readonly string[];
  /** The authorities that began. */
  readonly to: readonly string[];
  /** The calendar year of the 1 April on which the change took effect. */
  readonly onFirstApril: number;
  readonly summary: string;
}

/**
 * The reorganisations the 2013–2025 files span. Authorities whose ONS code changed but whose DfE
 * code did not (North Yorkshire, Somerset and Buckinghamshire becoming unitary; Barnsley and
 * Sheffield's 2025 boundary codes) are one area throughout: the dataset keys them by DfE code.
 */
export const REORGANISATIONS: readonly Reorganisation[] = [
  {
    from: ["835", "836", "837"],
    to: ["838", "839"],
    onFirstApril: 2019,
    summary:
      "Bournemouth, Christchurch and Poole (839) was formed from Bournemouth (837), Poole (836) and Christchurch, and Dorset Council (838) from the rest of Dorset County (835), on 1 April 2019",
  },
  {
    from: ["928"],
    to: ["940", "941"],
    onFirstApril: 2021,
    summary:
      "Northamptonshire (928) was replaced by North Northamptonshire (940) and West Northamptonshire (941) on 1 April 2021",
  },
  {
    from: ["909"],
    to: ["942", "943"],
    onFirstApril: 2023,
    summary:
      "Cumbria (909) was replaced by Cumberland (942) and Westmorland and Furness (943) on 1 April 2023",
  },
];

/**
 * The first year an authority created by a reorganisation has figures for, in a period's years.
 * @example firstYearOf(REORGANISATIONS[1], "yearToMarch") // 2022 (the year to 31 March 2022)
 */
export function firstYearOf(change: Reorganisation, period: BenchmarkPeriod): number {
  return period === "september" ? change.onFirstApril : change.onFirstApril + 1;
}

/**
 * The reorganisation that ended an authority, if one did.
 * @example replacedBy("909")?.to // ["942", "943"]
 */
export function replacedBy(code: string): Reorganisation | undefined {
  return REORGANISATIONS.find((change) => change.from.includes(code));
}

/**
 * The reorganisation that created an authority, if one did.
 * @example createdBy("942")?.from // ["909"]
 */
export function createdBy(code: string): Reorganisation | undefined {
  return REORGANISATIONS.find((change) => change.to.includes(code));
}
