import type { ExcelModel } from "../../support/excel-model";
import { analystWorkbook, inputs, planOf, refresh, state } from "./refresh-harness";

/** Last month's scorecard (Dec-15), then this month's (Jan-16), different in every figure. */
const LAST_MONTH = planOf(34, 24, "2016-01-12T09:30:00Z");
const THIS_MONTH = planOf(34, 25, "2016-02-10T08:00:00Z");

async function withLastMonth(): Promise<ExcelModel> {
  const model = analystWorkbook();
  await refresh(model, LAST_MONTH);
  model.resetCounters();
  return model;
}

/** Operations of each of a clean refresh's syncs, and the workbook it leaves. */
async function cleanRefresh(): Promise<{ operations: number[]; after: unknown }> {
  const model = await withLastMonth();
  await refresh(model, THIS_MONTH);
  return { operations: model.syncs.map((s) => s.operations), after: state(model) };
}

/** Failure points: every operation of the survey and of the swap with its finish, a spread of the build's. */
function failurePoints(operations: number[]): Array<[number, number]> {
  const points: Array<[number, number]> = [];
  operations.forEach((count, i) => {
    const positions =
      i === 1
        ? [
            0,
            1,
            2,
            Math.floor(count / 4),
            Math.floor(count / 2),
            Math.floor((3 * count) / 4),
            count - 1,
            count,
          ]
        : Array.from({ length: count + 1 }, (_, k) => k);
    for (const after of new Set(positions)) points.push([i + 1, after]);
  });
  return points;
}

/** Sheet names inside recorded references: the model keeps the name at the time of the call. */
function withoutSheetPrefixes(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value).replace(
      /'?CSC (building|backup|retired) [a-z]+ [0-9a-z]{6}( \d+)?'?!/g,
      ""
    )
  ) as unknown;
}

describe("a refresh whose sync fails", () => {
  it("makes three syncs when nothing fails: the survey, the build, the swap with the finish", async () => {
    const { operations } = await cleanRefresh();
    expect(operations).toHaveLength(3);
  });

  it("leaves the workbook exactly as before or exactly as a clean refresh, whichever sync fails and wherever", async () => {
    const clean = await cleanRefresh();
    const outcomes = new Set<string>();
    for (const [sync, afterOperations] of failurePoints(clean.operations)) {
      const model = await withLastMonth();
      const before = state(model);
      const analysts = inputs(model);
      model.failSync(sync, { afterOperations });
      const report = await refresh(model, THIS_MONTH);
      const where = `sync ${sync} after ${afterOperations} operations`;
      outcomes.add(report.ok ? "completed" : (report.failure?.outcome ?? "?"));
      // A failure after the swap's commit (in the finish too) is completed, and the finish asked
      // again in a request of its own: exactly a clean refresh, with nothing to tell the analyst.
      if (report.ok) {
        expect([where, state(model)]).toEqual([where, clean.after]);
        expect([where, report.messages]).toEqual([where, []]);
      } else expect([where, state(model)]).toEqual([where, before]);
      expect([where, inputs(model)]).toEqual([where, analysts]);
    }
    expect([...outcomes].sort()).toEqual(["completed", "rolled back", "unchanged"]);
  });

  it("reports what failed, and that the previous scorecard is as it was", async () => {
    const model = await withLastMonth();
    model.failSync(2, { afterOperations: 40 });
    const report = await refresh(model, THIS_MONTH);
    expect(report.ok).toBe(false);
    expect(report.failure).toMatchObject({ stage: "write", outcome: "rolled back" });
    expect(report.messages.at(-1)).toMatch(
      /^The refresh failed while writing the new scorecard \(.+\)\. The previous scorecard is as it was\.$/
    );
    expect(model.workbook.sheet("Scorecard").values("B6")).toEqual([["12 Jan 2016 09:30 GMT"]]);
  });

  it("tidies a refresh whose recovery also failed at the next refresh", async () => {
    const clean = await cleanRefresh();
    const model = await withLastMonth();
    model.failSync(2, { afterOperations: 40 });
    model.failSync(3);
    const report = await refresh(model, THIS_MONTH);
    expect(report.failure?.outcome).toBe("not recovered");
    expect(report.messages.join(" ")).toMatch(
      /Putting the workbook back after the failure also failed \(.+\)/
    );
    expect(model.workbook.sheetNames()).toContainEqual(
      expect.stringMatching(/^CSC building scorecard [0-9a-z]{6}$/)
    );
    const retry = await refresh(model, THIS_MONTH);
    expect(retry.ok).toBe(true);
    expect(withoutSheetPrefixes(state(model))).toEqual(withoutSheetPrefixes(clean.after));
  });

  it("splits a plan over the 5 MB request limit into several build syncs", async () => {
    const huge = planOf(34, 24);
    const notes = huge.sheets.find((s) => s.role === "notes");
    if (notes === undefined) throw new Error("no notes sheet");
    const line = ["Warning", "CSC Data", "B7", "x".repeat(200), "TEXT_NOT_NUMBER"];
    const values = Array.from({ length: 30_000 }, () => line);
    const big = {
      ...huge,
      sheets: huge.sheets.map((s) =>
        s === notes
          ? {
              ...s,
              blocks: [
                ...s.blocks,
                {
                  row: 5000,
                  column: 0,
                  values,
                  numberFormats: values.map((v) => v.map(() => "@")),
                },
              ],
            }
          : s
      ),
    };
    const model = analystWorkbook();
    const report = await refresh(model, big);
    expect(report.ok).toBe(true);
    expect(model.syncCount).toBeGreaterThan(3);
    expect(model.largestRequestBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(model.workbook.sheet("Scorecard notes").values("D35000")).toEqual([["x".repeat(200)]]);
  });
});
