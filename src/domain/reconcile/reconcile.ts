import { formatNumber } from "../format/format-number";
import type { IndicatorCatalogue } from "../indicators/indicator-catalogue";
import { INDICATORS } from "../indicators/indicator-catalogue";
import type { Figure } from "../indicators/figure";
import { formulaShape } from "../indicators/formula-shape";
import { MEASURES } from "../measures/measure-catalogue";
import type { MeasureData } from "../measures/measure-data";
import type { MeasureDef, MeasureId } from "../measures/measure-def";
import { DEFAULT_FY_START_MONTH, financialYearStart } from "../period/financial-year";
import { formatMonth, type MonthKey } from "../period/month";
import { sumFlows } from "../series/aggregate";
import { buildMeasureTable, valueAt, type MeasureTable } from "../series/measure-table";
import { recomputeReported } from "./recompute-reported";
import { inferDecimals, isReportedPercent, type ReportedFigure } from "./reported-figure";

export type FindingStatus = "agrees" | "disagrees" | "uncheckable";

/** The verdict on one reported figure. */
export interface Finding {
  readonly figure: ReportedFigure;
  readonly status: FindingStatus;
  /** The recomputed value (unrounded), or `null` when it cannot be computed. */
  readonly recomputed: number | null;
  readonly message: string;
}

/** A single count whose correction would make a run of disagreeing figures agree. */
export interface Explanation {
  readonly measure: MeasureId;
  readonly month: MonthKey;
  readonly cell: string | null;
  readonly current: number;
  readonly reconcilingValue: number;
  readonly explains: readonly ReportedFigure[];
  readonly message: string;
}

export interface Reconciliation {
  readonly findings: readonly Finding[];
  readonly explanations: readonly Explanation[];
}

export interface ReconcileOptions {
  readonly catalogue?: IndicatorCatalogue;
  readonly measures?: Readonly<Record<MeasureId, MeasureDef>>;
  readonly fyStartMonth?: number;
  /** Where each count sits on the sheet, so an explanation can name its cell. */
  readonly cells?: ReadonlyMap<MeasureId, ReadonlyMap<MonthKey, string>>;
}

const EPSILON = 1e-9;

/**
 * Recomputes every reported figure from the counts and reports each disagreement beyond the
 * rounding of the figure as shown (a figure shown to 1 dp disagrees when they differ by more than
 * 0.05). A figure whose window reaches outside the data is "uncheckable", never flagged. Then looks
 * for single counts that explain two or more disagreements at once.
 * @example reconcile(data, [{ kind: "percentYtd", indicator: "contacts_to_referral_pct", month: monthKey(2014, 5), value: 30.1 }]).findings[0].status // "disagrees"
 */
export function reconcile(
  data: MeasureData,
  reported: readonly ReportedFigure[],
  options: ReconcileOptions = {}
): Reconciliation {
  const measures: Readonly<Record<MeasureId, MeasureDef>> = options.measures ?? MEASURES;
  const catalogue = options.catalogue ?? INDICATORS;
  const fyStartMonth = options.fyStartMonth ?? DEFAULT_FY_START_MONTH;
  const check = (table: MeasureTable) =>
    reported.map((figure) =>
      judge(figure, recomputeReported(figure, table, catalogue, measures, fyStartMonth))
    );
  const findings = check(buildMeasureTable(data, measures));
  const explanations = explain(data, reported, findings, {
    catalogue,
    measures,
    fyStartMonth,
    cells: options.cells,
    check,
  });
  return { findings, explanations };
}

function judge(figure: ReportedFigure, recomputed: Figure | string): Finding {
  const label = describeFigure(figure);
  if (typeof recomputed === "string") {
    return {
      figure,
      status: "uncheckable",
      recomputed: null,
      message: `${label} cannot be checked: ${recomputed}`,
    };
  }
  if (recomputed.incomplete || recomputed.value === null) {
    const missing = recomputed.missingMonths.map(formatMonth).join(", ");
    const why =
      missing === ""
        ? (recomputed.problem?.detail ?? "it cannot be recomputed.")
        : `the data has no ${missing}.`;
    return {
      figure,
      status: "uncheckable",
      recomputed: null,
      message: `${label} cannot be checked: ${why}`,
    };
  }
  const decimals = figure.decimals ?? inferDecimals(figure.value);
  const tolerance = 0.5 * 10 ** -decimals + EPSILON * Math.max(1, Math.abs(figure.value));
  const value = recomputed.value;
  if (Math.abs(value - figure.value) <= tolerance) {
    return {
      figure,
      status: "agrees",
      recomputed: value,
      message: `${label} agrees with the counts.`,
    };
  }
  const shown = formatNumber(value, isReportedPercent(figure) ? Math.max(decimals, 1) : decimals);
  return {
    figure,
    status: "disagrees",
    recomputed: value,
    message: `${label} reads ${formatNumber(figure.value, decimals)} but the counts give ${shown}.`,
  };
}

function describeFigure(figure: ReportedFigure): string {
  const where = figure.cell === undefined ? "" : ` (${figure.cell})`;
  const prefix = { percentMonth: "% Mnth", percentYtd: "% YTD", ytd: "YTD", total: "Total" }[
    figure.kind
  ];
  const what = `${prefix} of ${isReportedPercent(figure) ? figure.indicator : figure.measure}`;
  return `${what} for ${formatMonth(figure.month)}${where}`;
}

interface ExplainContext {
  readonly catalogue: IndicatorCatalogue;
  readonly measures: Readonly<Record<MeasureId, MeasureDef>>;
  readonly fyStartMonth: number;
  readonly cells: ReadonlyMap<MeasureId, ReadonlyMap<MonthKey, string>> | undefined;
  readonly check: (table: MeasureTable) => Finding[];
}

/** A count and the value that would make one disagreeing figure agree exactly. */
interface Candidate {
  readonly measure: MeasureId;
  readonly month: MonthKey;
  readonly value: number;
}

function explain(
  data: MeasureData,
  reported: readonly ReportedFigure[],
  findings: readonly Finding[],
  ctx: ExplainContext
): Explanation[] {
  const table = buildMeasureTable(data, ctx.measures);
  const disagreeing = findings.filter((f) => f.status === "disagrees");
  if (disagreeing.length < 2) return [];
  const tried = new Set<string>();
  let best: { candidate: Candidate; fixed: ReportedFigure[] } | null = null;
  for (const finding of disagreeing) {
    for (const candidate of candidatesFor(finding, table, ctx)) {
      const key = `${candidate.measure}@${candidate.month}=${candidate.value}`;
      if (tried.has(key)) continue;
      tried.add(key);
      const after = ctx.check(buildMeasureTable(withValue(data, candidate), ctx.measures));
      const broken = after.some(
        (f, i) => findings[i]?.status === "agrees" && f.status === "disagrees"
      );
      if (broken) continue;
      const fixed = after.flatMap((f, i) =>
        findings[i]?.status === "disagrees" && f.status === "agrees" && reported[i]
          ? [reported[i]]
          : []
      );
      if (fixed.length >= 2 && (best === null || fixed.length > best.fixed.length))
        best = { candidate, fixed };
    }
  }
  if (best === null) return [];
  const { candidate, fixed } = best;
  const current = valueAt(table, candidate.measure, candidate.month) ?? 0;
  const cell = ctx.cells?.get(candidate.measure)?.get(candidate.month) ?? null;
  const where = cell === null ? "" : ` (${cell})`;
  const message =
    `${formatMonth(candidate.month)} ${candidate.measure}${where} reads ${formatNumber(current, inferDecimals(current))}; ` +
    `${formatNumber(candidate.value, inferDecimals(candidate.value))} would reconcile ${fixed.length} reported figures ` +
    `(${fixed.map((f) => describeFigure(f)).join("; ")}).`;
  return [
    {
      measure: candidate.measure,
      month: candidate.month,
      cell,
      current,
      reconcilingValue: candidate.value,
      explains: fixed,
      message,
    },
  ];
}

/** Each count in the figure's window, with the value that would make that figure agree exactly. */
function candidatesFor(finding: Finding, table: MeasureTable, ctx: ExplainContext): Candidate[] {
  const figure = finding.figure;
  const recomputed = finding.recomputed;
  if (recomputed === null) return [];
  const months: MonthKey[] = [];
  const first =
    figure.kind === "percentMonth"
      ? figure.month
      : !isReportedPercent(figure) && figure.from !== undefined
        ? figure.from
        : financialYearStart(figure.month, ctx.fyStartMonth);
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
  const def = ctx.catalogue[figure.indicator];
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

function withValue(data: MeasureData, candidate: Candidate): MeasureData {
  const copy = new Map(data);
  const months = new Map(data.get(candidate.measure) ?? []);
  months.set(candidate.month, candidate.value);
  copy.set(candidate.measure, months);
  return copy;
}
