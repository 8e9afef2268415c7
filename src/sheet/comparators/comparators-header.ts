import { readCell } from "../../domain/cell/read-cell";
import { cellAt, gridSize, type Grid, type RawCell } from "../grid";
import {
  comparatorColumnRole,
  isReadRole,
  VALUE_ROLES,
  type ComparatorColumnRole,
  type ReadRole,
} from "./comparator-columns";

/** Where the comparators table's header is and what each of its columns holds. */
export interface ComparatorsHeader {
  readonly row: number;
  /** Indicator columns, in order: a sheet may have both an id and a name column. */
  readonly indicatorColumns: readonly number[];
  /** The first column of every figure and setting found. */
  readonly columns: Readonly<Partial<Record<ReadRole, number>>>;
  /** Later columns with a role already taken, which are not read. */
  readonly duplicates: ReadonlyArray<{ readonly column: number; readonly role: ReadRole }>;
  /** Non-blank headings the reader does not know. */
  readonly unknown: readonly number[];
}

const VALUE_ROLE_SET: ReadonlySet<ComparatorColumnRole> = new Set(VALUE_ROLES);

/**
 * Finds the header row: the first row naming an indicator column and at least one other known
 * column, so title rows above it are passed over. A row of two or more comparator headings whose
 * indicator heading is blank ("", Target, England) counts too, the indicators being in its first
 * blank column before them.
 * @example findComparatorsHeader({ sheet: "S", values: [["Title"], ["Indicator", "England"]] })?.row // 1
 */
export function findComparatorsHeader(grid: Grid): ComparatorsHeader | undefined {
  const { rows, columns } = gridSize(grid);
  for (let row = 0; row < rows; row++) {
    const roles: Array<ComparatorColumnRole | undefined> = [];
    for (let column = 0; column < columns; column++) {
      roles.push(comparatorColumnRole(cellAt(grid, row, column)));
    }
    const header = headerOf(grid, row, roles);
    if (header !== undefined) return header;
  }
  return undefined;
}

function headerOf(
  grid: Grid,
  row: number,
  roles: ReadonlyArray<ComparatorColumnRole | undefined>
): ComparatorsHeader | undefined {
  const others = roles.filter((role) => role !== undefined && isReadRole(role));
  let indicatorColumns = roles.flatMap((role, column) => (role === "indicator" ? [column] : []));
  if (indicatorColumns.length === 0) {
    const valueRoles = others.filter((role) => VALUE_ROLE_SET.has(role)).length;
    const firstKnown = roles.findIndex((role) => role !== undefined);
    const blank = roles.findIndex((_, column) => isBlank(cellAt(grid, row, column)));
    if (valueRoles < 2 || blank < 0 || blank > firstKnown) return undefined;
    indicatorColumns = [blank];
  }
  if (others.length === 0) return undefined;
  const columns: Partial<Record<ReadRole, number>> = {};
  const duplicates: Array<{ column: number; role: ReadRole }> = [];
  const unknown: number[] = [];
  roles.forEach((role, column) => {
    if (role === undefined) {
      if (!isBlank(cellAt(grid, row, column)) && !indicatorColumns.includes(column))
        unknown.push(column);
    } else if (isReadRole(role)) {
      if (columns[role] === undefined) columns[role] = column;
      else duplicates.push({ column, role });
    }
  });
  return { row, indicatorColumns, columns, duplicates, unknown };
}

function isBlank(cell: RawCell): boolean {
  return readCell(cell).kind === "blank";
}
