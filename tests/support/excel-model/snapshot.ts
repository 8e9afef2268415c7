import { columnLetters, formatAddress, formatRect } from "./a1";
import type { CellValue } from "./cell-value";
import { ALL_FORMAT_ATTRIBUTES, defaultFormat } from "./format-attributes";
import { nameFormula } from "./names";
import type { ChartState, Recorded, SheetState, WorkbookState } from "./workbook-state";

export interface CellSnapshot {
  value: CellValue;
  formula?: string;
  /** Formatting that differs from an untouched cell, keyed like "fill.color" or "border.bottom.style". */
  format?: Record<string, string | number | boolean>;
}

export interface SheetSnapshot {
  name: string;
  visibility: string;
  props: Recorded;
  cells: Record<string, CellSnapshot>;
  areaFormats: { address: string; attribute: string; value: string | number | boolean | null }[];
  columns: Record<string, { width?: number; hidden?: boolean }>;
  rows: Record<string, { height?: number; hidden?: boolean }>;
  merged: string[];
  frozen: { rows: number; columns: number };
  pageLayout: Recorded;
  customProperties: Record<string, string>;
  /** A chart as its state holds it, less the internal id (ids differ between equal workbooks). */
  charts: Omit<ChartState, "id">[];
  conditionalFormats: {
    type: string;
    address: string;
    priority: number;
    stopIfTrue: boolean;
    rules: Recorded;
  }[];
}

export interface WorkbookSnapshot {
  activeSheet: string | null;
  sheets: SheetSnapshot[];
  tables: {
    name: string;
    sheet: string;
    address: string;
    style: string;
    showHeaders: boolean;
    showTotals: boolean;
    props: Recorded;
  }[];
  names: { name: string; scope: string; formula: string; comment: string; visible: boolean }[];
  application: { calculationMode: string; calls: string[] };
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * One cell's contents and non-default formatting.
 * @example
 * cellSnapshot(sheet, 0, 0); // { value: "Referrals", format: { "font.bold": true } }
 */
export function cellSnapshot(sheet: SheetState, row: number, col: number): CellSnapshot {
  const formula = sheet.cells.formula(row, col);
  const snap: CellSnapshot = { value: sheet.cells.value(row, col) };
  if (formula !== undefined) snap.formula = formula;
  const format: Record<string, string | number | boolean> = {};
  for (const attribute of ALL_FORMAT_ATTRIBUTES) {
    const value = sheet.cells.format(row, col, attribute);
    if (value !== defaultFormat(attribute)) format[attribute] = value;
  }
  if (Object.keys(format).length > 0) snap.format = format;
  return snap;
}

function sheetSnapshot(sheet: SheetState): SheetSnapshot {
  const cells: Record<string, CellSnapshot> = {};
  for (const cell of sheet.cells.occupied()) {
    cells[`${columnLetters(cell.col)}${cell.row + 1}`] = cellSnapshot(sheet, cell.row, cell.col);
  }
  const columns: SheetSnapshot["columns"] = {};
  for (const [col, width] of [...sheet.cells.columnWidths].sort((a, b) => a[0] - b[0]))
    columns[columnLetters(col)] = { width };
  for (const col of [...sheet.cells.hiddenColumns].sort((a, b) => a - b)) {
    columns[columnLetters(col)] = { ...columns[columnLetters(col)], hidden: true };
  }
  const rows: SheetSnapshot["rows"] = {};
  for (const [row, height] of [...sheet.cells.rowHeights].sort((a, b) => a[0] - b[0]))
    rows[String(row + 1)] = { height };
  for (const row of [...sheet.cells.hiddenRows].sort((a, b) => a - b))
    rows[String(row + 1)] = { ...rows[String(row + 1)], hidden: true };
  return {
    name: sheet.name,
    visibility: sheet.visibility,
    props: clone(sheet.props),
    cells,
    areaFormats: sheet.cells.areaFormats().map(({ rect, attribute, value }) => ({
      address: formatRect(rect),
      attribute,
      value: value ?? null,
    })),
    columns,
    rows,
    merged: sheet.merged.map(formatRect),
    frozen: { ...sheet.frozen },
    pageLayout: clone(sheet.pageLayout),
    customProperties: Object.fromEntries(sheet.customProperties.map((p) => [p.key, p.value])),
    charts: sheet.charts.map((chart) => {
      const base = {
        name: chart.name,
        chartType: chart.chartType,
        seriesBy: chart.seriesBy,
        top: chart.top,
        left: chart.left,
        width: chart.width,
        height: chart.height,
        props: clone(chart.props),
        series: clone(chart.series),
      };
      return chart.source === undefined ? base : { ...base, source: chart.source };
    }),
    conditionalFormats: [...sheet.conditionalFormats]
      .sort((a, b) => a.priority - b.priority)
      .map((cf) => ({
        type: cf.type,
        address: formatRect(cf.rect),
        priority: cf.priority,
        stopIfTrue: cf.stopIfTrue,
        rules: clone(cf.rules),
      })),
  };
}

/**
 * The whole workbook as plain JSON (no ids), so two runs of the same operations compare equal.
 * @example
 * expect(workbookSnapshot(a)).toEqual(workbookSnapshot(b));
 */
export function workbookSnapshot(state: WorkbookState): WorkbookSnapshot {
  return {
    activeSheet: state.sheetById(state.activeSheetId ?? "")?.name ?? null,
    sheets: state.sheets.map(sheetSnapshot),
    tables: state.tables.map((table) => ({
      name: table.name,
      sheet: state.sheetById(table.sheetId)?.name ?? "",
      address: formatAddress(state.sheetById(table.sheetId)?.name ?? "", table.rect),
      style: table.style,
      showHeaders: table.showHeaders,
      showTotals: table.showTotals,
      props: clone(table.props),
    })),
    names: state.names.map((item) => ({
      name: item.name,
      scope:
        item.scopeSheetId === undefined
          ? "Workbook"
          : (state.sheetById(item.scopeSheetId)?.name ?? ""),
      formula: nameFormula(state, item),
      comment: item.comment,
      visible: item.visible,
    })),
    application: clone(state.application),
  };
}
