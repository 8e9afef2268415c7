import path from "node:path";
import { INDICATORS } from "../../src/domain/indicators/indicator-catalogue";
import type { IndicatorDef } from "../../src/domain/indicators/indicator-def";
import { buildScorecardPlan } from "../../src/plan/build-scorecard-plan";
import type { ScorecardPlan, SheetPlan } from "../../src/plan/plan-types";
import { SCORECARD_COLUMNS, SCORECARD_HEADER_ROW } from "../../src/plan/scorecard-sheet";
import { columnLetters } from "../../src/sheet/a1";
import { matchGolden } from "../support/golden";
import { realisticInput } from "./realistic-authority";
import { columnOf, indicatorLines, tableLines } from "./scorecard-lines";

const GOLDEN = path.join(__dirname, "..", "fixtures", "plan", "thurrock-scorecard-plan.json");

function sheet(plan: ScorecardPlan, role: SheetPlan["role"]): SheetPlan {
  const found = plan.sheets.find((s) => s.role === role);
  if (found === undefined) throw new Error(`no ${role} sheet`);
  return found;
}

function column(plan: ScorecardPlan, header: string): unknown[] {
  const values = sheet(plan, "scorecard").blocks[0]?.values ?? [];
  const index = SCORECARD_COLUMNS.findIndex((c) => c.header === header);
  return values.slice(SCORECARD_HEADER_ROW + 1).map((row) => row[index]);
}

describe("buildScorecardPlan for a realistic authority", () => {
  const plan = buildScorecardPlan(realisticInput());

  it("matches the golden plan", () => {
    // Indented by one space, as the fixture was first written, to keep a 5,000-line file small.
    matchGolden(GOLDEN, plan, { indent: 1 });
  });

  it("writes a scorecard, a charts sheet and a notes sheet, and shows the scorecard", () => {
    expect(plan.sheets.map((s) => [s.role, s.preferredName])).toEqual([
      ["scorecard", "Scorecard"],
      ["charts", "Scorecard charts"],
      ["notes", "Scorecard notes"],
    ]);
    expect(plan.activate).toBe("scorecard");
  });

  it("opens with the title block: authority, title, month, year, source, refresh time and benchmark years", () => {
    const values = sheet(plan, "scorecard").blocks[0]?.values ?? [];
    expect(values.slice(0, 8).map((row) => row.slice(0, 2))).toEqual([
      ["Children's social care scorecard", ""],
      ["Authority", "Thurrock"],
      ["Reporting month", 42339],
      ["Financial year", "2015/16"],
      ["Data source", "CSC Data"],
      ["Refreshed", "12 Jan 2016 09:30 GMT"],
      ["Benchmark years", "Not given on the comparators sheet"],
      ["", ""],
    ]);
  });

  it("heads each stage of the child's journey with a line of its own, indicators under it", () => {
    const indicator = columnOf("Indicator");
    const id = columnOf("Id");
    const headings = tableLines(plan)
      .filter((line) => line[id] === "")
      .map((line) => line[indicator]);
    expect(headings.slice(0, 7)).toEqual([
      "Front door",
      "Assessment",
      "Child in need and protection",
      "Children looked after",
      "Care leavers",
      "Adoption",
      "Workforce",
    ]);
    const lines = tableLines(plan);
    const first = lines.findIndex((line) => line[id] === "contacts");
    expect(lines[first - 1]?.[indicator]).toBe("Front door");
    expect(lines[first - 1]?.slice(1, columnOf("Note") + 1).every((c) => c === "")).toBe(true);
  });

  it("writes one line for every indicator, grouped by stage, each with its section for filters", () => {
    const lines = indicatorLines(plan);
    expect(lines).toHaveLength(Object.keys(INDICATORS).length);
    const printed = lines.filter((line) => line[columnOf("Latest month")] !== "");
    const sections = [...new Set(printed.map((line) => line[columnOf("Section")]))];
    expect(sections).toEqual([
      "Front door",
      "Assessment",
      "Child in need and protection",
      "Children looked after",
      "Care leavers",
      "Adoption",
      "Workforce",
    ]);
  });

  it("writes every RAG cell as a word, never colour alone", () => {
    for (const line of indicatorLines(plan)) {
      expect(["Red", "Amber", "Green", "Not rated"]).toContain(line[columnOf("RAG")]);
    }
  });

  it("formats figures by unit: percentages as fractions at 1 dp, counts with separators", () => {
    const block = sheet(plan, "scorecard").blocks[0];
    const ids = column(plan, "Id");
    const latest = SCORECARD_COLUMNS.findIndex((c) => c.header === "Latest month");
    const at = (id: string) => SCORECARD_HEADER_ROW + 1 + ids.indexOf(id);
    expect(block?.numberFormats[at("rereferral_pct")]?.[latest]).toBe("0.0%");
    expect(block?.numberFormats[at("contacts")]?.[latest]).toBe("#,##0");
    expect(block?.numberFormats[at("referrals_per10k")]?.[latest]).toBe("#,##0.0");
    // Published at whole numbers, looked-after rates show a decimal on the monthly scorecard.
    expect(INDICATORS.lac_per10k.decimals).toBe(0);
    expect(block?.numberFormats[at("lac_per10k")]?.[latest]).toBe("#,##0.0");
    const value = block?.values[at("rereferral_pct")]?.[latest];
    expect(typeof value === "number" && value > 0 && value < 1).toBe(true);
  });

  it("shows suppressed figures as c", () => {
    expect(column(plan, "Latest month")).toContain("c");
  });

  it("keeps every block rectangular, with a number format for every value and no NaN", () => {
    for (const s of plan.sheets) {
      for (const block of s.blocks) {
        const width = block.values[0]?.length ?? 0;
        expect(block.values.every((row) => row.length === width)).toBe(true);
        expect(block.numberFormats.map((r) => r.length)).toEqual(block.values.map((r) => r.length));
        for (const row of block.values)
          for (const cell of row)
            if (typeof cell === "number") expect(Number.isFinite(cell)).toBe(true);
      }
    }
  });

  it("covers the table's lines with the CSC_Scorecard table and freezes its header and the names", () => {
    const scorecard = sheet(plan, "scorecard");
    const rows = tableLines(plan).length;
    const last = columnLetters(SCORECARD_COLUMNS.length - 1);
    expect(scorecard.tables).toEqual([
      { name: "CSC_Scorecard", range: `A9:${last}${9 + rows}`, style: "TableStyleLight1" },
    ]);
    expect(scorecard.freeze).toEqual({ rows: 9, columns: 1 });
    expect(scorecard.print).toMatchObject({
      orientation: "Landscape",
      fitToPagesWide: 1,
      titleRows: "$9:$9",
    });
  });

  it("prints every sheet landscape on A4, one page wide", () => {
    for (const s of plan.sheets) {
      expect(s.print).toMatchObject({
        orientation: "Landscape",
        paperSize: "A4",
        fitToPagesWide: 1,
      });
    }
  });

  it("draws the seeds' kinds of chart with comparators as reference lines", () => {
    const charts = sheet(plan, "charts").charts;
    expect(charts.map((c) => c.indicatorId)).toEqual([
      "referrals_per10k",
      "referral_to_assessment_pct",
      "rereferral_pct",
      "assessment_45wd_pct",
      "cpp_per10k",
      "lac_per10k",
    ]);
    const rereferral = charts.find((c) => c.indicatorId === "rereferral_pct");
    expect(rereferral?.series.map((s) => s.name)).toEqual([
      "Thurrock",
      "Statistical neighbours",
      "England",
      "Target",
    ]);
    expect(rereferral?.title).toBe("Re-referrals within 12 months (%)");
    expect(charts[0]?.title).toBe("Referral rate per 10,000 children (rolling 12 months)");
  });

  it("lays charts on a grid without overlaps", () => {
    const charts = sheet(plan, "charts").charts;
    for (const a of charts)
      for (const b of charts)
        if (a !== b) {
          const apart =
            a.left + a.width <= b.left ||
            b.left + b.width <= a.left ||
            a.top + a.height <= b.top ||
            b.top + b.height <= a.top;
          expect(apart).toBe(true);
        }
  });

  it("lists issues and disagreeing reported figures with their cells on the notes sheet", () => {
    const values = sheet(plan, "notes").blocks[0]?.values ?? [];
    expect(values).toContainEqual([
      "Warning",
      "CSC Data",
      "F30",
      "'c' is withheld; the month is treated as missing.",
      "SUPPRESSED_VALUE",
    ]);
    expect(values.some((row) => row[0] === "Disagrees" && row[2] === "AB5")).toBe(true);
  });

  it("has a number of style groups that does not grow with the number of indicators", () => {
    const entries = Object.entries(INDICATORS as Record<string, IndicatorDef>);
    const many = Object.fromEntries(
      Array.from({ length: 100 }, (_, i) => {
        const [id, def] = entries[i % entries.length] ?? ["", INDICATORS.contacts];
        return [`${id}_${i}`, def];
      })
    );
    const large = buildScorecardPlan(realisticInput({ catalogue: many }));
    const count = (p: ScorecardPlan) => sheet(p, "scorecard").styles.length;
    expect(count(large)).toBeLessThanOrEqual(count(plan) + 4);
  });

  it("is the same plan for the same input", () => {
    expect(buildScorecardPlan(realisticInput())).toEqual(plan);
  });
});
