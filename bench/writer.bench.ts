/// <reference types="office-js" />
import { INDICATORS } from "../src/domain/indicators/indicator-catalogue";
import type { IndicatorDef } from "../src/domain/indicators/indicator-def";
import { applyScorecardPlan } from "../src/excel/apply-plan/apply-scorecard-plan";
import { buildScorecardPlan } from "../src/plan/build-scorecard-plan";
import type { CellStyle, ScorecardPlan } from "../src/plan/plan-types";
import { realisticInput } from "../tests/plan/realistic-authority";
import { createExcelModel, type ExcelModel } from "../tests/support/excel-model";
import type { Benchmark, Figure } from "./harness";

function planOf(indicators: number, months: number): ScorecardPlan {
  const entries = Object.entries(INDICATORS as Record<string, IndicatorDef>);
  const catalogue = Object.fromEntries(
    Array.from({ length: indicators }, (_, i) => {
      const [id, def] = entries[i % entries.length] ?? ["contacts", INDICATORS.contacts];
      return [i < entries.length ? id : `${id}_${i}`, def];
    })
  );
  return buildScorecardPlan(realisticInput({ catalogue, months }));
}

function workbook(): ExcelModel {
  const model = createExcelModel();
  model.addSheet("CSC Data", [["Measure", "Apr-15"]]);
  return model;
}

/**
 * How an add-in is often first written: every cell its own range, values and formats one cell at a
 * time, a sync after each row. The same plan, the same model; only the batching differs.
 */
// The naive writer is the baseline being measured: its syncs inside loops are the point.
/* eslint-disable office-addins/no-context-sync-in-loop */
async function naiveWrite(context: Excel.RequestContext, plan: ScorecardPlan): Promise<void> {
  for (const sheetPlan of plan.sheets) {
    const sheet = context.workbook.worksheets.add(sheetPlan.preferredName);
    for (const block of sheetPlan.blocks) {
      for (const [r, line] of block.values.entries()) {
        for (const [c, value] of line.entries()) {
          const cell = sheet.getCell(block.row + r, block.column + c);
          cell.numberFormat = [[block.numberFormats[r]?.[c] ?? "General"]];
          cell.values = [[value]];
        }
        await context.sync();
      }
    }
    for (const group of sheetPlan.styles) {
      for (const address of group.ranges) {
        const [from, to = from] = address.split(":");
        const range = sheet
          .getRange(`${from}:${to}`)
          .load("rowIndex, columnIndex, rowCount, columnCount");
        await context.sync();
        for (let r = 0; r < range.rowCount; r++) {
          for (let c = 0; c < range.columnCount; c++) {
            styleCell(sheet.getCell(range.rowIndex + r, range.columnIndex + c).format, group.style);
          }
          await context.sync();
        }
      }
    }
  }
}

/* eslint-enable office-addins/no-context-sync-in-loop */

function styleCell(format: Excel.RangeFormat, style: CellStyle): void {
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.horizontalAlignment !== undefined)
    format.horizontalAlignment = style.horizontalAlignment;
  if (style.verticalAlignment !== undefined) format.verticalAlignment = style.verticalAlignment;
  if (style.wrapText !== undefined) format.wrapText = style.wrapText;
}

async function measure(
  write: (context: Excel.RequestContext, plan: ScorecardPlan) => Promise<unknown>,
  plan: ScorecardPlan
): Promise<{ syncs: number; operations: number }> {
  const model = workbook();
  await model.run((context) => write(context as unknown as Excel.RequestContext, plan));
  return { syncs: model.syncCount, operations: model.operationCount };
}

/** Syncs and queued operations per refresh, batched writer against the naive one, small and large. */
export const scorecardWriter: Benchmark = {
  name: "scorecard writer",
  async run() {
    const figures: Figure[] = [];
    const sizes = [
      { key: "small", label: "10 indicators × 12 months", indicators: 10, months: 12 },
      { key: "large", label: "100 indicators × 120 months", indicators: 100, months: 120 },
    ];
    for (const size of sizes) {
      const plan = planOf(size.indicators, size.months);
      const batched = await measure(applyScorecardPlan, plan);
      const naive = await measure(naiveWrite, plan);
      const row = (key: string, label: string, value: number, unit: string): Figure => ({
        key: `writer_${size.key}_${key}`,
        label: `writer, ${size.label}: ${label}`,
        value,
        unit,
      });
      figures.push(
        row("syncs", "syncs", batched.syncs, "syncs"),
        row("operations", "queued operations", batched.operations, "ops"),
        row("naive_syncs", "naive cell-by-cell syncs", naive.syncs, "syncs"),
        row("naive_operations", "naive cell-by-cell operations", naive.operations, "ops"),
        row("sync_ratio", "naive ÷ batched syncs", naive.syncs / batched.syncs, "×"),
        row(
          "operation_ratio",
          "naive ÷ batched operations",
          naive.operations / batched.operations,
          "×"
        )
      );
    }
    return figures;
  },
};
