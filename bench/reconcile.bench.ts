import { MEASURES } from "../src/domain/measures/measure-catalogue";
import { monthlyValues, type MeasureData } from "../src/domain/measures/measure-data";
import { addMonths, monthKey } from "../src/domain/period/month";
import { reconcile } from "../src/domain/reconcile/reconcile";
import { recomputeReported } from "../src/domain/reconcile/recompute-reported";
import type { ReportedFigure } from "../src/domain/reconcile/reported-figure";
import { INDICATORS } from "../src/domain/indicators/indicator-catalogue";
import { buildMeasureTable } from "../src/domain/series/measure-table";
import { medianMs, type Benchmark } from "./harness";

const FIRST = monthKey(2014, 4);
const FY_START = 4;

/** The counts a front-door and looked-after data sheet holds: flows, stocks and the population. */
const COUNTS = [
  "contacts",
  "referrals",
  "referrals_to_assessment",
  "s47_enquiries",
  "icpcs",
  "lac",
  "lac_starts",
  "lac_3plus_placements",
  "population",
];

/**
 * The percent lines of such a sheet, one of each shape the engine knows: flow ratios, a ratio of
 * stocks, a rate of a stock and a rate of a flow (annualised).
 */
const PERCENT_LINES = [
  "contacts_to_referral_pct",
  "referral_to_assessment_pct",
  "s47_to_icpc_pct",
  "placement_3plus_pct",
  "lac_per10k",
  "referrals_per10k",
];

/**
 * `months` months of every count, and a sheet's reported figures beside them with every line
 * disagreeing: each month's "% Mnth" and "% YTD" of every percent line, and each count line's "YTD"
 * and "Total", all off the counts by more than their rounding. No single count explains them, so the
 * search for one tries every candidate: reconciliation's worst case.
 */
function disagreeingSheet(months: number): {
  data: MeasureData;
  reported: ReportedFigure[];
} {
  const data = new Map(
    COUNTS.map((id, i) => [
      id,
      monthlyValues(
        FIRST,
        Array.from({ length: months }, (_, m) =>
          id === "population" ? 42_000 : 200 + ((i * 37 + m * 53) % 150)
        )
      ),
    ])
  );
  const table = buildMeasureTable(data, MEASURES);
  const reported: ReportedFigure[] = [];
  const shifted = (figure: ReportedFigure, by: number): ReportedFigure => {
    const recomputed = recomputeReported(figure, table, INDICATORS, MEASURES, FY_START);
    const value = typeof recomputed === "string" ? null : recomputed.value;
    return { ...figure, value: Math.round(((value ?? 0) + by) * 10) / 10 };
  };
  for (let m = 0; m < months; m++) {
    const month = addMonths(FIRST, m);
    for (const indicator of PERCENT_LINES) {
      for (const kind of ["percentMonth", "percentYtd"] as const)
        reported.push(shifted({ kind, indicator, month, value: 0, decimals: 1 }, 0.7 + m / months));
    }
  }
  const last = addMonths(FIRST, months - 1);
  for (const measure of COUNTS) {
    reported.push(shifted({ kind: "ytd", measure, month: last, value: 0 }, 3));
    reported.push(shifted({ kind: "total", measure, month: last, from: FIRST, value: 0 }, 5));
  }
  return { data, reported };
}

/** Median milliseconds to reconcile `months` months of a disagreeing sheet, and its size. */
function timeReconcile(months: number, repeats: number): { ms: number; label: string } {
  const { data, reported } = disagreeingSheet(months);
  let disagreeing = 0;
  const ms = medianMs(() => {
    disagreeing = reconcile(data, reported).findings.filter((f) => f.status === "disagrees").length;
  }, repeats);
  return { ms, label: `${disagreeing} of ${reported.length} figures disagreeing` };
}

/**
 * Reconciling ten years of monthly data in which every line disagrees, and forty years to show how it
 * grows: about four times as long for four times the months when the work is linear (sixteen when
 * quadratic).
 */
export const reconciliation: Benchmark = {
  name: "reconciliation",
  run() {
    const tenYears = timeReconcile(120, 5);
    const fortyYears = timeReconcile(480, 3);
    return [
      {
        key: "reconcile_120_months_ms",
        label: `reconcile 120 months, ${tenYears.label}`,
        value: tenYears.ms,
        unit: "ms",
      },
      {
        key: "reconcile_480_months_ms",
        label: `reconcile 480 months, ${fortyYears.label}`,
        value: fortyYears.ms,
        unit: "ms",
      },
      {
        key: "reconcile_480_over_120_ratio",
        label: "reconcile 480 ÷ 120 months (4 is linear)",
        value: fortyYears.ms / tenYears.ms,
        unit: "×",
      },
    ];
  },
};
