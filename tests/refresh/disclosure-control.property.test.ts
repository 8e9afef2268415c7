import fc from "fast-check";
import { formulaMeasures } from "../../src/domain/indicators/formula-measures";
import {
  INDICATORS,
  type IndicatorCatalogue,
} from "../../src/domain/indicators/indicator-catalogue";
import { MEASURES } from "../../src/domain/measures/measure-catalogue";
import { financialYearStart } from "../../src/domain/period/financial-year";
import { addMonths, formatMonth, monthKey, type MonthKey } from "../../src/domain/period/month";
import type { PlanCell, SheetPlan } from "../../src/plan/plan-types";
import { SCORECARD_COLUMNS, SCORECARD_HEADER_ROW } from "../../src/plan/scorecard-sheet";
import { prepareRefresh, type PreparedRefresh } from "../../src/refresh/prepare-refresh";
import { a1 } from "../../src/sheet/a1";
import type { Grid } from "../../src/sheet/grid";
import { readSettingsSheet } from "../../src/sheet/settings/read-settings-sheet";
import { smallCount as count } from "../plan/small-counts";

/**
 * Disclosure control along the whole pure refresh path (sheets read, checked, computed, reconciled,
 * planned) over random workbooks of small counts, with a reported "YTD" column beside the counts:
 * what the pane is told and what the notes quote give nothing withheld away either.
 */

const POOL = [
  "referrals",
  "rereferral_pct",
  "cpp_repeat_pct",
  "lac",
  "placement_3plus_pct",
  "referrals_per10k",
] as const satisfies ReadonlyArray<keyof typeof INDICATORS>;

const KINDS: Readonly<Record<string, { kind: string }>> = MEASURES;
const CATALOGUE: IndicatorCatalogue = INDICATORS;

interface Book {
  readonly ids: readonly (typeof POOL)[number][];
  readonly first: MonthKey;
  readonly months: number;
  readonly counts: ReadonlyMap<string, ReadonlyArray<number | null>>;
  readonly ytd: ReadonlyMap<string, number>;
}

const book: fc.Arbitrary<Book> = fc
  .record({
    ids: fc.subarray([...POOL], { minLength: 2, maxLength: 5 }),
    first: fc.integer({ min: 0, max: 36 }).map((i) => addMonths(monthKey(2013, 1), i)),
    months: fc.integer({ min: 13, max: 30 }),
  })
  .chain(({ ids, first, months }) => {
    const measures = [...new Set(ids.flatMap((id) => formulaMeasures(INDICATORS[id].formula)))];
    return fc
      .tuple(
        fc.array(fc.array(count, { minLength: months, maxLength: months }), {
          minLength: measures.length,
          maxLength: measures.length,
        }),
        fc.array(fc.integer({ min: 0, max: 80 }), {
          minLength: measures.length,
          maxLength: measures.length,
        })
      )
      .map(([rows, ytds]) => ({
        ids,
        first,
        months,
        counts: new Map(measures.map((m, i) => [m, rows[i] ?? []])),
        ytd: new Map(measures.map((m, i) => [m, ytds[i] ?? 0])),
      }));
  });

const HEADER_LINE = 3;

function grids(b: Book, suppress: boolean) {
  const months = Array.from({ length: b.months }, (_, i) => addMonths(b.first, i));
  const data: PlanCell[][] = [
    ["Children's social care: monthly data"],
    [""],
    [""],
    ["Measure", ...months.map(formatMonth), "YTD"],
    ...[...b.counts].map(([measure, values]) => [
      measure,
      ...values.map((v) => v ?? ""),
      b.ytd.get(measure) ?? 0,
    ]),
    ["population", ...months.map(() => 41200), ""],
  ];
  const comparators: PlanCell[][] = [
    ["Indicator", "Target", "Stat neighbours", "England"],
    ...b.ids.map((id) => [id, 20, 21.5, 22.4]),
  ];
  const settings: PlanCell[][] = [
    ["Setting", "Value"],
    ["Local authority", "Rutland"],
    ["Suppress small numbers", suppress ? "Yes" : "No"],
  ];
  const grid = (sheet: string, values: PlanCell[][]): Grid => ({ sheet, values });
  return {
    settings: readSettingsSheet(grid("CSC Settings", settings)),
    comparators: grid("CSC Comparators", comparators),
    data: grid("CSC Data", data),
    now: { month: monthKey(2020, 1), iso: "2020-01-02T09:00:00.000Z" },
  };
}

function refreshed(b: Book, suppress: boolean): Extract<PreparedRefresh, { ok: true }> {
  const prepared = prepareRefresh(grids(b, suppress));
  if (!prepared.ok) throw new Error(prepared.message);
  return prepared;
}

function sheet(p: Extract<PreparedRefresh, { ok: true }>, role: SheetPlan["role"]) {
  const found = p.plan.sheets.find((s) => s.role === role);
  if (found === undefined) throw new Error(`no ${role} sheet`);
  return found.blocks[0]?.values ?? [];
}

function column(header: string): number {
  return SCORECARD_COLUMNS.findIndex((c) => c.header === header);
}

/**
 * Indicator and measure names and ids, longest first, so that no name is cut out of a longer one;
 * each also with a lower-case first letter, as a sentence quotes a name inside it.
 */
const NAMES = [
  ...Object.entries(INDICATORS).flatMap(([id, def]) => [id, def.name]),
  ...Object.entries(MEASURES).flatMap(([id, def]) => [id, def.name]),
]
  .flatMap((name) => [name, name.charAt(0).toLowerCase() + name.slice(1)])
  .sort((a, b) => b.length - a.length);

const LONG_MONTHS =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/g;

/** A sentence's numbers once its cells, months, names and ids are taken out. */
function numbersIn(text: string): string[] {
  let t = text;
  for (const word of NAMES) t = t.split(word).join(" ");
  return (
    t
      .replace(/'[^']*'!/g, " ")
      .replace(/\b[A-Z]{1,3}\d+\b/g, " ")
      .replace(/\b[A-Z][a-z]{2}-\d{2}\b/g, " ")
      .replace(LONG_MONTHS, " ")
      .replace(/\b\d+ months\b/g, " ")
      .match(/\d+/g) ?? []
  );
}

describe("disclosure control along the refresh path", () => {
  it("tells the pane no rating, and the notes no count, that a withheld figure would give away", () => {
    fc.assert(
      fc.property(book, (b) => {
        const on = refreshed(b, true);
        const off = refreshed(b, false);
        const id = column("Id");
        // The indicators' lines: the table's section headings have no id.
        const lines = sheet(on, "scorecard")
          .slice(SCORECARD_HEADER_ROW + 1)
          .filter((line) => line[id] !== "");
        const openLines = sheet(off, "scorecard")
          .slice(SCORECARD_HEADER_ROW + 1)
          .filter((line) => line[id] !== "");
        // The reporting month is the latest with any figure (the settings name none).
        const latest = Math.max(
          ...[...b.counts.values()].flatMap((values) => values.map((v, i) => (v === null ? -1 : i)))
        );
        const M = addMonths(b.first, latest);
        const small = (v: number | null | undefined) => typeof v === "number" && v > 0 && v <= 5;

        // The pane's counts are the sheet's RAG column, and a withheld headline is Not rated there.
        const tally = { Red: 0, Amber: 0, Green: 0, "Not rated": 0 };
        for (const line of lines) tally[line[column("RAG")] as keyof typeof tally] += 1;
        expect(on.ratings).toEqual(tally);
        for (const line of lines)
          if (line[column("Latest month")] === "c") expect(line[column("RAG")]).toBe("Not rated");
        expect(on.ratings.Red + on.ratings.Amber + on.ratings.Green).toBeLessThanOrEqual(
          off.ratings.Red + off.ratings.Amber + off.ratings.Green
        );

        // A year to date of flows with a small month this year is withheld, read from the raw data.
        const fyStart = financialYearStart(M, 4);
        for (const line of lines) {
          const def = CATALOGUE[String(line[id])];
          if (def === undefined) continue;
          const measures = formulaMeasures(def.formula);
          if (measures.some((m) => KINDS[m]?.kind !== "flow")) continue;
          for (let m = fyStart; m <= M; m = addMonths(m, 1)) {
            const values = measures.map((measure) => b.counts.get(measure)?.[m - b.first]);
            if (values.some((v) => v === null || v === undefined)) continue;
            if (values.some(small))
              // A year to date that cannot be computed (nothing to divide by) is blank: no number either.
              expect(["c", ""]).toContain(line[column("Year to date (rates annualised)")]);
          }
        }

        // The withheld latest figure is nowhere in that indicator's reason (nor is any number).
        const notes = sheet(on, "notes");
        for (const [i, line] of lines.entries()) {
          if (line[column("Latest month")] !== "c") continue;
          const open = openLines[i]?.[column("Latest month")];
          if (typeof open !== "number") continue;
          const reason = notes.find((n) => n[4] === line[id] && n[0] === "Not rated");
          expect(reason).toBeDefined();
          expect(numbersIn(String(reason?.[3]))).toEqual([]);
          // Nor does the commentary place it anywhere: its movement, gap and rating go with it.
          const name = line[column("Indicator")];
          const placed = notes.filter(
            (n) =>
              n[1] === name &&
              [
                "RAG change",
                "Movement",
                "Statistical neighbours",
                "Achievement",
                "Priority",
              ].includes(String(n[0]))
          );
          expect(placed.map((n) => n[3])).toEqual([]);
        }

        // No issue the pane lists, nor any notes row, quotes a count beside a part above its whole.
        for (const issue of on.issues)
          if (issue.code === "NUMERATOR_ABOVE_DENOMINATOR")
            expect(numbersIn(issue.message)).toEqual([]);
        for (const n of notes)
          if (n[4] === "NUMERATOR_ABOVE_DENOMINATOR") expect(numbersIn(String(n[3]))).toEqual([]);

        // A reported YTD of a flow with a small month inside disagrees without quoting either number.
        const measures = [...b.counts.keys()];
        for (const n of notes) {
          if (n[0] !== "Disagrees" || n[4] !== "ytd") continue;
          const measure = measures.find((_, r) => a1(HEADER_LINE + 1 + r, b.months + 1) === n[2]);
          if (measure === undefined || KINDS[measure]?.kind !== "flow") continue;
          const values = b.counts.get(measure) ?? [];
          let hidden = false;
          for (let m = fyStart; m <= M; m = addMonths(m, 1)) hidden ||= small(values[m - b.first]);
          if (hidden) expect(numbersIn(String(n[3]))).toEqual([]);
        }
      }),
      { numRuns: 40 }
    );
  });
});
