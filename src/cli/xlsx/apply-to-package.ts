import type { ScorecardPlan } from "../../plan/plan-types";
import type { AppliedPlan } from "../../refresh/refresh-host";
import { NAME_KEY, newRefreshToken, ROLE_KEY, STATE_KEY } from "../../refresh/output/markers";
import { renamingSentences } from "../../refresh/output/naming-sentences";
import { outputNames } from "../../refresh/output/output-names";
import { skippedCharts } from "../../refresh/output/skipped-charts";
import { drawnLines } from "../../plan/drawn-lines";
import { sheetNames } from "./package/defined-names";
import { graftSheets } from "./package/graft";
import { openPackage, readPart, type OpcPackage } from "./package/opc-package";
import { surveyPackage } from "./package/package-survey";
import { REL } from "./package/relationships";
import { defaultFontOf } from "./package/styles-merge";
import { resolveTabs, tabOrder } from "./package/tab-order";
import { readWorkbookPart } from "./package/workbook-part";
import { sheetMetrics } from "./write/sheet-metrics";
import { scratchWorkbook } from "./write/scratch-workbook";

/**
 * Writes a plan into the package with the outcome Office.js gives (src/excel/apply-plan): the
 * same survey by markers and the same naming (src/refresh/output), so the previous generated
 * sheets are replaced in their places, an analyst's own "Scorecard" is left alone and the output
 * goes to "Scorecard (2)", and a scorecard the analyst copied or renamed is theirs. There is no
 * swap: the command writes the file whole or not at all, so no half-written state can be seen.
 * The new sheets are marked live under the names they took, as the swap leaves them.
 */
export async function applyToPackage(pkg: OpcPackage, plan: ScorecardPlan): Promise<AppliedPlan> {
  const workbook = await readWorkbookPart(pkg);
  if (workbook === undefined) throw new Error("the package lost its workbook part");
  const surveyed = await surveyPackage(pkg, workbook);
  const names = outputNames(surveyed.survey, plan.sheets, {
    token: newRefreshToken(),
    startedAt: plan.refreshedAt,
  });
  const removedIds = new Set(
    [...names.retired.map((r) => r.sheet), ...names.leftovers].map((s) => s.id)
  );
  const position = (id: string | undefined) => surveyed.survey.sheets.findIndex((s) => s.id === id);
  const order = tabOrder(
    surveyed.survey.sheets.map((s) => ({ removed: removedIds.has(s.id) })),
    names.sheets.map((n) => (n.previous === null ? null : position(n.previous.id)))
  );

  const stylesPart = workbook.relationships.find((r) => r.type === REL.styles)?.part;
  const font = defaultFontOf(stylesPart == null ? undefined : await readPart(pkg, stylesPart));
  const finals = plan.sheets.map((sheet, i) => ({
    plan: sheet,
    name: names.sheets[i]?.final ?? sheet.preferredName,
  }));
  const tableNames = new Map(names.tables.map((t) => [t.preferred, t.final]));
  const scratch = await openPackage(await scratchWorkbook(finals, tableNames, font));
  if (!scratch.ok) throw new Error(`exceljs wrote no zip: ${scratch.reason}`);

  const active = Math.max(
    0,
    plan.sheets.findIndex((s) => s.role === plan.activate)
  );
  await graftSheets(pkg, workbook, scratch.value, {
    removed: workbook.sheets.filter((s) => removedIds.has(String(s.sheetId))),
    tabs: resolveTabs(order, workbook.sheets),
    sheets: finals.map(({ plan: sheet, name }) => ({
      // A chart whose own indicator has nothing to draw is not drawn, as in the add-in, and the
      // messages say so in the add-in's words.
      plan: { ...sheet, charts: sheet.charts.filter((chart) => drawnLines(chart).length > 0) },
      name,
      properties: [
        [ROLE_KEY, sheet.role],
        [STATE_KEY, "live"],
        [NAME_KEY, name],
      ],
      metrics: sheetMetrics(sheet, font),
      names: sheetNames(sheet, name),
    })),
    active,
  });
  return {
    ok: true,
    sheets: finals.map((f) => f.name),
    messages: [...renamingSentences(names), ...skippedCharts(plan, names)],
  };
}
