import { formatNumber } from "../format/format-number";
import type { IndicatorCatalogue } from "../indicators/indicator-catalogue";
import type { MeasureData } from "../measures/measure-data";
import type { MeasureDef, MeasureId } from "../measures/measure-def";
import { formatMonthLong, type MonthKey } from "../period/month";
import { buildMeasureTable, valueAt, type MeasureTable } from "../series/measure-table";
import { candidateCorrections, type Candidate } from "./candidate-corrections";
import { carriedPopulation, countsRead } from "./counts-read";
import { countLabel, describeFigures, type FigureNames } from "./figure-words";
import { agreement, verdict, type Finding } from "./finding";
import { recomputeReported, statedFrom, type ReportedShape } from "./recompute-reported";
import { inferDecimals, type ReportedFigure } from "./reported-figure";

/** A single count whose correction would make a run of disagreeing figures agree. */
export interface Explanation {
  readonly measure: MeasureId;
  /** The analyst's label of the measure's line ("Refs"), else the measure's name. */
  readonly label: string;
  readonly month: MonthKey;
  readonly cell: string | null;
  readonly current: number;
  readonly reconcilingValue: number;
  readonly explains: readonly ReportedFigure[];
  readonly message: string;
  /** Set by disclosure control: the counts or figures are small, so their values are not quoted. */
  readonly withheld?: true;
}

/** What the search needs besides the figures: how they were recomputed and checked. */
export interface ExplanationContext {
  readonly catalogue: IndicatorCatalogue;
  readonly measures: Readonly<Record<MeasureId, MeasureDef>>;
  readonly fyStartMonth: number;
  /** What the messages call indicators and measures the analyst gave no label for. */
  readonly names: FigureNames;
  /** Where each count sits on the sheet, so the explanation can name its cell. */
  readonly cells: ReadonlyMap<MeasureId, ReadonlyMap<MonthKey, string>> | undefined;
  /** Each reported figure's shape, by index. */
  readonly shapes: readonly ReportedShape[];
  /** The findings on every reported figure against a table of counts. */
  readonly check: (table: MeasureTable) => Finding[];
}

/**
 * Looks for one count that explains two or more disagreements at once: tries, for each disagreeing
 * figure, every count in its window at the value that would make that figure agree, and keeps the
 * correction that makes the most disagreeing figures agree without making an agreeing one disagree
 * (the first found, of equals). `table` is `data` laid out.
 *
 * A correction is tried in place on a copy of the table and re-checks only the figures that read the
 * corrected count (`countsRead`), and a Total of whole counts moves by the difference instead of being
 * added up again, so each candidate costs its readers, not every figure: the search is linear in the
 * months reported, where re-checking every figure for every candidate was quadratic.
 * @example explainByOneCount(data, table, reported, findings, ctx)[0]?.message // "Refs for May 2014 (B13) reads 280; 260 would reconcile 11 reported figures: % Mnth of contacts progressing to referral for May 2014 (D13) and …."
 */
export function explainByOneCount(
  data: MeasureData,
  table: MeasureTable,
  reported: readonly ReportedFigure[],
  findings: readonly Finding[],
  ctx: ExplanationContext
): Explanation[] {
  const disagreeing = findings.filter((f) => f.status === "disagrees");
  if (disagreeing.length < 2) return [];
  const search: Search = {
    trial: copyTable(table),
    readers: readersOf(reported, findings, table, ctx),
    totals: wholeTotals(reported, findings, table, ctx),
    data,
    reported,
    findings,
    ctx,
  };
  const tried = new Set<string>();
  let best: { candidate: Candidate; fixed: readonly number[] } | null = null;
  for (const finding of disagreeing) {
    const recomputed = finding.recomputed ?? 0;
    const candidates = candidateCorrections(
      finding.figure,
      recomputed,
      table,
      ctx.catalogue,
      ctx.fyStartMonth
    );
    for (const candidate of candidates) {
      const key = `${candidate.measure}@${candidate.month}=${candidate.value}`;
      if (tried.has(key)) continue;
      tried.add(key);
      const fixed = tryCandidate(candidate, search, Math.max(2, (best?.fixed.length ?? 0) + 1));
      if (
        fixed !== null &&
        fixed.length >= 2 &&
        (best === null || fixed.length > best.fixed.length)
      )
        best = { candidate, fixed };
    }
  }
  if (best === null) return [];
  const { candidate } = best;
  const fixed = best.fixed.flatMap((i) => reported[i] ?? []);
  const current = valueAt(table, candidate.measure, candidate.month) ?? 0;
  const cell = ctx.cells?.get(candidate.measure)?.get(candidate.month) ?? null;
  const where = cell === null ? "" : ` (${cell})`;
  const label = countLabel(candidate.measure, reported, ctx.names);
  const message =
    `${label} for ${formatMonthLong(candidate.month)}${where} reads ${formatNumber(current, inferDecimals(current))}; ` +
    `${formatNumber(candidate.value, inferDecimals(candidate.value))} would reconcile ${fixed.length} reported figures: ` +
    `${describeFigures(fixed, ctx.names)}.`;
  return [
    {
      measure: candidate.measure,
      label,
      month: candidate.month,
      cell,
      current,
      reconcilingValue: candidate.value,
      explains: fixed,
      message,
    },
  ];
}

/** The reported figures, by index, that read each month of a measure (index 0 is the table's first). */
type Readers = ReadonlyMap<MeasureId, ReadonlyArray<readonly number[] | undefined>>;

/**
 * A complete Total of whole counts whose sizes add up to at most 2^53 − 1: every partial sum is then
 * exact whatever the order, so swapping one whole count for another moves the total by exactly the
 * difference, the same number as adding the months up again.
 */
interface WholeTotal {
  readonly value: number;
  /** The sum of the counts' absolute values. */
  readonly size: number;
}

interface Search {
  readonly trial: TrialTable;
  readonly readers: Readers;
  readonly totals: ReadonlyMap<number, WholeTotal>;
  readonly data: MeasureData;
  readonly reported: readonly ReportedFigure[];
  readonly findings: readonly Finding[];
  readonly ctx: ExplanationContext;
}

/** The table with rows of its own, so a candidate can be written into it and taken out again. */
interface TrialTable {
  readonly table: MeasureTable;
  readonly rows: ReadonlyMap<MeasureId, Array<number | null>>;
}

function copyTable(table: MeasureTable): TrialTable {
  const rows = new Map([...table.values].map(([id, row]) => [id, [...row]]));
  return { table: { ...table, values: rows }, rows };
}

/**
 * Only a figure that agrees or disagrees can be broken or fixed by a correction, so uncheckable ones
 * are left out. Figures are visited in order, so each list is ascending, the order in which an
 * explanation lists the figures it reconciles.
 */
function readersOf(
  reported: readonly ReportedFigure[],
  findings: readonly Finding[],
  table: MeasureTable,
  ctx: ExplanationContext
): Readers {
  const carried = carriedPopulation(table);
  const readers = new Map<MeasureId, Array<number[] | undefined>>();
  reported.forEach((figure, i) => {
    const shape = ctx.shapes[i];
    if (shape === undefined || typeof shape === "string" || findings[i]?.status === "uncheckable")
      return;
    for (const run of countsRead(figure, shape, ctx.fyStartMonth, carried)) {
      let months = readers.get(run.measure);
      if (months === undefined) {
        months = new Array<number[] | undefined>(table.length);
        readers.set(run.measure, months);
      }
      const to = Math.min(run.to - table.first, table.length - 1);
      for (let m = Math.max(run.from - table.first, 0); m <= to; m++) {
        const list = (months[m] ??= []);
        if (list[list.length - 1] !== i) list.push(i);
      }
    }
  });
  return readers;
}

/** The checkable Totals of flows whose counts are all whole numbers, by figure index. */
function wholeTotals(
  reported: readonly ReportedFigure[],
  findings: readonly Finding[],
  table: MeasureTable,
  ctx: ExplanationContext
): Map<number, WholeTotal> {
  const totals = new Map<number, WholeTotal>();
  reported.forEach((figure, i) => {
    const shape = ctx.shapes[i];
    const value = findings[i]?.recomputed ?? null;
    if (figure.kind !== "total" || typeof shape !== "object" || value === null) return;
    if (shape.numeratorKind !== "flow") return;
    let size = 0;
    for (let m = statedFrom(figure, ctx.fyStartMonth); m <= figure.month; m = (m + 1) as MonthKey) {
      const count = valueAt(table, figure.measure, m);
      if (count === null || !Number.isInteger(count)) return;
      size += Math.abs(count);
    }
    if (size <= Number.MAX_SAFE_INTEGER) totals.set(i, { value, size });
  });
  return totals;
}

/**
 * The figures (by index, in order) that a candidate makes agree, or `null` when it makes an agreeing
 * one disagree, or cannot make `needed` agree (fewer of its readers disagree than that), so cannot be
 * the best.
 */
function tryCandidate(candidate: Candidate, search: Search, needed: number): number[] | null {
  const { trial, readers, findings } = search;
  const row = trial.rows.get(candidate.measure);
  const index = candidate.month - trial.table.first;
  const current = row?.[index] ?? null;
  // A value that is not a finite number reads as a missing count, which can move the table's range
  // and what reaches back twelve months: only a full re-check knows what that changes.
  if (row === undefined || current === null || !Number.isFinite(candidate.value))
    return tryRebuilt(candidate, search);
  const affected = readers.get(candidate.measure)?.[index] ?? [];
  if (affected.filter((i) => findings[i]?.status === "disagrees").length < needed) return null;
  row[index] = candidate.value;
  const fixed: number[] = [];
  let broken = false;
  for (const i of affected) {
    const before = findings[i]?.status;
    const after = statusWith(i, candidate, current, search);
    if (before === "agrees" && after === "disagrees") {
      broken = true;
      break;
    }
    if (before === "disagrees" && after === "agrees") fixed.push(i);
  }
  row[index] = current;
  return broken ? null : fixed;
}

/** Figure `i`'s status with the candidate written into the trial table in place of `current`. */
function statusWith(i: number, candidate: Candidate, current: number, search: Search) {
  const { reported, trial, totals, ctx } = search;
  const figure = reported[i];
  if (figure === undefined) return undefined;
  const total = totals.get(i);
  if (total !== undefined && Number.isInteger(candidate.value)) {
    const size = total.size - Math.abs(current) + Math.abs(candidate.value);
    if (size <= Number.MAX_SAFE_INTEGER)
      return agreement(figure, total.value - current + candidate.value);
  }
  return verdict(
    figure,
    recomputeReported(
      figure,
      trial.table,
      ctx.catalogue,
      ctx.measures,
      ctx.fyStartMonth,
      ctx.shapes[i]
    )
  );
}

/** The same answer by rebuilding the table with the candidate and re-checking every figure. */
function tryRebuilt(candidate: Candidate, search: Search): number[] | null {
  const { data, findings, ctx } = search;
  const after = ctx.check(buildMeasureTable(withValue(data, candidate), ctx.measures));
  const broken = after.some((f, i) => findings[i]?.status === "agrees" && f.status === "disagrees");
  if (broken) return null;
  return after.flatMap((f, i) =>
    findings[i]?.status === "disagrees" && f.status === "agrees" ? [i] : []
  );
}

function withValue(data: MeasureData, candidate: Candidate): MeasureData {
  const copy = new Map(data);
  const months = new Map(data.get(candidate.measure) ?? []);
  months.set(candidate.month, candidate.value);
  copy.set(candidate.measure, months);
  return copy;
}
