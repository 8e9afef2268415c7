import {
  defineCustomIndicator,
  type CustomIndicatorSpec,
} from "../../domain/indicators/custom-indicator";
import type { IndicatorCatalogue } from "../../domain/indicators/indicator-catalogue";
import type { IndicatorDef } from "../../domain/indicators/indicator-def";
import type { MeasureDef, MeasureId } from "../../domain/measures/measure-def";
import { readCell } from "../../domain/cell/read-cell";
import { cellIssue } from "../cell/cell-issue";
import { formatAt, type Grid } from "../grid";
import type { IssueSink } from "../issue-list";
import {
  customIndicatorField,
  customIndicatorKind,
  REQUIRED_FIELDS,
  type CustomIndicatorField,
} from "./custom-indicator-columns";
import { filledCells, type FilledCell } from "./sheet-rows";

/** The custom indicators read from a section, and the row where the section ended. */
export interface CustomIndicatorSection {
  readonly specs: readonly CustomIndicatorSpec[];
  /** The context's catalogue with this section's indicators added: each checked here, once. */
  readonly catalogue: IndicatorCatalogue;
  /** The first row after the section (its ending blank row, or past the grid). */
  readonly next: number;
}

export interface SectionContext {
  readonly grid: Grid;
  readonly issues: IssueSink;
  readonly catalogue: IndicatorCatalogue;
  readonly measures: Readonly<Record<MeasureId, MeasureDef>>;
  /** Where a row starts a new section, so a section without a blank row after it still ends. */
  readonly isHeading: (row: number) => boolean;
}

/**
 * Reads the rows of an "Own indicators" section from `start` (its header row: id | name | kind |
 * numerator | denominator | polarity | section | decimals) to the first blank row. Each row is
 * checked as the catalogue's own entries are, in order, so a second row with the same id fails.
 * @example readCustomIndicatorSection(context, 12).specs // [{ id: "s47_per10k", kind: "rate", numerator: "s47_enquiries" }]
 */
export function readCustomIndicatorSection(
  context: SectionContext,
  start: number
): CustomIndicatorSection {
  const { grid, issues } = context;
  const rows = grid.values.length;
  let row = start;
  while (row < rows && filledCells(grid, row).length === 0 && !context.isHeading(row)) row++;
  if (row >= rows || context.isHeading(row))
    return { specs: [], catalogue: context.catalogue, next: row };
  const headerCells = filledCells(grid, row);
  const columns = new Map<CustomIndicatorField, number>();
  for (const { column, text } of headerCells) {
    const field = customIndicatorField(text);
    if (field !== undefined && !columns.has(field)) columns.set(field, column);
  }
  const missing = REQUIRED_FIELDS.filter((field) => !columns.has(field));
  const headerRow = row;
  const specs: CustomIndicatorSpec[] = [];
  const combined: Record<string, IndicatorDef> = { ...context.catalogue };
  for (row = headerRow + 1; row < rows && !context.isHeading(row); row++) {
    const cells = filledCells(grid, row);
    if (cells.length === 0) break;
    if (missing.length > 0) continue;
    const spec = specOfRow(context, row, cells, columns);
    if (spec === undefined) continue;
    const defined = defineCustomIndicator(spec, combined, context.measures);
    if (!defined.ok) {
      const column = columns.get(defined.error.field ?? "id") ?? cells[0]?.column ?? 0;
      issues.push(
        cellIssue(grid, "error", "BAD_CUSTOM_INDICATOR", row, column, defined.error.detail)
      );
      continue;
    }
    combined[defined.value.id] = defined.value.def;
    specs.push(spec);
  }
  if (missing.length > 0) {
    issues.push(
      cellIssue(
        grid,
        "error",
        "BAD_CUSTOM_INDICATOR",
        headerRow,
        headerCells[0]?.column ?? 0,
        `The own indicators table needs ${missing.join(", ")} column${missing.length > 1 ? "s" : ""}; its headings should be id | name | kind | numerator | denominator | polarity | section | decimals. Its rows are not read.`
      )
    );
  }
  return { specs, catalogue: combined, next: row };
}

function specOfRow(
  context: SectionContext,
  row: number,
  cells: readonly FilledCell[],
  columns: ReadonlyMap<CustomIndicatorField, number>
): CustomIndicatorSpec | undefined {
  const { grid, issues } = context;
  const text = (field: CustomIndicatorField): string | undefined => {
    const column = columns.get(field);
    return cells.find((cell) => cell.column === column)?.text;
  };
  const fail = (field: CustomIndicatorField, detail: string) => {
    const column = columns.get(field) ?? cells[0]?.column ?? 0;
    issues.push(cellIssue(grid, "error", "BAD_CUSTOM_INDICATOR", row, column, detail));
    return undefined;
  };
  const id = text("id");
  if (id === undefined)
    return fail("id", "This own indicator has no id; give it one such as s47_per10k.");
  const kindText = text("kind");
  const kind = kindText === undefined ? undefined : customIndicatorKind(kindText);
  if (kind === undefined)
    return fail(
      "kind",
      `Indicator ${id}: the kind ${kindText === undefined ? "is missing" : `"${kindText}" is not known`}; write percent, ratio or rate.`
    );
  const numerator = text("numerator");
  if (numerator === undefined)
    return fail("numerator", `Indicator ${id} has no numerator measure.`);
  const decimalsColumn = columns.get("decimals");
  let decimals: number | undefined;
  if (decimalsColumn !== undefined && text("decimals") !== undefined) {
    const cell = cells.find((c) => c.column === decimalsColumn);
    const reading = readCell(cell?.cell ?? "", formatAt(grid, row, decimalsColumn));
    if (reading.kind !== "number" || reading.percent || !Number.isInteger(reading.value))
      return fail(
        "decimals",
        `Indicator ${id}: the decimal places "${text("decimals")}" is not a whole number from 0 to 6.`
      );
    decimals = reading.value;
  }
  const optional = (field: "name" | "denominator" | "polarity" | "section" | "definition") => {
    const value = text(field);
    return value === undefined ? {} : { [field]: value };
  };
  return {
    id,
    kind,
    numerator,
    ...optional("name"),
    ...optional("denominator"),
    ...optional("polarity"),
    ...optional("section"),
    ...optional("definition"),
    ...(decimals === undefined ? {} : { decimals }),
  };
}
