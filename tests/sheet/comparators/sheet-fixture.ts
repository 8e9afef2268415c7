import { readFileSync } from "node:fs";
import path from "node:path";
import { gridSize, type Grid } from "../../../src/sheet/grid";
import type { SheetIssue } from "../../../src/sheet/sheet-issue";
import { fixtureFiles, matchGolden } from "../../support/golden";

/**
 * A golden fixture: a grid as Excel gives it, with number formats given sparsely by A1 address
 * ("formats": { "D3": "0.0%" }) so the fixture stays readable, beside what the reader should give.
 */
export interface SheetFixture<Expected> {
  /** The fixture's absolute path, for the golden check. */
  readonly file: string;
  readonly description: string;
  readonly grid: Grid;
  readonly formats?: Readonly<Record<string, string>>;
  readonly options?: Record<string, unknown>;
  readonly expected: Expected & { readonly issues: readonly IssueSummary[] };
}

export interface IssueSummary {
  readonly code: string;
  readonly severity: string;
  readonly cell: string;
}

/** Every fixture of a folder under tests/fixtures/sheet. */
export function loadFixtures<Expected>(folder: string): SheetFixture<Expected>[] {
  return fixtureFiles(path.resolve(__dirname, "../../fixtures/sheet", folder)).map((file) => ({
    file,
    ...(JSON.parse(readFileSync(file, "utf8")) as Omit<SheetFixture<Expected>, "file">),
  }));
}

/**
 * Checks a reading against the fixture's "expected" through the golden harness, its issues as golden
 * files state them; UPDATE_GOLDEN=1 rewrites "expected" and keeps the grid beside it.
 */
export function matchExpected<Expected extends object>(
  fixture: SheetFixture<Expected>,
  reading: Expected,
  issues: readonly SheetIssue[]
): void {
  matchGolden(fixture.file, { ...reading, issues: summarise(issues) }, { property: "expected" });
}

/** The fixture's grid with its sparse formats laid out as Excel gives them. */
export function fixtureGrid(fixture: SheetFixture<unknown>): Grid {
  const { grid, formats } = fixture;
  if (formats === undefined) return grid;
  const origin = grid.origin ?? { row: 0, column: 0 };
  const numberFormats = grid.values.map((row) => row.map(() => "General"));
  for (const [address, format] of Object.entries(formats)) {
    const { row, column } = a1Position(address);
    const target = numberFormats[row - origin.row];
    if (target === undefined || column - origin.column >= target.length)
      throw new Error(`format address ${address} is outside the fixture's grid`);
    target[column - origin.column] = format;
  }
  return { ...grid, numberFormats };
}

/** Issues as golden files state them: code, severity and cell, in sheet order. */
export function summarise(issues: readonly SheetIssue[]): IssueSummary[] {
  return sortByCell(issues.map(({ code, severity, cell }) => ({ code, severity, cell })));
}

function sortByCell(issues: readonly IssueSummary[]): IssueSummary[] {
  return [...issues].sort((a, b) => {
    const pa = a1Position(a.cell);
    const pb = a1Position(b.cell);
    return pa.row - pb.row || pa.column - pb.column || a.code.localeCompare(b.code);
  });
}

/** 0-based sheet row and column of an A1 address. */
export function a1Position(address: string): { row: number; column: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (match === null) throw new Error(`${address} is not an A1 address`);
  let column = 0;
  for (const letter of match[1] ?? "") column = column * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, column: column - 1 };
}

/** Whether an issue's cell lies inside the grid's used range on its sheet. */
export function isInsideGrid(grid: Grid, address: string): boolean {
  const { rows, columns } = gridSize(grid);
  const { row, column } = a1Position(address);
  const origin = grid.origin ?? { row: 0, column: 0 };
  return (
    row >= origin.row &&
    row < origin.row + rows &&
    column >= origin.column &&
    column < origin.column + columns
  );
}
