import { annualisedRatePer10k } from "../domain/arithmetic/annualised-rate";
import { pooledProportion } from "../domain/arithmetic/proportion";
import { forecastYearEnd, ratePer10k } from "../domain/arithmetic/rate";
import { fail, ok, type Calc } from "../domain/result/calc";
import { cellsOf, isBlank, numberFrom, optionalNumber, sameShape, shapeOf } from "./args/cells";

export function excelRatePer10k(count: unknown, population: unknown): Calc<number> {
  const n = numberFrom(count, "count");
  if (!n.ok) return n;
  const p = numberFrom(population, "population");
  if (!p.ok) return p;
  return ratePer10k(n.value, p.value);
}

/**
 * Blank cells after the last count are months not yet reported and are dropped; a blank inside the
 * window is a missing month, which the domain refuses to treat as 0.
 */
export function excelRollingRate(
  monthlyCounts: unknown[][],
  population: unknown,
  months: unknown
): Calc<number> {
  const cells = cellsOf(monthlyCounts);
  let end = cells.length;
  while (end > 0 && isBlank(cells[end - 1])) end--;
  const counts: (number | null)[] = [];
  for (let i = 0; i < end; i++) {
    const cell = cells[i];
    if (isBlank(cell)) {
      counts.push(null);
      continue;
    }
    const count = numberFrom(cell, `Cell ${i + 1} of monthly_counts`);
    if (!count.ok) return count;
    counts.push(count.value);
  }
  const p = numberFrom(population, "population");
  if (!p.ok) return p;
  const m = optionalNumber(months, 12, "months");
  if (!m.ok) return m;
  return annualisedRatePer10k(counts, p.value, m.value);
}

/** Pairs where both cells are blank are skipped (unfilled rows); a half-blank pair is an error. */
export function excelProportion(numerators: unknown[][], denominators: unknown[][]): Calc<number> {
  if (!sameShape(numerators, denominators)) {
    return fail(
      "INVALID_INPUT",
      `numerators is ${shapeOf(numerators)} but denominators is ${shapeOf(denominators)}; they must be the same size.`
    );
  }
  const ns = cellsOf(numerators);
  const ds = cellsOf(denominators);
  const nums: number[] = [];
  const dens: number[] = [];
  for (let i = 0; i < ns.length; i++) {
    if (isBlank(ns[i]) && isBlank(ds[i])) continue;
    const n = numberFrom(ns[i], `Cell ${i + 1} of numerators`);
    if (!n.ok) return n;
    const d = numberFrom(ds[i], `Cell ${i + 1} of denominators`);
    if (!d.ok) return d;
    nums.push(n.value);
    dens.push(d.value);
  }
  const pooled = pooledProportion(nums, dens);
  return pooled.ok ? ok(pooled.value.proportion) : pooled;
}

export function excelForecast(ytdValue: unknown, monthsElapsed: unknown): Calc<number> {
  const ytd = numberFrom(ytdValue, "ytd_value");
  if (!ytd.ok) return ytd;
  const months = numberFrom(monthsElapsed, "months_elapsed");
  if (!months.ok) return months;
  return forecastYearEnd(ytd.value, months.value);
}
