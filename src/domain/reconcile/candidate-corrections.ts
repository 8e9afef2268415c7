import type { IndicatorCatalogue } from "../indicators/indicator-catalogue";
import { formulaShape } from "../indicators/formula-shape";
import type { MeasureId } from "../measures/measure-def";
import type { MonthKey } from "../period/month";
import { sumFlows } from "../series/aggregate";
import { valueAt, type MeasureTable } from "../series/measure-table";
import { statedFrom } from "./recompute-reported";
import { isReportedPercent, type ReportedFigure } from "./reported-figure";

/** A count and the value that would make one disagreeing figure agree exactly. */
export interface Candidate {
  readonly measure: MeasureId;
  readonly month: MonthKey;
  readonly value: number;
}

/**
 * Each count in a disagreeing figure's window, with the value that would make that figure agree
 * exactly (for a percentage, the nearest whole count, never negative): the corrections worth trying
 * when looking for one count that explains several disagreements.
 * @example candidateCorrections({ kind: "percentMonth", indicator: "contacts_to_referral_pct", month, value: 33.9 }, 36.5, table, INDICATORS, 4) // [{ measure: "referrals", month, value: 260 }, { measure: "contacts", month, value: 826 }]
 */
export function candidateCorrections(
  figure: ReportedFigure,
  recomputed: number,
  table: MeasureTable,
  catalogue: IndicatorCatalogue,
  fyStartMonth: number
): Candidate[] {
  const months: MonthKey[] = [];
  const first = figure.kind === "percentMonth" ? figure.month : statedFrom(figure, fyStartMonth);
  for (let m = first; m <= figure.month; m = (m + 1) as MonthKey) months.push(m);
  const out: Candidate[] = [];
  if (!isReportedPercent(figure)) {
    const flow = table.kinds.get(figure.measure) === "flow";
    const targets = flow ? months : [figure.month];
    for (const month of targets) {
      const current = valueAt(table, figure.measure, month);
      if (current !== null)
        out.push({ measure: figure.measure, month, value: current + figure.value - recomputed });
    }
    return out;
  }
  const def = catalogue[figure.indicator];
  if (def === undefined || def.formula.kind !== "ratio") return [];
  const shape = formulaShape(def.formula, (id) => table.kinds.get(id));
  if (typeof shape === "string" || shape.mixed || shape.denominators.length !== 1) return [];
  const denominator = shape.denominators[0] ?? "";
  const flow = shape.numeratorKind === "flow";
  const span = flow ? months : [figure.month];
  // Totals pair each numerator month with its own denominator month, as the engine does: a month
  // missing on either side counts on neither, never as 0.
  const [num = 0, den = 0] = flow
    ? sumFlows(table, [shape.numerator, denominator], { from: first, to: figure.month }).totals
    : [
        valueAt(table, shape.numerator, figure.month) ?? 0,
        valueAt(table, denominator, figure.month) ?? 0,
      ];
  const neededNum = (figure.value / shape.scale) * den;
  const neededDen = figure.value === 0 ? null : (num * shape.scale) / figure.value;
  for (const month of span) {
    const n = valueAt(table, shape.numerator, month);
    if (n !== null)
      out.push({ measure: shape.numerator, month, value: Math.round(n + neededNum - num) });
    const d = valueAt(table, denominator, month);
    if (d !== null && neededDen !== null)
      out.push({ measure: denominator, month, value: Math.round(d + neededDen - den) });
  }
  return out.filter((c) => c.value >= 0);
}
