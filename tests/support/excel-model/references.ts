import { quoteSheetName } from "./a1";
import type { WorkbookState } from "./workbook-state";

/*
 * References between sheets, as Excel keeps them. Excel stores a reference to a sheet by the
 * sheet, not by its name: renaming a sheet rewrites every formula, defined name, print area, print
 * title and chart series that names it ("Rename a worksheet", support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9:
 * "any formulas that reference the worksheet are updated"), and deleting it turns those references
 * into #REF! ("How to correct a #REF! error", support.microsoft.com/office/how-to-correct-a-ref-error-822c8e46-e610-4d02-bba3-b60fd1ee8eaf).
 * Named ranges already follow their sheet by id (names.ts); this covers the references held as text.
 */

/** A reference to `sheet` inside formula text: the quoted or bare name followed by "!". */
function referencePattern(sheet: string): RegExp {
  const quoted = `'${sheet.replace(/'/g, "''")}'`;
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const forms = [escape(quoted), ...(/^[A-Za-z_][\w.]*$/.test(sheet) ? [escape(sheet)] : [])];
  // Not inside another name ("MyScorecard!A1" is not "Scorecard!A1").
  return new RegExp(`(^|[^\\w.'])(?:${forms.join("|")})!`, "gi");
}

function rewrite(text: string, sheet: string, replacement: string): string {
  return text.replace(
    referencePattern(sheet),
    (_match, before: string) => `${before}${replacement}`
  );
}

/** Every place a reference is held as text, with a way to change it. */
function eachReference(state: WorkbookState, change: (text: string) => string): void {
  for (const sheet of state.sheets) {
    for (const cell of [...sheet.cells.formulaCells()]) {
      const next = change(cell.formula);
      if (next !== cell.formula) sheet.cells.setFormula(cell.row, cell.col, next, cell.value);
    }
    for (const [key, value] of Object.entries(sheet.pageLayout)) {
      if (typeof value === "string") sheet.pageLayout[key] = change(value);
    }
    for (const chart of sheet.charts) {
      if (chart.source !== undefined) chart.source = change(chart.source);
      for (const series of chart.series) {
        if (series.values !== undefined) series.values = change(series.values);
        if (series.xValues !== undefined) series.xValues = change(series.xValues);
      }
    }
  }
  for (const name of state.names) {
    if (name.range === undefined && name.formula !== "") name.formula = change(name.formula);
  }
}

/**
 * Rewrites every text reference to a renamed sheet.
 * @example renameReferences(state, "Scorecard", "CSC retired scorecard k3x9qa") // "=Scorecard!O12" → "='CSC retired scorecard k3x9qa'!O12"
 */
export function renameReferences(state: WorkbookState, from: string, to: string): void {
  eachReference(state, (text) => rewrite(text, from, `${quoteSheetName(to)}!`));
}

/**
 * Turns every text reference to a deleted sheet into #REF!, and the cached value of a formula that
 * used it into the #REF! error.
 * @example breakReferences(state, "Scorecard") // "=Scorecard!O12" → "=#REF!O12", showing #REF!
 */
export function breakReferences(state: WorkbookState, deleted: string): void {
  for (const sheet of state.sheets) {
    for (const cell of [...sheet.cells.formulaCells()]) {
      const next = rewrite(cell.formula, deleted, "#REF!");
      if (next !== cell.formula) sheet.cells.setFormula(cell.row, cell.col, next, "#REF!");
    }
  }
  eachReference(state, (text) => rewrite(text, deleted, "#REF!"));
}
