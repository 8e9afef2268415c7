import { parseAddress, type Rect } from "./a1";
import type { CellValue } from "./cell-value";
import { type FormulaToken, tokenize, unquote } from "./formula-tokens";
import { sameName } from "./name-rules";
import type { SheetState, WorkbookState } from "./workbook-state";

/**
 * What a formula that is one reference shows now, computed from the workbook as it is (the model
 * keeps formulas' cached values and does not recalculate): `=Sheet!A1`, `='CSC Data'!B2`, `=A1`,
 * `=INDEX(Table[Column],n)`, `=Sheet!Name` or `=Name`. A reference Excel has broken (#REF! in its
 * text, a deleted sheet) shows "#REF!"; a name or table that does not exist shows "#NAME?". Any
 * other formula is a test bug: the evaluator throws rather than guess.
 * @example evaluateReference(state, "My analysis", "=INDEX(CSC_Scorecard[RAG],1)") // "Red"
 */
export function evaluateReference(state: WorkbookState, on: string, formula: string): CellValue {
  const home = state.findSheetByName(on);
  if (home === undefined) throw new Error(`No sheet '${on}' to evaluate on.`);
  if (formula.includes("#REF!")) return "#REF!";
  const tokens = tokenize(formula.replace(/^=/, "")).filter((t) => t.text.trim() !== "");
  return indexOfColumn(state, tokens) ?? cellOrName(state, home, tokens) ?? unsupported(formula);
}

function unsupported(formula: string): never {
  throw new Error(`The model evaluates one reference, not '${formula}'.`);
}

/** `INDEX(Table[Column], n)`: the column's nth cell of data. */
function indexOfColumn(
  state: WorkbookState,
  tokens: readonly FormulaToken[]
): CellValue | undefined {
  const [fn, open, table, column, comma, n, close] = tokens;
  if (
    tokens.length !== 7 ||
    fn?.kind !== "identifier" ||
    !sameName(fn.text, "INDEX") ||
    open?.text !== "(" ||
    table?.kind !== "identifier" ||
    column?.kind !== "bracket" ||
    comma?.text !== "," ||
    close?.text !== ")"
  ) {
    return undefined;
  }
  const row = Number(n?.text);
  const found = state.tables.find((t) => sameName(t.name, table.text));
  if (found === undefined) return "#NAME?";
  const sheet = state.sheetById(found.sheetId);
  if (sheet === undefined) return "#REF!";
  const wanted = column.text.replace(/^\[+|\]+$/g, "");
  let col = -1;
  for (let c = found.rect.left; c <= found.rect.right; c += 1) {
    if (sameName(String(sheet.cells.value(found.rect.top, c)), wanted)) col = c;
  }
  const top = found.rect.top + (found.showHeaders ? 1 : 0);
  const bottom = found.rect.bottom - (found.showTotals ? 1 : 0);
  if (col < 0 || !Number.isInteger(row) || row < 1 || top + row - 1 > bottom) return "#REF!";
  return sheet.cells.value(top + row - 1, col);
}

/** `Sheet!A1`, `A1`, `Sheet!Name` or `Name`. */
function cellOrName(
  state: WorkbookState,
  home: SheetState,
  tokens: readonly FormulaToken[]
): CellValue | undefined {
  const qualified = tokens.length === 3 && tokens[1]?.text === "!";
  if (!qualified && tokens.length !== 1) return undefined;
  const target = qualified ? tokens[2] : tokens[0];
  const qualifier = qualified ? tokens[0] : undefined;
  if (qualifier !== undefined && qualifier.kind !== "identifier" && qualifier.kind !== "quoted") {
    return undefined;
  }
  const sheet = qualifier === undefined ? home : state.findSheetByName(unquote(qualifier.text));
  if (sheet === undefined) return "#REF!";
  if (target?.kind === "cell") {
    const { rect } = parseAddress(target.text.replace(/\$/g, ""));
    return sheet.cells.value(rect.top, rect.left);
  }
  if (target?.kind !== "identifier") return undefined;
  const local = state.names.find(
    (n) => n.scopeSheetId === sheet.id && sameName(n.name, target.text)
  );
  const global =
    qualifier === undefined
      ? state.names.find((n) => n.scopeSheetId === undefined && sameName(n.name, target.text))
      : undefined;
  const name = local ?? global;
  if (name === undefined) return "#NAME?";
  if (name.range === undefined) return unsupported(`=${name.formula} (the name's formula)`);
  const on = state.sheetById(name.range.sheetId);
  return on === undefined ? "#REF!" : topLeft(on, name.range.rect);
}

function topLeft(sheet: SheetState, rect: Rect): CellValue {
  return sheet.cells.value(rect.top, rect.left);
}
