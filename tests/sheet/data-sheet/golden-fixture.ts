import type { MeasureId } from "../../../src/domain/measures/measure-def";
import { formatMonthIso, monthKey, type MonthKey } from "../../../src/domain/period/month";
import type { ReportedFigure } from "../../../src/domain/reconcile/reported-figure";
import type { DataSheetOptions } from "../../../src/sheet/data-sheet/data-sheet-options";
import type { DataSheetReading } from "../../../src/sheet/data-sheet/data-sheet-reading";
import type { Grid } from "../../../src/sheet/grid";

/** A golden fixture as stored: months as "2013-06" text so the files read like the sheets. */
export interface GoldenFixture {
  readonly description: string;
  readonly grid: Grid;
  readonly options: StoredOptions;
  readonly expected?: GoldenExpected;
}

interface StoredOptions {
  readonly extraAliases?: Record<string, MeasureId>;
  readonly fyStartYear?: number;
  readonly fyStartMonth?: number;
  readonly today?: string;
  readonly populationSetting?: number;
}

export interface GoldenExpected {
  readonly orientation: string;
  readonly months: string[];
  readonly data: Record<MeasureId, Record<string, number>>;
  readonly reported: Array<Record<string, unknown>>;
  readonly issues: Array<{ code: string; severity: string; cell: string }>;
}

/** "2013-06" as a MonthKey. */
export function isoMonth(text: string): MonthKey {
  const [year, month] = text.split("-").map(Number);
  return monthKey(year ?? 0, month ?? 0);
}

/** The reader's options from a fixture's stored options. */
export function optionsOf(stored: StoredOptions): DataSheetOptions {
  const { extraAliases, today, ...rest } = stored;
  return {
    ...rest,
    ...(extraAliases === undefined ? {} : { extraAliases: new Map(Object.entries(extraAliases)) }),
    ...(today === undefined ? {} : { today: isoMonth(today) }),
  };
}

/** A reading in the fixture's stored shape: issues by code, severity and cell, not wording. */
export function expectedOf(reading: DataSheetReading): GoldenExpected {
  const data: Record<MeasureId, Record<string, number>> = {};
  for (const [measure, months] of reading.data) {
    data[measure] = Object.fromEntries(
      [...months].sort(([a], [b]) => a - b).map(([m, v]) => [formatMonthIso(m), v])
    );
  }
  return {
    orientation: reading.orientation,
    months: reading.months.map(formatMonthIso),
    data,
    reported: reading.reported.map(storedFigure),
    issues: reading.issues.map(({ code, severity, cell }) => ({ code, severity, cell })),
  };
}

function storedFigure(figure: ReportedFigure): Record<string, unknown> {
  const stored: Record<string, unknown> = { ...figure, month: formatMonthIso(figure.month) };
  if ("from" in figure && figure.from !== undefined) stored.from = formatMonthIso(figure.from);
  return stored;
}
