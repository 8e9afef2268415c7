import fc from "fast-check";
import type { ComparatorValues } from "../../src/domain/compare/comparator";
import { INDICATORS } from "../../src/domain/indicators/indicator-catalogue";
import { monthlyValues } from "../../src/domain/measures/measure-data";
import { addMonths, monthKey, type MonthKey } from "../../src/domain/period/month";
import { computeScorecard } from "../../src/domain/scorecard/compute-scorecard";
import type { HeadlineFigure } from "../../src/domain/scorecard/scorecard-settings";
import { generateCommentary } from "../../src/plan/commentary";
import { previousRatings } from "../../src/plan/previous-ratings";
import { benchmarkYearOf } from "../../src/plan/benchmark-years";

/**
 * Every difference the commentary states is the difference of the figures it states beside it, as
 * a reader would work it out from the sentence alone: over random months of counts for indicators
 * of every unit (counts, percentages, rates per 10,000, ratios), random comparators and headlines.
 */

const IDS = [
  "referrals",
  "contacts_to_referral_pct",
  "rereferral_pct",
  "assessment_45wd_pct",
  "referrals_per10k",
  "lac_per10k",
  "missing_per_child",
  "sw_caseload",
] as const;

const MEASURES = [
  ...new Set(
    IDS.flatMap((id) => {
      const f = INDICATORS[id].formula;
      return f.kind === "count"
        ? [f.measure]
        : f.kind === "rate"
          ? [f.count]
          : [f.numerator, f.denominator];
    })
  ),
];

const NUMBER = String.raw`\d[\d,]*(?:\.\d+)?`;
/** "39.0% to 48.5% (+9.5 points)", "673.3 to 705.4 per 10,000, +32.1", "319 to 416 (+97)". */
const CHANGE = new RegExp(
  String.raw`(${NUMBER})%? to (${NUMBER})(?:%| per 10,000| days)?(?: \(|, )([+−])(${NUMBER})(?: points?)?\)`,
  "g"
);
/** "stood at 29.3% against a statistical neighbour average of 23.6%, 5.7 points worse". */
const GAP = new RegExp(
  String.raw`stood at (${NUMBER})%?(?: in the year to date| over the last 12 months)? against a statistical neighbour average of (${NUMBER})(?:%| per 10,000| days)?(?: in \d{4}\/\d{2})?, (${NUMBER})(?: points?)? (better|worse|above|below)\.`
);
const LEVEL = new RegExp(
  String.raw`stood at (${NUMBER})%?(?: in the year to date| over the last 12 months)?, in line with a statistical neighbour average of (${NUMBER})`
);

const read = (text: string) => Number(text.replace(/,/g, ""));
/** Two stated figures' difference, exact at the decimals written (no binary noise). */
const difference = (a: string, b: string) => {
  const places = Math.max(...[a, b].map((t) => t.split(".")[1]?.length ?? 0));
  return Math.round((read(b) - read(a)) * 10 ** places) / 10 ** places;
};

const book = fc.record({
  months: fc.integer({ min: 2, max: 14 }),
  counts: fc.array(fc.array(fc.integer({ min: 0, max: 3000 }), { minLength: 14, maxLength: 14 }), {
    minLength: MEASURES.length,
    maxLength: MEASURES.length,
  }),
  fractional: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 14, maxLength: 14 }),
  neighbours: fc.array(fc.option(fc.integer({ min: 0, max: 20000 }), { nil: undefined }), {
    minLength: IDS.length,
    maxLength: IDS.length,
  }),
  targets: fc.array(fc.option(fc.integer({ min: 0, max: 20000 }), { nil: undefined }), {
    minLength: IDS.length,
    maxLength: IDS.length,
  }),
  headlines: fc.array(fc.constantFrom<HeadlineFigure>("month", "month", "ytd", "rolling12"), {
    minLength: IDS.length,
    maxLength: IDS.length,
  }),
});

describe("the commentary's differences", () => {
  it("equal the difference of the figures each sentence states, with the sign it states", () => {
    fc.assert(
      fc.property(book, (b) => {
        const first = monthKey(2014, 4);
        const month = addMonths(first, b.months - 1);
        const data = new Map<string, ReadonlyMap<MonthKey, number>>(
          MEASURES.map((measure, m) => [
            measure,
            monthlyValues(
              first,
              // Some counts carry a fraction (FTEs), so rounding lands on halves and near-halves.
              (b.counts[m] ?? []).slice(0, b.months).map((v, i) => v + (b.fractional[i] ?? 0) / 20)
            ),
          ])
        );
        data.set("population", monthlyValues(first, [41400]));
        const comparators: Record<string, ComparatorValues> = Object.fromEntries(
          IDS.map((id, i) => {
            const scale = INDICATORS[id].unit === "percent" ? 200 : 10;
            const sn = b.neighbours[i];
            const target = b.targets[i];
            return [
              id,
              {
                ...(sn === undefined ? {} : { statNeighbours: sn / scale }),
                ...(target === undefined ? {} : { target: target / scale }),
              },
            ];
          })
        );
        const catalogue = Object.fromEntries(IDS.map((id) => [id, INDICATORS[id]]));
        const rows = computeScorecard(catalogue, data, month, comparators, {
          indicators: Object.fromEntries(
            IDS.map((id, i) => [id, { headline: b.headlines[i] ?? "month" }])
          ),
        }).rows;
        const yearOf = benchmarkYearOf(
          Object.fromEntries(
            IDS.map((id, i) => [id, i % 2 === 0 ? { statNeighbours: "2014/15" } : {}])
          )
        );
        const lines = generateCommentary(rows, previousRatings(rows), month, { top: 8, yearOf });
        for (const line of lines) {
          const changes = [...line.text.matchAll(CHANGE)];
          if (line.topic === "Movement" && line.indicatorId !== null)
            expect({ text: line.text, matched: changes.length }).toEqual({
              text: line.text,
              matched: 1,
            });
          for (const [, from = "", to = "", sign, size = ""] of changes) {
            const stated = difference(from, to);
            expect({
              text: line.text,
              difference: sign === "−" ? -read(size) : read(size),
            }).toEqual({
              text: line.text,
              difference: stated,
            });
            expect(stated).not.toBe(0);
          }
          if (line.topic !== "Statistical neighbours" || line.indicatorId === null) continue;
          const gap = GAP.exec(line.text);
          const level = LEVEL.exec(line.text);
          expect({ text: line.text, parsed: gap !== null || level !== null }).toEqual({
            text: line.text,
            parsed: true,
          });
          if (level !== null) expect(difference(level[1] ?? "", level[2] ?? "")).toBe(0);
          if (gap === null) continue;
          const [, ours = "", theirs = "", size = "", how] = gap;
          const stated = difference(theirs, ours);
          expect({ text: line.text, size: read(size) }).toEqual({
            text: line.text,
            size: Math.abs(stated),
          });
          expect(stated).not.toBe(0);
          if (how === "above") expect(stated).toBeGreaterThan(0);
          if (how === "below") expect(stated).toBeLessThan(0);
        }
      }),
      { numRuns: 200 }
    );
  });
});
