import { Workbook, type Worksheet } from "exceljs";
import type { PlanCell, SheetPlan } from "../../../plan/plan-types";
import { parseRange } from "./a1-range";
import { cellLooks } from "./cell-looks";
import { argb, exceljsStyle, type DefaultFont } from "./exceljs-style";
import { headerFooter, pageSetup } from "./page-setup";
import { plannedCells, type PlannedCell } from "./planned-cells";
import { rowHeights } from "./sheet-metrics";

/** A planned sheet and the name it takes in the workbook. */
export interface NamedSheetPlan {
  readonly plan: SheetPlan;
  readonly name: string;
}

/**
 * The generated sheets written by exceljs into a workbook of their own: values, number formats,
 * fonts, fills, borders, alignment, column widths and hidden columns, row heights (estimated where
 * the plan autofits), manual page breaks, freeze panes, tab colour, gridlines, the table, page set-up and header/footer. Everything exceljs
 * cannot write (charts, sheet-scoped names with comments, the print names as Excel writes them,
 * markers) and the move into the analyst's own package are the package module's.
 * @param tableNames the final name of each planned table (see output-names.ts)
 * @example const bytes = await scratchWorkbook([{ plan: plan.sheets[0], name: "Scorecard" }], new Map(), font);
 */
export async function scratchWorkbook(
  sheets: readonly NamedSheetPlan[],
  tableNames: ReadonlyMap<string, string>,
  font: DefaultFont
): Promise<Uint8Array> {
  const workbook = new Workbook();
  for (const { plan, name } of sheets) writeSheet(workbook, plan, name, tableNames, font);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function writeSheet(
  workbook: Workbook,
  plan: SheetPlan,
  name: string,
  tableNames: ReadonlyMap<string, string>,
  font: DefaultFont
): void {
  const frozen = plan.freeze !== null && (plan.freeze.rows > 0 || plan.freeze.columns > 0);
  const sheet = workbook.addWorksheet(name, {
    properties: { tabColor: { argb: argb(plan.tabColor) } },
    views: [
      frozen && plan.freeze !== null
        ? {
            state: "frozen",
            xSplit: plan.freeze.columns,
            ySplit: plan.freeze.rows,
            showGridLines: plan.showGridlines,
          }
        : { state: "normal", showGridLines: plan.showGridlines },
    ],
    pageSetup: pageSetup(plan.print),
    headerFooter: headerFooter(plan.print),
  });
  for (const { column, points, hidden } of plan.columnWidths) {
    const written = sheet.getColumn(column + 1);
    written.width = characterWidth(points);
    if (hidden !== undefined) written.hidden = hidden;
  }

  const cells = plannedCells(plan);
  // Tables first: exceljs writes a table's cells itself; the blocks then write the same values.
  for (const table of plan.tables)
    addTable(sheet, table, tableNames.get(table.name) ?? table.name, cells);
  const looks = cellLooks(plan);
  const keys = new Set([...cells.keys(), ...looks.keys()]);
  for (const key of keys) {
    const [row = 0, column = 0] = key.split(",").map(Number);
    const cell = sheet.getCell(row + 1, column + 1);
    const planned = cells.get(key);
    if (planned !== undefined && planned.value !== "") cell.value = planned.value;
    cell.style = exceljsStyle(looks.get(key) ?? {}, planned?.format ?? "General", font);
  }
  for (const [row, points] of rowHeights(plan, font)) sheet.getRow(row + 1).height = points;
  // A manual break above the row (SpreadsheetML's rowBreaks, brk id = the row above it, 1-based).
  for (const row of plan.pageBreaks ?? []) sheet.getRow(row).addPageBreak();
}

/**
 * Office.js takes column widths in points; SpreadsheetML stores characters of the default font's
 * widest digit (7 pixels for 11 pt Calibri or Aptos), the pixels being points × 96 ÷ 72.
 * @example characterWidth(48) // 9.140625, Excel's default 8.43 characters plus padding
 */
export function characterWidth(points: number): number {
  return Math.floor((Math.round((points * 96) / 72) / 7) * 256) / 256;
}

function addTable(
  sheet: Worksheet,
  table: SheetPlan["tables"][number],
  name: string,
  cells: ReadonlyMap<string, PlannedCell>
): void {
  const rect = parseRange(table.range);
  const at = (r: number, c: number) => cells.get(`${r},${c}`)?.value ?? "";
  const columns: { name: string; filterButton: boolean }[] = [];
  for (let c = rect.left; c <= rect.right; c++) {
    columns.push({ name: String(at(rect.top, c)), filterButton: true });
  }
  const rows: PlanCell[][] = [];
  for (let r = rect.top + 1; r <= rect.bottom; r++) {
    const line: PlanCell[] = [];
    for (let c = rect.left; c <= rect.right; c++) line.push(at(r, c));
    rows.push(line);
  }
  sheet.addTable({
    name,
    displayName: name,
    ref: `${sheet.getCell(rect.top + 1, rect.left + 1).address}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: table.style as "TableStyleLight1", showRowStripes: true },
    columns,
    rows: rows.map((line) => line.map((v) => (v === "" ? null : v))),
  });
}
