import fc from "fast-check";
import * as evaluateFigureModule from "../../../src/domain/indicators/evaluate-figure";
import { computeIndicator } from "../../../src/domain/indicators/compute-indicator";
import type { Figure } from "../../../src/domain/indicators/figure";
import { INDICATORS } from "../../../src/domain/indicators/indicator-catalogue";
import type { IndicatorDef } from "../../../src/domain/indicators/indicator-def";
import { MEASURES } from "../../../src/domain/measures/measure-catalogue";
import type { MeasureData } from "../../../src/domain/measures/measure-data";
import type { MeasureDef, MeasureId } from "../../../src/domain/measures/measure-def";
import { financialYearStart } from "../../../src/domain/period/financial-year";
import { addMonths, monthKey, type MonthKey } from "../../../src/domain/period/month";
import { candidateCorrections } from "../../../src/domain/reconcile/candidate-corrections";
import { carriedPopulation, countsRead } from "../../../src/domain/reconcile/counts-read";
import { judge, type Finding } from "../../../src/domain/reconcile/finding";
import { recomputeReported, reportedShape } from "../../../src/domain/reconcile/recompute-reported";
import { reconcile } from "../../../src/domain/reconcile/reconcile";
import {
  isReportedPercent,
  type ReportedFigure,
} from "../../../src/domain/reconcile/reported-figure";
import { buildMeasureTable, type MeasureTable } from "../../../src/domain/series/measure-table";

/**
 * The straightforward reconciliation, kept here to check the fast one against: each reported figure
 * recomputed as the engine computes a whole indicator (the figure read off its result), and the
 * search for one explaining count trying every candidate on a rebuilt table and re-checking every
 * figure. Quadratic and slow, but plainly what the definition says.
 */
function referenceRecompute(
  figure: ReportedFigure,
  table: MeasureTable,
  fyStartMonth: number
): Figure | string {
  let def: IndicatorDef | undefined;
  let months = 12;
  if (isReportedPercent(figure)) {
    def = (INDICATORS as Record<string, IndicatorDef>)[figure.indicator];
    if (def === undefined) return `The indicator "${figure.indicator}" is not in the catalogue.`;
  } else {
    if ((MEASURES as Record<string, MeasureDef>)[figure.measure] === undefined)
      return `The measure "${figure.measure}" is not defined.`;
    // A count indicator of the measure: only its formula matters to what is computed.
    def = { ...INDICATORS.contacts, formula: { kind: "count", measure: figure.measure } };
    if (figure.kind === "total") {
      const from = figure.from ?? financialYearStart(figure.month, fyStartMonth);
      months = figure.month - from + 1;
    }
  }
  const result = computeIndicator("reported", def, table, figure.month, {
    fyStartMonth,
    seriesLength: months,
    measures: MEASURES,
  });
  if (!result.ok) return result.error.detail;
  switch (figure.kind) {
    case "percentMonth":
      return result.value.value;
    case "percentYtd":
    case "ytd":
      return result.value.ytd;
    case "total": {
      const last = result.value.value;
      if (table.kinds.get(figure.measure) !== "flow") return last;
      const series = result.value.series;
      const missing = series.filter((p) => p.value === null).map((p) => p.month);
      const total = series.reduce((sum, p) => sum + (p.value ?? 0), 0);
      const present = series.length - missing.length;
      return {
        value: present === 0 ? null : total,
        incomplete: missing.length > 0,
        missingMonths: missing,
        window: { from: series[0]?.month ?? last.window.to, to: last.window.to },
        numerator: present === 0 ? null : total,
        denominator: null,
        problem:
          present === 0
            ? { code: "NO_DATA", detail: "No data in the months the total covers." }
            : null,
      };
    }
  }
}

function referenceFindings(
  data: MeasureData,
  reported: readonly ReportedFigure[],
  fyStartMonth: number
): Finding[] {
  const table = buildMeasureTable(data, MEASURES);
  return reported.map((f) => judge(f, referenceRecompute(f, table, fyStartMonth)));
}

interface ExplanationKey {
  readonly measure: MeasureId;
  readonly month: MonthKey;
  readonly reconcilingValue: number;
  readonly explains: readonly ReportedFigure[];
}

function referenceExplanations(
  data: MeasureData,
  reported: readonly ReportedFigure[],
  fyStartMonth: number
): ExplanationKey[] {
  const table = buildMeasureTable(data, MEASURES);
  const findings = referenceFindings(data, reported, fyStartMonth);
  const disagreeing = findings.filter((f) => f.status === "disagrees");
  if (disagreeing.length < 2) return [];
  const tried = new Set<string>();
  let best: ExplanationKey | null = null;
  for (const finding of disagreeing) {
    const recomputed = finding.recomputed ?? 0;
    for (const c of candidateCorrections(
      finding.figure,
      recomputed,
      table,
      INDICATORS,
      fyStartMonth
    )) {
      const key = `${c.measure}@${c.month}=${c.value}`;
      if (tried.has(key)) continue;
      tried.add(key);
      const after = referenceFindings(
        withValue(data, c.measure, c.month, c.value),
        reported,
        fyStartMonth
      );
      if (after.some((f, i) => findings[i]?.status === "agrees" && f.status === "disagrees"))
        continue;
      const fixed = reported.filter(
        (_, i) => findings[i]?.status === "disagrees" && after[i]?.status === "agrees"
      );
      if (fixed.length >= 2 && (best === null || fixed.length > best.explains.length))
        best = { measure: c.measure, month: c.month, reconcilingValue: c.value, explains: fixed };
    }
  }
  return best === null ? [] : [best];
}

function withValue(data: MeasureData, id: MeasureId, month: MonthKey, value: number): MeasureData {
  const copy = new Map(data);
  copy.set(id, new Map(data.get(id) ?? []).set(month, value));
  return copy;
}

// Every shape the engine knows: flow ratios, a ratio of stocks, rates of a stock and of flows (with
// the population carried forward) and a flow over a stock without population (turnover).
const PERCENT_INDICATORS = [
  "contacts_to_referral_pct",
  "referral_to_assessment_pct",
  "placement_3plus_pct",
  "lac_per10k",
  "referrals_per10k",
  "lac_starts_per10k",
  "sw_turnover_pct",
];
const COUNT_MEASURES = [
  "contacts",
  "referrals",
  "referrals_to_assessment",
  "lac",
  "lac_3plus_placements",
  "lac_starts",
  "sw_leavers_fte",
  "sw_employed_fte",
  "population",
];

interface Sheet {
  readonly data: MeasureData;
  readonly reported: ReportedFigure[];
  readonly fyStartMonth: number;
}

/** The percent indicators above that read a measure, so a run of figures can share one count. */
function percentLinesOf(id: MeasureId): string[] {
  return PERCENT_INDICATORS.filter((name) => {
    const formula = INDICATORS[name as keyof typeof INDICATORS].formula;
    if (formula.kind === "ratio") return formula.numerator === id || formula.denominator === id;
    return formula.kind === "rate" && (formula.count === id || id === "population");
  });
}

/**
 * Random small sheets: up to 30 months of counts, some missing, some not whole (FTEs), a population
 * given in few months; one or two counts changed after the reported figures were computed. The
 * figures are of every kind, some reaching outside the data, some off by a little and some anything;
 * about half sit on and after the first changed count and read it, shown as the counts before the
 * change gave them, so that runs of them disagree and the changed count can explain them.
 */
const sheets: fc.Arbitrary<Sheet> = fc
  .record({
    start: fc.integer({ min: 0, max: 23 }),
    length: fc.integer({ min: 1, max: 30 }),
    fyStartMonth: fc.constantFrom(4, 1),
    seed: fc.array(
      fc.oneof(
        { arbitrary: fc.integer({ min: 0, max: 60 }), weight: 12 },
        { arbitrary: fc.constant(-1), weight: 1 },
        { arbitrary: fc.constant(2.5), weight: 1 }
      ),
      { minLength: 30 * COUNT_MEASURES.length, maxLength: 30 * COUNT_MEASURES.length }
    ),
    figures: fc.array(
      fc.record({
        kind: fc.constantFrom("percentMonth", "percentYtd", "ytd", "total"),
        which: fc.nat(),
        near: fc.oneof(fc.constant(true), fc.boolean()),
        month: fc.integer({ min: -3, max: 32 }),
        from: fc.option(fc.integer({ min: -14, max: 30 }), { nil: undefined }),
        decimals: fc.constantFrom(0, 1, 2),
        // An infinite figure makes an infinite candidate, which the search tries on a rebuilt table.
        shift: fc.oneof(
          { arbitrary: fc.constant(0), weight: 5 },
          { arbitrary: fc.double({ min: -3, max: 3, noNaN: true }), weight: 5 },
          { arbitrary: fc.constant(Number.POSITIVE_INFINITY), weight: 1 }
        ),
      }),
      { minLength: 2, maxLength: 16 }
    ),
    changes: fc.array(
      fc.record({
        measure: fc.nat(),
        month: fc.nat(),
        by: fc.oneof(fc.integer({ min: -40, max: -1 }), fc.integer({ min: 1, max: 40 })),
      }),
      { minLength: 1, maxLength: 2 }
    ),
  })
  .map(({ start, length, fyStartMonth, seed, figures, changes }) => {
    const first = monthKey(2014, 1 + (start % 12)) + Math.floor(start / 12);
    const month = (i: number) => addMonths(first as MonthKey, i);
    const truth = new Map(
      COUNT_MEASURES.map((id, r) => {
        const months = new Map<MonthKey, number>();
        for (let i = 0; i < length; i++) {
          const v = seed[r * 30 + i] ?? 0;
          // Populations more than twelve months apart, so a rate reaches back past its window for one.
          if (id === "population" ? i % 13 === 3 : v >= 0)
            months.set(month(i), id === "population" ? 40_000 + v : v);
        }
        return [id, months];
      })
    );
    const changed = changes.map((c) => ({
      id: COUNT_MEASURES[c.measure % COUNT_MEASURES.length] ?? "",
      at: c.month % length,
      by: c.by,
    }));
    const target = changed[0] ?? { id: "referrals", at: 0, by: 1 };
    const table = buildMeasureTable(truth, MEASURES);
    const reported = figures.map((f): ReportedFigure => {
      const lines = f.near ? percentLinesOf(target.id) : PERCENT_INDICATORS;
      const at = month(f.near ? target.at + (((f.month % 6) + 6) % 6) : f.month);
      const base: ReportedFigure =
        (f.kind === "percentMonth" || f.kind === "percentYtd") && lines.length > 0
          ? { kind: f.kind, indicator: lines[f.which % lines.length] ?? "", month: at, value: 0 }
          : {
              kind: f.kind === "ytd" || f.kind === "total" ? f.kind : "ytd",
              measure: f.near ? target.id : (COUNT_MEASURES[f.which % COUNT_MEASURES.length] ?? ""),
              month: at,
              ...(f.from === undefined ? {} : { from: month(f.from) }),
              value: 0,
            };
      const recomputed = recomputeReported(base, table, INDICATORS, MEASURES, fyStartMonth);
      const value = typeof recomputed === "string" ? null : recomputed.value;
      const scale = 10 ** f.decimals;
      const shift = f.near ? 0 : f.shift;
      return {
        ...base,
        value: Math.round(((value ?? f.which % 50) + shift) * scale) / scale,
        decimals: f.decimals,
      };
    });
    const data = new Map(truth);
    for (const { id, at, by } of changed) {
      const current = data.get(id)?.get(month(at));
      if (current !== undefined) data.set(id, new Map(data.get(id)).set(month(at), current + by));
    }
    return { data, reported, fyStartMonth };
  });

describe("reconciliation at scale agrees with the straightforward reconciliation", () => {
  it("recomputes every reported figure as the whole indicator would give it", () => {
    fc.assert(
      fc.property(sheets, ({ data, reported, fyStartMonth }) => {
        const table = buildMeasureTable(data, MEASURES);
        for (const figure of reported) {
          expect(recomputeReported(figure, table, INDICATORS, MEASURES, fyStartMonth)).toEqual(
            referenceRecompute(figure, table, fyStartMonth)
          );
        }
      }),
      { numRuns: 300 }
    );
  });

  it("changes a figure only through a count it is said to read", () => {
    fc.assert(
      fc.property(
        sheets,
        fc.oneof(fc.nat(), fc.constant(COUNT_MEASURES.indexOf("population"))),
        fc.nat(),
        fc.integer({ min: -50, max: 50 }),
        ({ data, reported, fyStartMonth }, measure, month, value) => {
          const table = buildMeasureTable(data, MEASURES);
          if (table.length === 0) return;
          const id = COUNT_MEASURES[measure % COUNT_MEASURES.length] ?? "";
          const at = (table.first + (month % table.length)) as MonthKey;
          if (data.get(id)?.get(at) === undefined) return;
          const changed = buildMeasureTable(withValue(data, id, at, value), MEASURES);
          const carried = carriedPopulation(table);
          for (const figure of reported) {
            const shape = reportedShape(figure, table, INDICATORS, MEASURES);
            if (typeof shape === "string") continue;
            const reads = countsRead(figure, shape, fyStartMonth, carried).some(
              (run) => run.measure === id && run.from <= at && at <= run.to
            );
            if (!reads) {
              expect(
                recomputeReported(figure, changed, INDICATORS, MEASURES, fyStartMonth)
              ).toEqual(recomputeReported(figure, table, INDICATORS, MEASURES, fyStartMonth));
            }
          }
        }
      ),
      { numRuns: 300 }
    );
  });

  it("finds the same findings and the same explaining count", () => {
    let explained = 0;
    fc.assert(
      fc.property(sheets, ({ data, reported, fyStartMonth }) => {
        const fast = reconcile(data, reported, { fyStartMonth });
        expect(fast.findings).toEqual(referenceFindings(data, reported, fyStartMonth));
        const expected = referenceExplanations(data, reported, fyStartMonth);
        expect(
          fast.explanations.map(({ measure, month, reconcilingValue, explains }) => ({
            measure,
            month,
            reconcilingValue,
            explains,
          }))
        ).toEqual(expected);
        explained += expected.length;
      }),
      { numRuns: 300 }
    );
    // The sheets are made so that one count often explains a run; otherwise this test checks little.
    expect(explained).toBeGreaterThan(20);
  });
});

describe("reconciliation's cost", () => {
  /** Every month's % Mnth and % YTD of a flow ratio and a rate of a flow, all off by 0.7. */
  function disagreeingLine(months: number): { data: MeasureData; reported: ReportedFigure[] } {
    const first = monthKey(2014, 4);
    const counts = (base: number) =>
      new Map(
        Array.from({ length: months }, (_, i) => [addMonths(first, i), base + ((i * 37) % 90)])
      );
    const data: MeasureData = new Map([
      ["referrals", counts(300)],
      ["contacts", counts(900)],
      ["population", counts(40_000)],
    ]);
    const table = buildMeasureTable(data, MEASURES);
    const reported = Array.from({ length: months }, (_, i) =>
      (["percentMonth", "percentYtd"] as const).flatMap((kind) =>
        ["contacts_to_referral_pct", "referrals_per10k"].map((indicator): ReportedFigure => {
          const figure = { kind, indicator, month: addMonths(first, i), value: 0, decimals: 1 };
          const recomputed = recomputeReported(figure, table, INDICATORS, MEASURES, 4);
          const value = typeof recomputed === "string" ? 0 : (recomputed.value ?? 0);
          return { ...figure, value: Math.round((value + 0.7) * 10) / 10 };
        })
      )
    ).flat();
    return { data, reported };
  }

  function evaluations(months: number): number {
    const { data, reported } = disagreeingLine(months);
    const spy = jest.spyOn(evaluateFigureModule, "evaluateFigure");
    try {
      const result = reconcile(data, reported);
      expect(result.findings.every((f) => f.status !== "agrees")).toBe(true);
      return spy.mock.calls.length;
    } finally {
      spy.mockRestore();
    }
  }

  it("evaluates figures in proportion to the months of a disagreeing line, not their square", () => {
    const short = evaluations(48);
    const long = evaluations(192);
    expect(short).toBeGreaterThan(0);
    // Four times the months: about four times the evaluations (re-checking every figure for every
    // candidate made it sixteen).
    expect(long / short).toBeLessThan(4.5);
  });
});
