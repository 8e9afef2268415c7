import fc from "fast-check";
import { formulaMeasures } from "../../src/domain/indicators/formula-measures";
import { INDICATORS } from "../../src/domain/indicators/indicator-catalogue";
import { addMonths, formatMonth, monthKey, type MonthKey } from "../../src/domain/period/month";
import type { ChartPlan, PlanCell, SheetPlan } from "../../src/plan/plan-types";
import { prepareRefresh } from "../../src/refresh/prepare-refresh";
import type { Grid } from "../../src/sheet/grid";
import { readSettingsSheet } from "../../src/sheet/settings/read-settings-sheet";
import { parseRange } from "../../src/cli/xlsx/write/a1-range";
import { smallCount as count } from "../plan/small-counts";

/**
 * Disclosure control of the charts sheet along the whole pure refresh path (sheets read, checked,
 * computed, planned), over random workbooks of small counts for the charts' kinds of indicator: a
 * month's own figure, a rolling rate whose early months rest on fewer than 12 months, a count of
 * a stock. What the charts draw (their cells), and what their alternative text says, give no
 * withheld figure away.
 */

/** The charted indicators: a percentage of a flow, rates of a flow (rolling) and of a stock. */
const CHARTED = ["rereferral_pct", "referrals_per10k", "cpp_per10k"] as const;
const THRESHOLD = 5;
const MEASURE_IDS = [...new Set(CHARTED.flatMap((id) => formulaMeasures(INDICATORS[id].formula)))];

interface Book {
  readonly first: MonthKey;
  readonly months: number;
  readonly counts: ReadonlyMap<string, ReadonlyArray<number | null>>;
}

const book: fc.Arbitrary<Book> = fc
  .record({
    first: fc.integer({ min: 0, max: 36 }).map((i) => addMonths(monthKey(2013, 1), i)),
    months: fc.integer({ min: 3, max: 26 }),
  })
  .chain(({ first, months }) =>
    fc
      .array(fc.array(count, { minLength: months, maxLength: months }), {
        minLength: MEASURE_IDS.length,
        maxLength: MEASURE_IDS.length,
      })
      .map((rows) => ({
        first,
        months,
        counts: new Map(MEASURE_IDS.map((m, i) => [m, rows[i] ?? []])),
      }))
  );

function refreshed(b: Book, suppress: boolean) {
  const months = Array.from({ length: b.months }, (_, i) => addMonths(b.first, i));
  const data: PlanCell[][] = [
    ["Children's social care: monthly data"],
    ["Measure", ...months.map(formatMonth)],
    ...[...b.counts].map(([measure, values]) => [measure, ...values.map((v) => v ?? "")]),
    ["population", ...months.map(() => 41200)],
  ];
  const comparators: PlanCell[][] = [
    ["Indicator", "Target", "Stat neighbours 2014/15", "England 2013/14", "Band low", "Band high"],
    ["rereferral_pct", 20, 21.5, 22.4, "", ""],
    ["referrals_per10k", "", 560.1, 544.5, 450, 650],
    ["cpp_per10k", "", 48.1, 43.1, 35, 50],
  ];
  const settings: PlanCell[][] = [
    ["Setting", "Value"],
    ["Local authority", "Rutland"],
    ["Suppress small numbers", suppress ? "Yes" : "No"],
    ["Suppression threshold", THRESHOLD],
  ];
  const grid = (sheet: string, values: PlanCell[][]): Grid => ({ sheet, values });
  const prepared = prepareRefresh({
    settings: readSettingsSheet(grid("CSC Settings", settings)),
    comparators: grid("CSC Comparators", comparators),
    data: grid("CSC Data", data),
    now: { month: monthKey(2020, 1), iso: "2020-01-02T09:00:00.000Z" },
  });
  if (!prepared.ok) throw new Error(prepared.message);
  const charts = prepared.plan.sheets.find((s) => s.role === "charts");
  if (charts === undefined) throw new Error("no charts sheet");
  return charts;
}

/** A chart's cells of one line, by month label. */
function lineCells(sheet: SheetPlan, chart: ChartPlan, k: number): Map<string, PlanCell> {
  const values = sheet.blocks[0]?.values ?? [];
  const line = chart.series[k];
  if (line === undefined) return new Map();
  const r = parseRange(line.values);
  const c = parseRange(line.categories);
  const out = new Map<string, PlanCell>();
  for (let row = r.top; row <= r.bottom; row++)
    out.set(String(values[row]?.[c.left] ?? ""), values[row]?.[r.left] ?? "");
  return out;
}

/** The indicator's own figures as the chart shows them, either line, by month label. */
function ownFigures(sheet: SheetPlan, chart: ChartPlan): Map<string, number> {
  const out = new Map<string, number>();
  chart.series.forEach((line, k) => {
    if (line.role !== "indicator" && line.role !== "partial") return;
    for (const [month, cell] of lineCells(sheet, chart, k))
      if (typeof cell === "number") out.set(month, cell);
  });
  return out;
}

/** The numbers a description quotes, once months, years, counts of months or figures, and units are taken out. */
function quoted(text: string): number[] {
  const t = text
    .replace(
      /\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/g,
      " "
    )
    .replace(/\b\d{4}\/\d{2}\b/g, " ")
    .replace(/\b\d+ (?:months?|figures?)\b/g, " ")
    .replace(/per 10,000/g, " ");
  return (t.match(/\d[\d,]*(?:\.\d+)?/g) ?? []).map((n) => Number(n.replace(/,/g, "")));
}

/** The charts' indicators by title, and each figure's unit scale (percent cells are fractions). */
const SCALE: Readonly<Record<string, number>> = {
  rereferral_pct: 100,
  referrals_per10k: 1,
  cpp_per10k: 1,
};

describe("disclosure control of the charts along the refresh path", () => {
  it("draws no withheld month, and its alternative text quotes only what the charts show", () => {
    fc.assert(
      fc.property(book, (b) => {
        const on = refreshed(b, true);
        const off = refreshed(b, false);
        for (const chart of on.charts) {
          const open = off.charts.find((c) => c.indicatorId === chart.indicatorId);
          if (open === undefined) throw new Error(`no open chart of ${chart.indicatorId}`);
          const shown = ownFigures(on, chart);
          const scale = SCALE[chart.indicatorId] ?? 1;
          // A month is shown only as it is without disclosure control, or not at all.
          for (const [month, value] of shown)
            expect(ownFigures(off, open).get(month)).toBeCloseTo(value, 9);
          // Every number the description quotes is a figure the chart shows, a comparator or
          // a band edge the comparators sheet gives, at the precision quoted.
          const given = [20, 21.5, 22.4, 560.1, 544.5, 450, 650, 48.1, 43.1, 35, 50];
          const legit = [...[...shown.values()].map((v) => v * scale), ...given];
          for (const n of quoted(chart.altTextDescription)) {
            const near = legit.some((v) => Math.abs(v - n) <= 0.05 + 1e-9);
            expect({ chart: chart.indicatorId, quoted: n, near }).toEqual({
              chart: chart.indicatorId,
              quoted: n,
              near: true,
            });
          }
        }
      }),
      { numRuns: 60 }
    );
  });

  it("writes the same charts whatever the small counts are", () => {
    const perturbed = book.chain((b) =>
      fc
        .array(fc.integer({ min: 1, max: THRESHOLD }), { minLength: 200, maxLength: 200 })
        .map((others) => {
          let k = 0;
          const counts = new Map(
            [...b.counts].map(([measure, values]) => [
              measure,
              values.map((v) =>
                v !== null && v > 0 && v <= THRESHOLD ? (others[k++ % 200] ?? v) : v
              ),
            ])
          );
          return { b, c: { ...b, counts } };
        })
    );
    fc.assert(
      fc.property(perturbed, ({ b, c }) => {
        const before = refreshed(b, true);
        const after = refreshed(c, true);
        expect(after.charts).toEqual(before.charts);
        expect(after.blocks).toEqual(before.blocks);
      }),
      { numRuns: 60 }
    );
  });
});
