import type { PlanCell, ScorecardPlan, SheetPlan } from "../../../src/plan/plan-types";
import { columnLetters, parseAddress } from "../../support/excel-model/a1";
import type { ExcelModel } from "../../support/excel-model";
import { analystWorkbook, planOf, refresh, state } from "./refresh-harness";

function scorecardOf(plan: ScorecardPlan): SheetPlan {
  const sheet = plan.sheets.find((s) => s.role === "scorecard");
  if (sheet === undefined) throw new Error("the plan has no scorecard");
  return sheet;
}

/** The value the plan writes at a cell of its scorecard ("" where it writes nothing). */
function planned(plan: ScorecardPlan, row: number, column: number): PlanCell {
  for (const block of scorecardOf(plan).blocks) {
    const value = block.values[row - block.row]?.[column - block.column];
    if (value !== undefined) return value;
  }
  return "";
}

/**
 * Where the scorecard's figures are, read from a plan: the table's header row, the columns of the
 * latest month and the RAG rating, and the first data row with a figure (section rows have none).
 */
function layout(plan: ScorecardPlan): {
  header: number;
  latest: number;
  rag: number;
  first: number;
} {
  const table = scorecardOf(plan).tables[0];
  if (table === undefined) throw new Error("the scorecard has no table");
  const { rect } = parseAddress(table.range);
  const column = (header: string) => {
    for (let c = rect.left; c <= rect.right; c += 1) {
      if (planned(plan, rect.top, c) === header) return c;
    }
    throw new Error(`the scorecard has no ${header} column`);
  };
  const latest = column("Latest month");
  let first = rect.top + 1;
  while (typeof planned(plan, first, latest) !== "number") first += 1;
  return { header: rect.top, latest, rag: column("RAG"), first };
}

const AT = layout(planOf(12, 24));

/** The analyst's formulas on their own sheet: a scorecard cell, a table column, the sheet's names. */
const FORMULAS = {
  A3: `=Scorecard!${columnLetters(AT.latest)}${AT.first + 1}`,
  A4: `=INDEX(CSC_Scorecard[RAG],${AT.first - AT.header})`,
  A5: "=Scorecard!CSC_ReportingMonth",
  A6: "=Scorecard!CSC_RefreshedAt",
} as const;

/** Three months of scorecards, different in their figures and reporting month. */
const DECEMBER = planOf(12, 24, "2016-01-12T09:30:00Z");
const JANUARY = planOf(12, 25, "2016-02-10T08:00:00Z");
const FEBRUARY = planOf(12, 26, "2016-03-09T08:00:00Z");

/** What each formula should show for a plan: read from the plan itself, not from the workbook. */
function expected(plan: ScorecardPlan): Record<keyof typeof FORMULAS, PlanCell> {
  const at = layout(plan);
  const named = (wanted: string) => {
    const range = scorecardOf(plan).names.find((n) => n.name === wanted)?.range ?? "A1";
    const { rect } = parseAddress(range);
    return planned(plan, rect.top, rect.left);
  };
  return {
    A3: planned(plan, at.first, at.latest),
    A4: planned(plan, at.first, at.rag),
    A5: named("CSC_ReportingMonth"),
    A6: named("CSC_RefreshedAt"),
  };
}

function shown(model: ExcelModel): Record<keyof typeof FORMULAS, unknown> {
  const keys = Object.keys(FORMULAS) as (keyof typeof FORMULAS)[];
  return Object.fromEntries(keys.map((k) => [k, model.evaluate("My analysis", k)])) as Record<
    keyof typeof FORMULAS,
    unknown
  >;
}

/** Last month's scorecard, then the analyst's formulas pointing at it. */
async function withFormulas(): Promise<ExcelModel> {
  const model = analystWorkbook();
  await refresh(model, DECEMBER);
  await model.run(async (context) => {
    const mine = context.workbook.worksheets.getItem("My analysis");
    for (const [address, formula] of Object.entries(FORMULAS)) {
      mine.getRange(address).formulas = [[formula]];
    }
    await context.sync();
  });
  model.resetCounters();
  return model;
}

describe("the analyst's formulas that point at the scorecard", () => {
  it("read a scorecard cell, a table column and the scorecard's names before any refresh", async () => {
    const model = await withFormulas();
    expect(shown(model)).toEqual(expected(DECEMBER));
  });

  it("show this month's values after a refresh, and next month's after another, never #REF! or #NAME?", async () => {
    const model = await withFormulas();
    for (const plan of [JANUARY, FEBRUARY]) {
      const report = await refresh(model, plan);
      expect(report.ok).toBe(true);
      expect(shown(model)).toEqual(expected(plan));
      expect(model.workbook.sheet("My analysis").formulas("A3:A6")).toEqual(
        Object.values(FORMULAS).map((f) => [f])
      );
    }
    // The figures did change between the months, so the formulas followed them.
    expect(expected(JANUARY)).not.toEqual(expected(DECEMBER));
    expect(expected(FEBRUARY).A5).not.toEqual(expected(JANUARY).A5);
  });

  it("keep showing last month's values, with exactly last month's scorecard, when the swap fails", async () => {
    const clean = await withFormulas();
    await refresh(clean, JANUARY);
    const swapOperations = clean.syncs[2]?.operations ?? 0;
    expect(swapOperations).toBeGreaterThan(10);
    const points = [
      ...new Set([
        0,
        1,
        2,
        3,
        Math.floor(swapOperations / 2),
        swapOperations - 2,
        swapOperations - 1,
      ]),
    ];
    for (const after of points) {
      const model = await withFormulas();
      const before = state(model);
      model.failSync(3, { afterOperations: after });
      const report = await refresh(model, JANUARY);
      const where = `swap failing after ${after} of ${swapOperations} operations`;
      if (report.ok) {
        expect([where, shown(model)]).toEqual([where, expected(JANUARY)]);
      } else {
        expect([where, report.failure?.outcome]).toEqual([where, "rolled back"]);
        expect([where, shown(model)]).toEqual([where, expected(DECEMBER)]);
        expect([where, state(model)]).toEqual([where, before]);
      }
    }
  });
});
