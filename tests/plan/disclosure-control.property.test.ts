import fc from "fast-check";
import { distanceToBand } from "../../src/domain/compare/band";
import { formatDifference, formatNumber, formatValue } from "../../src/domain/format/format-number";
import {
  isSuppressed,
  isWithheld,
  type SuppressionSettings,
} from "../../src/domain/format/suppression";
import { computeIndicator } from "../../src/domain/indicators/compute-indicator";
import type { CountedFigure, PublishedFigure } from "../../src/domain/indicators/figure";
import { formulaMeasures } from "../../src/domain/indicators/formula-measures";
import {
  INDICATORS,
  type IndicatorCatalogue,
} from "../../src/domain/indicators/indicator-catalogue";
import { MEASURES } from "../../src/domain/measures/measure-catalogue";
import { monthlyValues, type MeasureData } from "../../src/domain/measures/measure-data";
import { financialYearStart } from "../../src/domain/period/financial-year";
import { addMonths, monthKey, type MonthKey } from "../../src/domain/period/month";
import { reconcile } from "../../src/domain/reconcile/reconcile";
import { isReportedPercent, type ReportedFigure } from "../../src/domain/reconcile/reported-figure";
import {
  computeScorecard,
  type Scorecard,
  type ScorecardRow,
} from "../../src/domain/scorecard/compute-scorecard";
import type { HeadlineFigure } from "../../src/domain/scorecard/scorecard-settings";
import { buildScorecardPlan } from "../../src/plan/build-scorecard-plan";
import { roundHalfAwayFromZero } from "../../src/domain/format/round";
import { cellNumber, publishedDecimals, scorecardDecimals } from "../../src/plan/number-formats";
import type { PlanCell, ScorecardPlan, SheetPlan } from "../../src/plan/plan-types";
import { SCORECARD_COLUMNS, SCORECARD_HEADER_ROW } from "../../src/plan/scorecard-sheet";
import { partAboveWholeIssues } from "../../src/sheet/data-sheet/part-above-whole";
import { partWholePairs } from "../../src/sheet/data-sheet/part-whole-pairs";
import { a1 } from "../../src/sheet/a1";
import { smallCount as count } from "./small-counts";

/**
 * Disclosure control, as properties over random small-number workbooks: a handful of indicators of
 * every shape (counts and ratios of flows and of stocks, rates per 10,000, turnover), 13–30 months
 * of counts mostly 0–8, comparators, per-indicator headline figures. Each workbook is refreshed with
 * suppression on and off; whatever the "on" refresh withholds must not be readable from what it plans.
 */

const POOL = [
  "referrals",
  "rereferral_pct",
  "cpp_repeat_pct",
  "assessment_45wd_pct",
  "referrals_per10k",
  "lac",
  "lac_per10k",
  "placement_3plus_pct",
  "cpp_open_2yrs_pct",
  "sw_turnover_pct",
] as const satisfies ReadonlyArray<keyof typeof INDICATORS>;

type PoolId = (typeof POOL)[number];

interface Workbook {
  readonly catalogue: IndicatorCatalogue;
  readonly data: MeasureData;
  readonly first: MonthKey;
  readonly months: number;
  readonly reportingMonth: MonthKey;
  readonly comparators: Record<
    string,
    { target?: number; statNeighbours?: number; england?: number }
  >;
  readonly headlines: Record<string, HeadlineFigure>;
  readonly noChangeThreshold: number;
  readonly threshold: number | undefined;
}

const comparator = (id: PoolId) => {
  const scale = { percent: 10, per10k: 100, count: 1, ratio: 1, days: 10 }[INDICATORS[id].unit];
  return fc.option(
    fc.integer({ min: 0, max: 1000 }).map((x) => (x / 10) * (scale / 10)),
    { nil: undefined }
  );
};

const workbook: fc.Arbitrary<Workbook> = fc
  .record({
    ids: fc.subarray([...POOL], { minLength: 2, maxLength: 6 }),
    first: fc.integer({ min: 0, max: 47 }).map((i) => addMonths(monthKey(2013, 1), i)),
    months: fc.integer({ min: 13, max: 30 }),
    back: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, fc.integer({ min: 1, max: 3 })),
    noChangeThreshold: fc.constantFrom(0, 0.5),
    threshold: fc.constantFrom(undefined, undefined, 3, 7),
    seed: fc.array(count, { minLength: 30 * 12, maxLength: 30 * 12 }),
  })
  .chain((base) =>
    fc
      .record({
        comparators: fc.tuple(
          ...base.ids.map((id) =>
            fc.record({
              target: comparator(id),
              statNeighbours: comparator(id),
              england: comparator(id),
            })
          )
        ),
        headlines: fc.tuple(
          ...base.ids.map(() =>
            fc.constantFrom<HeadlineFigure>("month", "month", "ytd", "rolling12")
          )
        ),
      })
      .map(({ comparators, headlines }) => {
        const catalogue: IndicatorCatalogue = Object.fromEntries(
          base.ids.map((id) => [id, INDICATORS[id]])
        );
        const measures = [
          ...new Set(base.ids.flatMap((id) => formulaMeasures(INDICATORS[id].formula))),
        ];
        const data = new Map<string, ReadonlyMap<MonthKey, number>>();
        measures.forEach((measure, m) => {
          const values = Array.from(
            { length: base.months },
            (_, i) => base.seed[(m * 31 + i) % base.seed.length] ?? null
          );
          data.set(measure, monthlyValues(base.first, values));
        });
        data.set("population", monthlyValues(base.first, [41200]));
        const clean = <T>(o: Record<string, T | undefined>) =>
          Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Record<
            string,
            T
          >;
        return {
          catalogue,
          data,
          first: base.first,
          months: base.months,
          reportingMonth: addMonths(base.first, base.months - 1 - base.back),
          comparators: Object.fromEntries(
            base.ids.map((id, i) => [id, clean(comparators[i] ?? {})])
          ),
          headlines: Object.fromEntries(base.ids.map((id, i) => [id, headlines[i] ?? "month"])),
          noChangeThreshold: base.noChangeThreshold,
          threshold: base.threshold,
        };
      })
  );

function suppression(book: Workbook, enabled: boolean): SuppressionSettings {
  return book.threshold === undefined ? { enabled } : { enabled, threshold: book.threshold };
}

function scorecard(book: Workbook, enabled: boolean, data: MeasureData = book.data): Scorecard {
  return computeScorecard(book.catalogue, data, book.reportingMonth, book.comparators, {
    suppression: suppression(book, enabled),
    noChangeThreshold: book.noChangeThreshold,
    indicators: Object.fromEntries(
      Object.entries(book.headlines).map(([id, headline]) => [id, { headline }])
    ),
  });
}

/** Reported figures at the reporting month (and the month before), each beside a scorecard figure. */
function reportedFigures(book: Workbook): ReportedFigure[] {
  const M = book.reportingMonth;
  const figures: ReportedFigure[] = [];
  let n = 0;
  const cell = () => `R${++n}`;
  for (const [id, def] of Object.entries(book.catalogue)) {
    if (def.formula.kind === "ratio" && def.unit === "percent") {
      figures.push({ kind: "percentMonth", indicator: id, month: M, value: 12.3, cell: cell() });
      figures.push({
        kind: "percentMonth",
        indicator: id,
        month: addMonths(M, -1),
        value: 45.6,
        cell: cell(),
      });
      figures.push({ kind: "percentYtd", indicator: id, month: M, value: 78.9, cell: cell() });
    }
    if (def.formula.kind === "count")
      figures.push({
        kind: "ytd",
        measure: def.formula.measure,
        month: M,
        value: 987,
        cell: cell(),
      });
  }
  return figures;
}

/** The scorecard figure a reported figure is checked against, on the row of its indicator. */
function oracleFigure(figure: ReportedFigure, rows: readonly ScorecardRow[], M: MonthKey) {
  if (!isReportedPercent(figure)) {
    if (figure.kind === "total") return undefined;
    const row = rows.find(
      (r) => r.def.formula.kind === "count" && r.def.formula.measure === figure.measure
    );
    return row?.ytd;
  }
  const row = rows.find((r) => r.id === figure.indicator);
  if (figure.kind === "percentYtd") return row?.ytd;
  return figure.month === M ? row?.value : row?.previous;
}

function plan(book: Workbook, card: Scorecard, withExtras: boolean): ScorecardPlan {
  const cells = new Map(
    [...book.data.keys()].map((measure, m) => [
      measure,
      new Map(
        Array.from({ length: book.months }, (_, i) => [addMonths(book.first, i), a1(m + 4, i + 1)])
      ),
    ])
  );
  return buildScorecardPlan({
    scorecard: card,
    catalogue: book.catalogue,
    authority: "Rutland",
    reportingMonth: book.reportingMonth,
    dataSheetName: "CSC Data",
    refreshedAt: "2016-01-12T09:30:00Z",
    issues: withExtras
      ? partAboveWholeIssues(book.data, cells, partWholePairs(book.catalogue), MEASURES, "CSC Data")
      : [],
    reconciliation: withExtras
      ? reconcile(book.data, reportedFigures(book), { catalogue: book.catalogue })
      : { findings: [], explanations: [] },
    chartIndicators: Object.keys(book.catalogue),
  });
}

function sheet(p: ScorecardPlan, role: SheetPlan["role"]): SheetPlan {
  const found = p.sheets.find((s) => s.role === role);
  if (found === undefined) throw new Error(`no ${role} sheet`);
  return found;
}

function grid(s: SheetPlan): ReadonlyArray<readonly PlanCell[]> {
  return s.blocks[0]?.values ?? [];
}

const FIGURE_KEYS = [
  "value",
  "previous",
  "sameMonthLastYear",
  "quarter",
  "ytd",
  "rolling12",
  "ytdLastYear",
  "rolling12LastYear",
  "annualised",
  "forecast",
] as const;

/** Every figure of a row, chart points included, by a key shared by the "on" and "off" rows. */
function figuresOf(row: ScorecardRow): Map<string, PublishedFigure> {
  const out = new Map<string, PublishedFigure>();
  for (const key of FIGURE_KEYS) {
    const figure = row[key];
    if (figure !== null) out.set(key, figure);
  }
  for (const point of row.series) out.set(`series:${point.month}`, point);
  return out;
}

/**
 * The keys of the figures disclosure control must withhold, decided afresh from the engine's raw
 * figures and the suppression rule, so the test trusts no decision the scorecard or the plan made.
 */
function mustWithhold(book: Workbook, id: string): Set<string> {
  const def = book.catalogue[id];
  if (def === undefined) throw new Error(`no indicator ${id}`);
  const raw = computeIndicator(id, def, book.data, book.reportingMonth);
  if (!raw.ok) throw new Error(raw.error.detail);
  const settings = suppression(book, true);
  const keys = new Set<string>();
  const judge = (key: string, figure: CountedFigure | null) => {
    if (figure !== null && figure.value !== null && isSuppressed(figure, settings)) keys.add(key);
  };
  for (const key of FIGURE_KEYS) judge(key, raw.value[key]);
  for (const point of raw.value.series) judge(`series:${point.month}`, point);
  return keys;
}

/** The key of the figure an indicator is rated on. */
function headlineKey(book: Workbook, id: string): "value" | "ytd" | "rolling12" {
  const kind = book.headlines[id] ?? "month";
  return kind === "month" ? "value" : kind;
}

function shownValue(figure: PublishedFigure | null | undefined): number | null {
  return figure === null || figure === undefined || isWithheld(figure) ? null : figure.value;
}

/** The values the "off" row shows, split into those that must be withheld and the others. */
function split(off: ScorecardRow, hidden: ReadonlySet<string>) {
  const withheld: number[] = [];
  const shown: number[] = [];
  for (const [key, figure] of figuresOf(off)) {
    const value = shownValue(figure);
    if (value !== null) (hidden.has(key) ? withheld : shown).push(value);
  }
  return { withheld, shown };
}

/**
 * What a row legitimately shows: the figures that need not be withheld, the comparators given, and
 * what is built on them alone (differences, variances, distance to the band).
 */
function shownNumbers(
  book: Workbook,
  off: ScorecardRow,
  hidden: ReadonlySet<string>
): { cells: number[]; texts: Set<string> } {
  const def = off.def;
  const values = split(off, hidden).shown;
  const given = Object.values(book.comparators[off.id] ?? {});
  const band = def.band === undefined ? [] : [def.band.low, def.band.high];
  const cells = [...values, ...given].map((v) => cellNumber(v, def.unit));
  const texts = new Set<string>(["5%"]);
  const open = (key: string, figure: PublishedFigure) =>
    hidden.has(key) ? null : shownValue(figure);
  const headline = open(headlineKey(book, off.id), off.headline);
  const lastYearKey = {
    month: "sameMonthLastYear",
    ytd: "ytdLastYear",
    rolling12: "rolling12LastYear",
  }[book.headlines[off.id] ?? "month"];
  const lastYear = off.comparisons.find((c) => c.comparator === "lastYear");
  const comparators = [...given, ...(lastYear && !hidden.has(lastYearKey) ? [lastYear.value] : [])];
  for (const v of [...values, ...comparators, ...band]) {
    texts.add(formatValue(v, def.unit, def.decimals));
    texts.add(formatNumber(v, def.decimals));
  }
  const differences: number[] = [];
  const now = open("value", off.value);
  const before = open("previous", off.previous);
  if (now !== null && before !== null) differences.push(now - before);
  if (headline !== null) {
    for (const c of comparators) {
      differences.push(headline - c);
      cells.push(headline - c, ...(c === 0 ? [] : [(headline - c) / Math.abs(c)]));
    }
    if (def.band !== undefined) differences.push(distanceToBand(headline, def.band));
  }
  cells.push(...differences);
  for (const d of differences) {
    texts.add(formatDifference(d, def.unit, def.decimals));
    texts.add(formatNumber(Math.abs(d), def.decimals));
  }
  // The scorecard's words against the rating basis subtract the figures as shown: the headline at
  // the scorecard's precision, the comparator as published; the band is written as it was set.
  const decimals = scorecardDecimals(def);
  if (headline !== null) {
    const shown = roundHalfAwayFromZero(headline, decimals);
    const asShown = [
      ...comparators.map(
        (c) => shown - roundHalfAwayFromZero(c, Math.max(decimals, publishedDecimals(c)))
      ),
      ...(def.band === undefined ? [] : [distanceToBand(shown, def.band)]),
    ];
    for (const d of asShown) {
      texts.add(formatDifference(d, def.unit, decimals));
      texts.add(formatNumber(Math.abs(d), decimals));
    }
  }
  for (const edge of band) {
    const text = formatNumber(edge, publishedDecimals(edge));
    texts.add(text).add(`${text}%`).add(`${text} per 10,000`).add(`${text} days`);
  }
  // The counts beside a shown figure are its own numerator and denominator ("92 of 416").
  for (const [key, figure] of figuresOf(off)) {
    if (hidden.has(key) || isWithheld(figure)) continue;
    for (const n of [figure.numerator, figure.denominator])
      if (n !== null) texts.add(formatNumber(n, Number.isInteger(n) ? 0 : 1));
  }
  // The commentary states differences of two figures as it states them (rounded), at the
  // decimals of either: built on shown figures alone, so legitimate too.
  const pairs: Array<[number, number]> = [];
  if (now !== null && before !== null) pairs.push([now, before]);
  if (headline !== null) for (const c of comparators) pairs.push([headline, c]);
  const places = [...new Set([0, 1, 2, def.decimals])];
  for (const [a, b] of pairs)
    for (const da of places)
      for (const db of places) {
        const stated = roundHalfAwayFromZero(a, da) - roundHalfAwayFromZero(b, db);
        texts.add(formatNumber(Math.abs(stated), Math.max(da, db)));
        texts.add(formatDifference(stated, def.unit, Math.max(da, db)));
      }
  return { cells, texts };
}

const MONTHS =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/g;

/** The numbers a sentence shows, each with its unit, once names, months and cells are taken out. */
function numberTokens(text: string, catalogue: IndicatorCatalogue): string[] {
  let t = text;
  const names = Object.entries(catalogue)
    .flatMap(([id, def]) => [id, def.name])
    .sort((a, b) => b.length - a.length);
  // Names are quoted as written and, inside a sentence, with a lower-case first letter.
  for (const word of names) t = t.split(word).join(" ").split(lowerFirst(word)).join(" ");
  t = t
    .replace(MONTHS, " ")
    .replace(/\b[A-Z][a-z]{2}-\d{2}\b/g, " ")
    .replace(/\b\d{4}\/\d{2}\b/g, " ")
    .replace(/\b[A-Z]{1,3}\d+\b/g, " ")
    .replace(/\b\d+ months?\b/g, " ")
    .replace(/\b\d+ reported figures?\b/g, " ");
  return t.match(/(?<![\w.,])\d[\d,]*(?:\.\d+)?(?:%| per 10,000| days?| points?)?/g) ?? [];
}

function lowerFirst(word: string): string {
  return word.charAt(0).toLowerCase() + word.slice(1);
}

/** The rows of one indicator's chart data block: from its title to the blank row after it. */
function chartBlock(p: ScorecardPlan, id: string): Array<readonly PlanCell[]> {
  const charts = sheet(p, "charts");
  const chart = charts.charts.find((c) => c.indicatorId === id);
  if (chart === undefined) return [];
  const values = grid(charts);
  const start = values.findIndex((row) => row[0] === chart.title);
  const rows: Array<readonly PlanCell[]> = [];
  for (let r = start; r >= 0 && r < values.length && values[r]?.some((c) => c !== ""); r++)
    rows.push(values[r] ?? []);
  return rows;
}

function scorecardLine(p: ScorecardPlan, id: string): readonly PlanCell[] {
  const idColumn = SCORECARD_COLUMNS.findIndex((c) => c.header === "Id");
  const line = grid(sheet(p, "scorecard"))
    .slice(SCORECARD_HEADER_ROW + 1)
    .find((row) => row[idColumn] === id);
  if (line === undefined) throw new Error(`no scorecard line for ${id}`);
  return line;
}

function column(header: string): number {
  return SCORECARD_COLUMNS.findIndex((c) => c.header === header);
}

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

describe("disclosure control over random small-number workbooks", () => {
  it("never lets a withheld figure, or anything derived from it, be read from the plan", () => {
    fc.assert(
      fc.property(workbook, (book) => {
        const on = scorecard(book, true);
        const off = scorecard(book, false);
        const written = plan(book, on, true);
        const notes = grid(sheet(written, "notes"));
        for (const row of on.rows) {
          const open = off.rows.find((r) => r.id === row.id);
          if (open === undefined) throw new Error(`no open row for ${row.id}`);
          const hidden = mustWithhold(book, row.id);
          const withheld = split(open, hidden).withheld;
          const legit = shownNumbers(book, open, hidden);
          const line = scorecardLine(written, row.id);

          // The engine withholds exactly what the rule says, chart points included.
          for (const [key, figure] of figuresOf(row))
            expect([key, figure.kind]).toEqual([key, hidden.has(key) ? "withheld" : "shown"]);

          // The cells of a withheld figure, and of everything built on it, read c (or Not rated).
          // (A month-end count leaves its quarter, year to date and rolling 12 months blank: nothing
          // to read.)
          const cells: Array<[string, string, readonly string[]]> = [
            ["Latest month", "value", ["c"]],
            ["Counts", "value", ["c"]],
            ["Previous month", "previous", ["c"]],
            ["Same month last year", "sameMonthLastYear", ["c"]],
            ["Quarter to date (rates annualised)", "quarter", ["c", ""]],
            ["Year to date (rates annualised)", "ytd", ["c", ""]],
            ["Rolling 12 months", "rolling12", ["c", ""]],
            ["Year-end forecast", "forecast", ["c"]],
          ];
          for (const [header, key, allowed] of cells)
            if (hidden.has(key)) expect(allowed).toContain(line[column(header)]);
          if (hidden.has("value") || hidden.has("previous"))
            expect(line[column("Direction of travel")]).toBe("c");
          if (hidden.has("value") || hidden.has("sameMonthLastYear"))
            expect(line[column("Direction on last year")]).toBe("c");
          if (hidden.has(headlineKey(book, row.id))) {
            expect(line[column("RAG")]).toBe("Not rated");
            expect(row.rag.rating).toBe("Not rated");
            for (const header of ["Variance", "Variance %", "Against rating basis"])
              expect(["c", ""]).toContain(line[column(header)]);
          }

          // No number of the row or of its chart data is a withheld value, unless it is one shown.
          const numbers = [...line, ...chartBlock(written, row.id).flat()].filter(
            (c): c is number => typeof c === "number"
          );
          for (const v of withheld) {
            const target = cellNumber(v, row.def.unit);
            for (const n of numbers)
              if (near(n, target)) expect(legit.cells.some((c) => near(c, n))).toBe(true);
          }

          // No sentence about the indicator quotes one: its note, reasons, commentary, chart notes,
          // and its chart's alternative text (which a screen reader reads out).
          const chart = sheet(written, "charts").charts.find((c) => c.indicatorId === row.id);
          const sentences = [
            ...line.filter((c): c is string => typeof c === "string"),
            ...chartBlock(written, row.id)
              .flat()
              .filter((c): c is string => typeof c === "string"),
            ...(chart === undefined ? [] : [chart.altTextTitle, chart.altTextDescription]),
            ...notes
              .filter((n) => n[4] === row.id || n[1] === row.def.name)
              .map((n) => String(n[3])),
          ];
          const tokens = new Set(sentences.flatMap((s) => numberTokens(s, book.catalogue)));
          for (const v of withheld) {
            for (const shown of [
              formatValue(v, row.def.unit, row.def.decimals),
              formatNumber(v, row.def.decimals),
            ]) {
              if (legit.texts.has(shown)) continue;
              expect({ id: row.id, leaked: tokens.has(shown) ? shown : null }).toEqual({
                id: row.id,
                leaked: null,
              });
            }
          }

          // The commentary places no indicator whose rating and movement are both withheld: it
          // is neither an achievement nor a priority, nor a movement, nor a change of rating.
          const moveHidden = hidden.has("value") || hidden.has("previous");
          if (moveHidden && hidden.has(headlineKey(book, row.id))) {
            const placed = notes.filter(
              (n) =>
                n[1] === row.def.name &&
                ["Achievement", "Priority", "Movement", "RAG change"].includes(String(n[0]))
            );
            expect({ id: row.id, placed: placed.map((n) => n[3]) }).toEqual({
              id: row.id,
              placed: [],
            });
          }
        }

        // The RAG summary counts the ratings the scorecard shows, a withheld one as Not rated.
        const summary = String(notes.find((n) => n[0] === "RAG summary")?.[3] ?? "");
        const reds = on.rows.filter((r) => r.rag.rating === "Red").length;
        if (reds > 0) expect(summary).toContain(`${reds} Red`);
        else expect(summary).not.toMatch(/\d+ Red/);
        const named = (summary.split("Red: ")[1] ?? "").split(/\.(?: |$)/)[0] ?? "";
        const redNames = named === "" ? [] : named.split(/; |, | and /);
        expect(redNames.length).toBeLessThanOrEqual(reds);
        for (const row of on.rows)
          if (row.rag.rating !== "Red") expect(redNames).not.toContain(row.def.name);

        // Names point at the title block only, never at a figure.
        for (const s of written.sheets)
          for (const name of s.names)
            expect(Number(/\d+$/.exec(name.range)?.[0])).toBeLessThanOrEqual(SCORECARD_HEADER_ROW);

        // Issues quoting counts, and disagreements about withheld figures, quote no number.
        const reported = reportedFigures(book);
        for (const n of notes) {
          const detail = String(n[3]);
          if (n[4] === "NUMERATOR_ABOVE_DENOMINATOR")
            expect(numberTokens(detail, book.catalogue)).toEqual([]);
          if (n[0] !== "Disagrees") continue;
          const figure = reported.find((f) => f.cell === n[2]);
          const oracle = figure && oracleFigure(figure, on.rows, book.reportingMonth);
          if (oracle !== undefined && isWithheld(oracle))
            expect(numberTokens(detail, book.catalogue)).toEqual([]);
        }
      }),
      { numRuns: 150 }
    );
  });

  it("withholds a year to date or rolling figure of flows when any month it adds up is small", () => {
    fc.assert(
      fc.property(workbook, (book) => {
        const card = scorecard(book, true);
        const threshold = book.threshold ?? 5;
        const small = (v: number | undefined) => v !== undefined && v > 0 && v <= threshold;
        for (const row of card.rows) {
          const measures = formulaMeasures(row.def.formula);
          const kinds: Readonly<Record<string, { kind: string }>> = MEASURES;
          const flows = measures.filter((m) => kinds[m]?.kind === "flow");
          if (flows.length === 0) continue;
          const M = book.reportingMonth;
          const windows: Array<[PublishedFigure | null, MonthKey]> = [
            [row.ytd, financialYearStart(M, 4)],
            [row.rolling12, addMonths(M, -11)],
          ];
          for (const [figure, from] of windows) {
            if (figure === null || (!isWithheld(figure) && figure.value === null)) continue;
            for (let m = from; m <= M; m = addMonths(m, 1)) {
              const counts = flows.map((f) => book.data.get(f)?.get(m));
              // A month missing for any of the flows is in no total, so it gives nothing away.
              if (counts.some((v) => v === undefined)) continue;
              if (counts.some(small))
                expect({ id: row.id, month: m, kind: figure.kind }).toEqual({
                  id: row.id,
                  month: m,
                  kind: "withheld",
                });
            }
          }
          // And where a chart shows every month of a year to date of a count or ratio of flows
          // but one, the year to date is withheld too, so it never yields that one by subtraction.
          const mixed = measures.length !== flows.length || row.def.formula.kind === "rate";
          if (mixed || isWithheld(row.ytd)) continue;
          const from = financialYearStart(M, 4);
          for (const point of row.series)
            if (point.month >= from && point.month <= M) expect(point.kind).toBe("shown");
        }
      }),
      { numRuns: 150 }
    );
  });

  it("plans the same whatever the small counts are: nothing written depends on a withheld count", () => {
    const perturbed = workbook.chain((book) =>
      fc
        .array(fc.integer({ min: 1, max: book.threshold ?? 5 }), { minLength: 400, maxLength: 400 })
        .map((others) => {
          const threshold = book.threshold ?? 5;
          let k = 0;
          const data = new Map(
            [...book.data].map(([measure, months]) => [
              measure,
              new Map(
                [...months].map(([month, v]) => [
                  month,
                  measure !== "population" && v > 0 && v <= threshold
                    ? (others[k++ % 400] ?? v)
                    : v,
                ])
              ),
            ])
          );
          return { book, data };
        })
    );
    fc.assert(
      fc.property(perturbed, ({ book, data }) => {
        const before = plan(book, scorecard(book, true), false);
        const after = plan(book, scorecard(book, true, data), false);
        expect(after).toEqual(before);
      }),
      { numRuns: 150 }
    );
  });
});
