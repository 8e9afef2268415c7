/**
 * A declarative description of input sheets to add to a workbook (the blank template, the
 * sample): plain data, no Office.js. The inserter in src/excel/insert-sheets writes it in a
 * constant number of syncs, and never over a sheet the workbook already has.
 */
import type { PlanCell } from "../plan-types";

/** One input sheet: values and number formats of the same shape, from A1. */
export interface InputSheetPlan {
  readonly name: string;
  readonly values: readonly (readonly PlanCell[])[];
  readonly numberFormats: readonly (readonly string[])[];
  /** Column widths in characters, as Excel measures them. */
  readonly columnWidths: readonly number[];
  /** 0-based rows written bold: titles and headings. */
  readonly boldRows: readonly number[];
}

/** What to insert and what to call it in messages ("the blank template", "the sample data"). */
export interface InputSheetsPlan {
  readonly what: string;
  readonly sheets: readonly InputSheetPlan[];
}

/** Points per character of column width, as Excel's default font (Calibri 11) measures one. */
export const POINTS_PER_CHARACTER = 7;
