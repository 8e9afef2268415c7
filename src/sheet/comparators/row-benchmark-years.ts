import type { ComparatorValues } from "../../domain/compare/comparator";
import { shownCell } from "../../domain/cell/shown-cell";
import { cellIssue } from "../cell/cell-issue";
import { cellAt, type Grid } from "../grid";
import type { IssueSink } from "../issue-list";
import { benchmarkYearCell, benchmarkYearIn } from "./benchmark-year";
import type { ComparatorsHeader } from "./comparators-header";
import type { BenchmarkKind, BenchmarkYears } from "./comparators-reading";

const BENCHMARKS: readonly BenchmarkKind[] = ["statNeighbours", "england", "region"];

/**
 * The years of one row's benchmarks: its Benchmark year cell for every benchmark it gives, else
 * the year each figure's heading names ("England 2014/15"). A cell that names no year is a
 * warning at the cell, and the headings' years stand.
 * @example rowBenchmarkYears(grid, header, 5, { england: 24.2 }, issues) // { england: "2014/15" }
 */
export function rowBenchmarkYears(
  grid: Grid,
  header: ComparatorsHeader,
  row: number,
  values: ComparatorValues,
  issues: IssueSink
): BenchmarkYears {
  const column = header.columns.benchmarkYear;
  const cell = column === undefined ? undefined : benchmarkYearCell(cellAt(grid, row, column));
  if (cell === null && column !== undefined) {
    issues.push(
      cellIssue(
        grid,
        "warning",
        "BAD_INDICATOR_SETTING",
        row,
        column,
        `"${shownCell(cellAt(grid, row, column))}" is not a year; write the year the benchmarks are from, such as 2014/15.`
      )
    );
  }
  const years: Partial<Record<BenchmarkKind, string>> = {};
  for (const kind of BENCHMARKS) {
    if (typeof values[kind] !== "number") continue;
    const figureColumn = header.columns[kind];
    const heading =
      figureColumn === undefined
        ? null
        : benchmarkYearIn(shownCell(cellAt(grid, header.row, figureColumn)));
    const year = typeof cell === "string" ? cell : heading;
    if (year !== null) years[kind] = year;
  }
  return years;
}
