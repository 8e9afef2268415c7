import { buildScorecardPlan } from "../../../src/plan/build-scorecard-plan";
import type { ScorecardPlan } from "../../../src/plan/plan-types";
import { realisticInput } from "../../plan/realistic-authority";
import type { ExcelModel } from "../../support/excel-model";
import { analystWorkbook, planOf, refresh, state } from "./refresh-harness";

const TWELVE = planOf(12, 24, "2016-01-12T09:30:00Z");
const THIRTY_FOUR = planOf(34, 25, "2016-02-10T08:00:00Z");
const TEMPORARY = /^CSC (building|backup|retired) /;

/** The scorecard's table range in a plan ("A9:W25"). */
function tableRange(plan: ScorecardPlan): string {
  return plan.sheets.find((s) => s.role === "scorecard")?.tables[0]?.range ?? "";
}

/** An earlier layout: the same scorecard with its table starting a row lower. */
function tableOneRowLower(plan: ScorecardPlan): ScorecardPlan {
  const [top, bottom] = tableRange(plan).split(":");
  const lower = top?.replace(/\d+/, (row) => String(Number(row) + 1));
  return {
    ...plan,
    sheets: plan.sheets.map((s) =>
      s.role === "scorecard"
        ? { ...s, tables: s.tables.map((t) => ({ ...t, range: `${lower}:${bottom}` })) }
        : s
    ),
  };
}

/** Sheet ids, by name, as the model keeps them: a rewrite in place keeps every one. */
async function sheetIds(model: ExcelModel): Promise<Record<string, string>> {
  return model.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name, items/id");
    await context.sync();
    return Object.fromEntries(sheets.items.map((s) => [s.name, s.id]));
  });
}

describe("a refresh over a live scorecard", () => {
  it("rewrites the sheets in place, keeping their ids, the table's name and the names, as the table grows and shrinks", async () => {
    const model = analystWorkbook();
    await refresh(model, TWELVE);
    const ids = await sheetIds(model);
    for (const plan of [THIRTY_FOUR, TWELVE]) {
      const report = await refresh(model, plan);
      expect(report).toMatchObject({ ok: true, syncs: 3 });
      expect(await sheetIds(model)).toEqual(ids);
      expect(model.workbook.tables()).toEqual([
        expect.objectContaining({
          name: "CSC_Scorecard",
          address: `Scorecard!${tableRange(plan)}`,
        }),
      ]);
    }
    // Back to twelve indicators, the workbook is exactly a first refresh of twelve, less the ids.
    const fresh = analystWorkbook();
    await refresh(fresh, TWELVE);
    expect(state(model)).toEqual(state(fresh));
  });

  it("keeps the name a live sheet took, even once the analyst's sheet that displaced it is gone", async () => {
    const model = analystWorkbook();
    model.addSheet("Scorecard", [["Mine"]]);
    await refresh(model, TWELVE);
    await model.run(async (context) => {
      context.workbook.worksheets.getItem("Scorecard").delete();
      await context.sync();
    });
    const report = await refresh(model, THIRTY_FOUR);
    expect(report.ok).toBe(true);
    expect(report.sheets).toContainEqual({ role: "scorecard", name: "Scorecard (2)" });
    expect(report.messages).toEqual([]);
    expect(model.workbook.hasSheet("Scorecard")).toBe(false);
  });

  it("makes the table again, and says so, when the new layout moves its header row", async () => {
    const model = analystWorkbook();
    const older = tableOneRowLower(TWELVE);
    await refresh(model, older);
    const report = await refresh(model, TWELVE);
    expect(report.ok).toBe(true);
    expect(report.messages).toContainEqual(
      expect.stringMatching(/table CSC_Scorecard now starts in another row.*#REF!/)
    );
    expect(model.workbook.tables()).toEqual([
      expect.objectContaining({
        name: "CSC_Scorecard",
        address: `Scorecard!${tableRange(TWELVE)}`,
      }),
    ]);

    // And a swap that fails after remaking it puts the old table back.
    const again = analystWorkbook();
    await refresh(again, older);
    again.resetCounters();
    const tables = again.workbook.tables();
    again.failSync(3, { afterOperations: 40 });
    const failed = await refresh(again, TWELVE);
    expect(failed.failure?.outcome).toBe("rolled back");
    expect(again.workbook.tables()).toEqual(tables);
  });

  it("puts back the month's hidden and shown columns when a quarter's swap fails", async () => {
    const month = buildScorecardPlan({ ...realisticInput(), refreshedAt: "2016-01-12T09:30:00Z" });
    const quarter = buildScorecardPlan({
      ...realisticInput(),
      refreshedAt: "2016-02-10T08:00:00Z",
      reportBy: "quarter",
    });
    const columnsOf = (model: ExcelModel) => model.workbook.sheet("Scorecard").snapshot().columns;
    const probe = analystWorkbook();
    await refresh(probe, month);
    const before = columnsOf(probe);
    probe.resetCounters();
    await refresh(probe, quarter);
    expect(columnsOf(probe)).not.toEqual(before);
    const operations = probe.syncs[2]?.operations ?? 0;
    let rolledBack = 0;
    for (let at = 10; at < operations; at += 10) {
      const model = analystWorkbook();
      await refresh(model, month);
      model.resetCounters();
      model.failSync(3, { afterOperations: at });
      const report = await refresh(model, quarter);
      if (report.failure?.outcome !== "rolled back") continue;
      rolledBack += 1;
      expect({ at, columns: columnsOf(model) }).toEqual({ at, columns: before });
    }
    expect(rolledBack).toBeGreaterThan(3);
  });

  it("still says the table was made again when the swap's request fails after its commit", async () => {
    const model = analystWorkbook();
    const older = tableOneRowLower(TWELVE);
    await refresh(model, older);
    const probe = analystWorkbook();
    await refresh(probe, older);
    probe.resetCounters();
    await refresh(probe, TWELVE);
    // The swap's request (the third sync) commits, then sets up the pages: fail there.
    const labels = probe.syncs[2]?.labels ?? [];
    const pageSetUp = labels.findIndex((label) => /PageLayout\./.test(label));
    expect(pageSetUp).toBeGreaterThan(0);
    model.resetCounters();
    model.failSync(3, { afterOperations: pageSetUp });
    const report = await refresh(model, TWELVE);
    expect(report.ok).toBe(true);
    expect(report.messages).toContainEqual(
      expect.stringMatching(/table CSC_Scorecard now starts in another row.*#REF!/)
    );
  });

  it("leaves a backup and the new charts behind when the recovery fails too, and the next refresh tidies them", async () => {
    const clean = analystWorkbook();
    await refresh(clean, TWELVE);
    await refresh(clean, THIRTY_FOUR);
    const model = analystWorkbook();
    await refresh(model, TWELVE);
    model.resetCounters();
    const probe = analystWorkbook();
    await refresh(probe, TWELVE);
    probe.resetCounters();
    await refresh(probe, THIRTY_FOUR);
    // After the swap's last chart is added, before the commit.
    const labels = probe.syncs[2]?.labels ?? [];
    const commit = labels.lastIndexOf("Worksheet.activate");
    model.failSync(3, { afterOperations: commit });
    model.failSync(4);
    const report = await refresh(model, THIRTY_FOUR);
    expect(report.failure?.outcome).toBe("not recovered");
    expect(model.workbook.sheetNames()).toContainEqual(
      expect.stringMatching(/^CSC backup scorecard [0-9a-z]{6}$/)
    );
    const charts = model.workbook
      .sheet("Scorecard charts")
      .snapshot()
      .charts.map((c) => c.name);
    expect(charts.some((name) => / [0-9a-z]{6}$/.test(name))).toBe(true);
    model.resetCounters();
    expect(await refresh(model, THIRTY_FOUR)).toMatchObject({ ok: true });
    expect(model.workbook.sheetNames().filter((n) => TEMPORARY.test(n))).toEqual([]);
    expect(state(model)).toEqual(state(clean));
  });
});
