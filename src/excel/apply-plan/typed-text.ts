import type { PlanCell } from "../../plan/plan-types";

/**
 * Text that Excel would not keep as text when written through `range.values`: Excel interprets a
 * value starting with "=", "+" or "-" as a formula ("Range.values", learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member),
 * "@" starts a formula when typed, and a leading apostrophe is taken as the text prefix and dropped.
 */
const FORMULA_START = /^[=+\-@']/;

/**
 * A plan's cell as Excel must receive it to store exactly that value: text that Excel would read
 * as a formula (an authority "=Council", a label "-ve balance") goes with the apostrophe prefix,
 * which Excel stores as "text, shown as typed". Numbers, booleans and other text pass unchanged.
 * @example typedValue("=HYPERLINK(\"x\")") // "'=HYPERLINK(\"x\")"
 * @example typedValue("-3") // "'-3" (planned as text, so it stays text)
 */
export function typedValue(cell: PlanCell): PlanCell {
  return typeof cell === "string" && FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Every cell of a block through `typedValue`. */
export function asTypedValues(rows: readonly (readonly PlanCell[])[]): PlanCell[][] {
  return rows.map((row) => row.map(typedValue));
}
