import { type FormulaToken, tokenize, unquote, untokenize } from "./formula-tokens";
import { sameName } from "./name-rules";
import type { NameState, SheetState, WorkbookState } from "./workbook-state";

/*
 * References to tables and defined names, as Excel keeps them (sheets: references.ts).
 * - Renaming a table rewrites its structured references: "If you rename a column or table, Excel
 *   automatically changes the use of that table and column header in all structured references"
 *   ("Using structured references with Excel tables",
 *   https://support.microsoft.com/office/using-structured-references-with-excel-tables-f5ed2452-2337-4f71-bed3-c8ae6d2b276e).
 * - Deleting a table, or the sheet that holds it, leaves its references pointing at nothing: "The
 *   #REF! error shows when a formula refers to a cell that's not valid. This happens most often when
 *   cells that were referenced by formulas get deleted" ("How to correct a #REF! error",
 *   https://support.microsoft.com/office/how-to-correct-a-ref-error-822c8e46-e610-4d02-bba3-b60fd1ee8eaf).
 *   The model rewrites the reference as the text "#REF!", as it does for a deleted sheet.
 * - Deleting a defined name leaves the formulas that use it unchanged in text, showing #NAME?: "When
 *   your formula refers to a name that is not defined in Excel, you see the #NAME? error" ("How to
 *   correct a #NAME? error",
 *   https://support.microsoft.com/office/how-to-correct-a-name-error-b6d54e31-a743-4d7d-9b61-40002a7b4286).
 */

/** A cell formula with the sheet it is on, and a way to change it and its shown value. */
interface HeldFormula {
  readonly sheet: SheetState | undefined;
  readonly text: string;
  update(text: string, shown?: string): void;
}

function heldFormulas(state: WorkbookState): HeldFormula[] {
  const held: HeldFormula[] = [];
  for (const sheet of state.sheets) {
    for (const cell of sheet.cells.formulaCells()) {
      const formula = cell.formula;
      held.push({
        sheet,
        text: formula,
        update: (text, shown) =>
          sheet.cells.setFormula(cell.row, cell.col, text, shown ?? cell.value),
      });
    }
  }
  for (const name of state.names) {
    if (name.range !== undefined || name.formula === "") continue;
    const scope = name.scopeSheetId === undefined ? undefined : state.sheetById(name.scopeSheetId);
    held.push({ sheet: scope, text: name.formula, update: (text) => (name.formula = text) });
  }
  return held;
}

function previousSignificant(tokens: readonly FormulaToken[], i: number): FormulaToken | undefined {
  for (let k = i - 1; k >= 0; k -= 1) if (tokens[k]?.text.trim() !== "") return tokens[k];
  return undefined;
}

/** Token positions where `table` is used: its name, not a function, a sheet, or a qualified name. */
function tableUses(tokens: readonly FormulaToken[], table: string): number[] {
  const uses: number[] = [];
  tokens.forEach((token, i) => {
    if (token.kind !== "identifier" || !sameName(token.text, table)) return;
    const next = tokens[i + 1]?.text;
    if (next === "(" || next === "!") return;
    if (previousSignificant(tokens, i)?.text === "!") return;
    uses.push(i);
  });
  return uses;
}

/**
 * Rewrites the structured references to a renamed table.
 * @example renameTableReferences(state, "CSC_Scorecard", "Old_Scorecard") // "=INDEX(CSC_Scorecard[RAG],1)" → "=INDEX(Old_Scorecard[RAG],1)"
 */
export function renameTableReferences(state: WorkbookState, from: string, to: string): void {
  for (const held of heldFormulas(state)) {
    const tokens = tokenize(held.text);
    const uses = tableUses(tokens, from);
    if (uses.length === 0) continue;
    for (const i of uses) tokens[i] = { kind: "identifier", text: to };
    held.update(untokenize(tokens));
  }
}

/**
 * Turns the references to a deleted table into #REF!, and what the formulas show into the error.
 * @example breakTableReferences(state, "CSC_Scorecard") // "=INDEX(CSC_Scorecard[RAG],1)" → "=INDEX(#REF!,1)", showing #REF!
 */
export function breakTableReferences(state: WorkbookState, table: string): void {
  for (const held of heldFormulas(state)) {
    const tokens = tokenize(held.text);
    const uses = new Set(tableUses(tokens, table));
    if (uses.size === 0) continue;
    const kept: FormulaToken[] = [];
    tokens.forEach((token, i) => {
      if (uses.has(i)) kept.push({ kind: "other", text: "#REF!" });
      else if (!(token.kind === "bracket" && uses.has(i - 1))) kept.push(token);
    });
    held.update(untokenize(kept), "#REF!");
  }
}

/** Whether a formula on `sheet` uses the defined name `item` (qualified by its sheet, or bare). */
function usesName(
  state: WorkbookState,
  tokens: readonly FormulaToken[],
  sheet: SheetState | undefined,
  item: NameState
): boolean {
  const scope = item.scopeSheetId === undefined ? undefined : state.sheetById(item.scopeSheetId);
  return tokens.some((token, i) => {
    if (token.kind !== "identifier" || !sameName(token.text, item.name)) return false;
    const next = tokens[i + 1]?.text;
    if (next === "(" || next === "!" || tokens[i + 1]?.kind === "bracket") return false;
    if (previousSignificant(tokens, i)?.text === "!") {
      const qualifier = tokens[i - 2];
      return (
        scope !== undefined &&
        qualifier !== undefined &&
        (qualifier.kind === "identifier" || qualifier.kind === "quoted") &&
        sameName(unquote(qualifier.text), scope.name)
      );
    }
    if (scope !== undefined) return sheet === scope;
    // A bare name means the sheet's own name of that spelling first, then the workbook's.
    return !state.names.some(
      (other) =>
        other !== item && other.scopeSheetId === sheet?.id && sameName(other.name, item.name)
    );
  });
}

/**
 * Makes every formula that uses a name about to be deleted show #NAME?; the text stays.
 * @example breakNameReferences(state, item) // "=Scorecard!CSC_ReportingMonth" now shows #NAME?
 */
export function breakNameReferences(state: WorkbookState, item: NameState): void {
  for (const held of heldFormulas(state)) {
    if (usesName(state, tokenize(held.text), held.sheet, item)) held.update(held.text, "#NAME?");
  }
}
