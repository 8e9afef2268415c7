import type { ComparatorKind, ComparatorValues } from "../../domain/compare/comparator";
import { INDICATORS, type IndicatorCatalogue } from "../../domain/indicators/indicator-catalogue";
import type { Band } from "../../domain/indicators/indicator-def";
import type { IndicatorSettings } from "../../domain/scorecard/scorecard-settings";
import { gridAddress } from "../a1";
import { readCell } from "../../domain/cell/read-cell";
import { cellAt, formatAt, gridSize, type Grid } from "../grid";
import { issueList, type IssueList } from "../issue-list";
import type { SheetIssue } from "../sheet-issue";
import { cellIssue } from "../cell/cell-issue";
import { shownCell } from "../../domain/cell/shown-cell";
import { COLUMN_LABELS, COMPARATOR_COLUMNS, VALUE_ROLES } from "./comparator-columns";
import { readComparatorRowSettings } from "./comparator-row-settings";
import { readUnitValue } from "./comparator-value";
import { findComparatorsHeader, type ComparatorsHeader } from "./comparators-header";
import type { BenchmarkYears, ComparatorsReading } from "./comparators-reading";
import { indicatorLookup, type IndicatorMatch } from "./indicator-lookup";
import type { RagBasisChoice } from "./rag-basis-choice";
import { rowBenchmarkYears } from "./row-benchmark-years";

export interface ComparatorsSheetOptions {
  /** The indicators rows may name; the built-in catalogue unless the workbook adds its own. */
  readonly catalogue?: IndicatorCatalogue;
  /** The workbook's default RAG basis, for rows that give a tolerance but no basis. */
  readonly defaultBasis?: RagBasisChoice;
}

/**
 * Reads the comparators sheet: one row per indicator (id or name) with its target, statistical
 * neighbours, England and region figures, and optionally its RAG basis, tolerance, band, headline
 * figure, no-change threshold and the year its benchmarks are from. The header row is found by its headings, wherever it is; blank
 * and sub-heading rows are passed over. Every cell that cannot be used is an issue at its address
 * (past `ISSUE_LIMITS`, counted rather than listed). The readings are keyed by the catalogue's own
 * ids, with no prototype: looking up "constructor" finds nothing.
 * @example readComparatorsSheet({ sheet: "CSC Comparators", values: [["Indicator", "England"], ["rereferral_pct", "22.6%"]] }).comparators
 * // { rereferral_pct: { england: 22.6 } }
 */
export function readComparatorsSheet(
  grid: Grid,
  options: ComparatorsSheetOptions = {}
): ComparatorsReading {
  const issues = issueList();
  const comparators = byId<ComparatorValues>();
  const indicatorSettings = byId<IndicatorSettings>();
  const bands = byId<Band>();
  const years = byId<BenchmarkYears>();
  const header = findComparatorsHeader(grid);
  if (header === undefined) {
    const first = firstFilledCell(grid);
    if (first !== undefined) {
      issues.push(
        cellIssue(
          grid,
          "warning",
          "NO_COMPARATOR_HEADER",
          first.row,
          first.column,
          "No header row was found, so no comparators are read. Put a row of headings such as Indicator | Target | Stat neighbours | England | Region above the figures."
        )
      );
    }
    return { comparators, indicatorSettings, bands, years, issues: issues.issues() };
  }
  issues.pushAll(headerIssues(grid, header));

  const lookup = indicatorLookup(options.catalogue ?? INDICATORS);
  const seen = new Map<string, number>();
  const { rows } = gridSize(grid);
  for (let row = header.row + 1; row < rows; row++) {
    const match = indicatorOfRow(grid, header, row, lookup, issues);
    if (match === undefined) continue;
    if (!match.found) {
      issues.push(
        cellIssue(
          grid,
          "warning",
          "UNKNOWN_INDICATOR",
          row,
          match.column,
          `${match.detail} This row is not read.`
        )
      );
      continue;
    }
    const { id, def } = match.indicator;
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      issues.push(
        cellIssue(
          grid,
          "error",
          "DUPLICATE_INDICATOR",
          row,
          match.column,
          `${def.name} is already given in ${gridAddress(grid, earlier, match.column)}; this row is not read.`
        )
      );
      continue;
    }
    seen.set(id, row);
    const values = readValues(grid, header, row, match.indicator.def, issues);
    if (Object.keys(values).length > 0) comparators[id] = values;
    const { settings, band } = readComparatorRowSettings(
      {
        grid,
        header,
        row,
        indicator: match.indicator,
        comparators: values,
        defaultBasis: options.defaultBasis,
      },
      issues
    );
    if (settings !== undefined) indicatorSettings[id] = settings;
    if (band !== undefined) bands[id] = band;
    const rowYears = rowBenchmarkYears(grid, header, row, values, issues);
    if (Object.keys(rowYears).length > 0) years[id] = rowYears;
  }
  return { comparators, indicatorSettings, bands, years, issues: issues.issues() };
}

/** A record keyed by indicator id that inherits nothing, so only the ids put in it are found. */
function byId<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

function headerIssues(grid: Grid, header: ComparatorsHeader): SheetIssue[] {
  const known = Object.values(COMPARATOR_COLUMNS)
    .flatMap((def) => (def.holds === "notes" ? [] : [def.label]))
    .join(", ");
  return [
    ...header.duplicates.map(({ column, role }) =>
      cellIssue(
        grid,
        "warning",
        "DUPLICATE_COMPARATOR_COLUMN",
        header.row,
        column,
        `This is a second ${COLUMN_LABELS[role]} column; only the first (${gridAddress(grid, header.row, header.columns[role] ?? column)}) is read.`
      )
    ),
    ...header.unknown.map((column) =>
      cellIssue(
        grid,
        "info",
        "UNKNOWN_COMPARATOR_COLUMN",
        header.row,
        column,
        `"${shownCell(cellAt(grid, header.row, column))}" is not a column this sheet reads, so it is ignored. The columns read are ${known}.`
      )
    ),
  ];
}

type RowMatch =
  | (IndicatorMatch & { readonly found: true; readonly column: number })
  | { readonly found: false; readonly detail: string; readonly column: number };

/**
 * The row's indicator, from the first indicator column that names one. A row with nothing in any
 * column the sheet reads is a sub-heading, a blank or a placeholder, and is passed over (undefined).
 * A "did you mean" is worked out only for the unknown indicators `issues` will list.
 */
function indicatorOfRow(
  grid: Grid,
  header: ComparatorsHeader,
  row: number,
  lookup: (text: string, suggest: boolean) => IndicatorMatch,
  issues: IssueList
): RowMatch | undefined {
  const hasFigures = Object.values(header.columns).some(
    (column) => column !== undefined && shownCell(cellAt(grid, row, column)) !== ""
  );
  if (!hasFigures) return undefined;
  let miss: RowMatch | undefined;
  for (const column of header.indicatorColumns) {
    const text = shownCell(cellAt(grid, row, column));
    if (text === "") continue;
    const match = lookup(text, issues.lists("UNKNOWN_INDICATOR"));
    if (match.found) return { ...match, column };
    miss ??= { found: false, detail: match.detail, column };
  }
  return (
    miss ?? {
      found: false,
      column: header.indicatorColumns[0] ?? 0,
      detail: "This row has figures but no indicator; write the indicator's id or name.",
    }
  );
}

function readValues(
  grid: Grid,
  header: ComparatorsHeader,
  row: number,
  def: Parameters<typeof readUnitValue>[1],
  issues: IssueList
): ComparatorValues {
  const values: Partial<Record<ComparatorKind, number>> = {};
  for (const role of VALUE_ROLES) {
    const column = header.columns[role];
    if (column === undefined) continue;
    const reading = readCell(cellAt(grid, row, column), formatAt(grid, row, column));
    const outcome = readUnitValue(reading, def, COMPARATOR_COLUMNS[role].figure);
    if (outcome.kind === "value") values[role] = outcome.value;
    else if (outcome.kind === "problem")
      issues.push(cellIssue(grid, outcome.severity, outcome.code, row, column, outcome.detail));
  }
  return values;
}

function firstFilledCell(grid: Grid): { row: number; column: number } | undefined {
  const { rows, columns } = gridSize(grid);
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      if (shownCell(cellAt(grid, row, column)) !== "") return { row, column };
    }
  }
  return undefined;
}
