import { INDICATORS, type IndicatorCatalogue } from "../../domain/indicators/indicator-catalogue";
import { MEASURES } from "../../domain/measures/measure-catalogue";
import type { MeasureDef, MeasureId } from "../../domain/measures/measure-def";
import { formatMonthLong, type MonthKey } from "../../domain/period/month";
import type { ReportedFigure } from "../../domain/reconcile/reported-figure";
import { gridAddress } from "../a1";
import { gridSize, type Grid } from "../grid";
import { issueList } from "../issue-list";
import { sheetIssue, type SheetIssue } from "../sheet-issue";
import type { DataSheetOptions } from "./data-sheet-options";
import type { DataSheetReading, LineReading } from "./data-sheet-reading";
import { findMonthHeader } from "./find-month-header";
import { financialYearsNamed } from "./financial-year-hint";
import { readHeaderLine } from "./header-line";
import { labelPosition } from "./label-position";
import { lineKind, type LineKind } from "./line-kind";
import { measureLookup } from "./measure-lookup";
import { missingPopulationIssue } from "./missing-population";
import { futureMonthIssues, monthGapIssues } from "./month-sequence-issues";
import { partAboveWholeIssues } from "./part-above-whole";
import { partWholePairs } from "./part-whole-pairs";
import { percentIndicatorFor } from "./percent-indicator";
import { readMeasureLine } from "./read-measure-line";
import { readPercentLine } from "./read-percent-line";
import type { Orientation } from "./sheet-view";
import type { TableLayout } from "./table-layout";
import { uncountableIssues } from "./unread-cells";

type PercentKind = Extract<LineKind, { kind: "percent" }>;

/**
 * Reads a data sheet the way the analyst laid it out, and says exactly what is wrong and where.
 * Finds the months (across the columns or down the rows, below any titles), the measure labels
 * (ids or any alias, case and punctuation ignored), and reads each count as Excel shows it; blank,
 * withheld or unreadable months are missing, never 0. YTD, Total and printed percentages are
 * returned as reported figures for reconciliation. Lines it cannot read (an unknown label, a second
 * line for a measure, a repeated month) are still checked for values no count can take, so one
 * reading shows every problem. Never guesses, never throws for any grid, never changes the grid;
 * every issue names a cell inside it, and past `ISSUE_LIMITS` issues are counted, not listed.
 * @example readDataSheet({ sheet: "CSC Data", values: [["", "Apr-15", "May-15"], ["Refs", 319, 416]] }, {}).data.get("referrals")?.get(monthKey(2015, 5)) // 416
 */
export function readDataSheet(grid: Grid, options: DataSheetOptions = {}): DataSheetReading {
  const sheet = grid.sheet;
  const size = gridSize(grid);
  if (size.rows === 0 || size.columns === 0) {
    return emptyReading("months-across", [
      sheetIssue("error", "EMPTY_SHEET", sheet, gridAddress(grid, 0, 0), "The sheet is empty."),
    ]);
  }
  const measures: Readonly<Record<MeasureId, MeasureDef>> = options.measures ?? MEASURES;
  const catalogue: IndicatorCatalogue = options.catalogue ?? INDICATORS;
  const lookup = measureLookup(measures, options.extraAliases);
  const found = findMonthHeader(grid, (text) => lookup.find(text) !== undefined);
  if (found === null) {
    return emptyReading("months-across", [
      sheetIssue(
        "error",
        "NO_MONTH_HEADER",
        sheet,
        gridAddress(grid, 0, 0),
        "No row or column of months was found; put the months (Apr 2015, May 2015 … or dates) in one header row, with a measure label at the start of each row."
      ),
    ]);
  }
  const { view, line: headerLine } = found;
  const header = readHeaderLine(view, headerLine, found.serialsAreMonths, {
    ...(options.fyStartYear === undefined ? {} : { fyStartYear: options.fyStartYear }),
    ...(options.fyStartMonth === undefined ? {} : { fyStartMonth: options.fyStartMonth }),
    yearsNamed: financialYearsNamed(grid),
  });
  const issues = issueList();
  issues.pushAll(header.issues);
  if (header.months.length === 0) return emptyReading(view.orientation, issues.issues());
  const layout: TableLayout = {
    view,
    headerLine,
    labelAt: labelPosition(view, headerLine, header.firstMonthPosition),
    header,
    serialsAreMonths: found.serialsAreMonths,
  };

  const data = new Map<MeasureId, ReadonlyMap<MonthKey, number>>();
  const cells = new Map<MeasureId, ReadonlyMap<MonthKey, string>>();
  const labels = new Map<MeasureId, string>();
  const firstCell = new Map<MeasureId, string>();
  const reported: ReportedFigure[] = [];
  const rows: LineReading[] = [];
  const uncheckedPositions = new Set<number>();
  const tableMeasures: Array<Set<MeasureId>> = [new Set()];
  // Cells of the labels of count lines that name no measure, by table: a percentage may be of them.
  const tableUnknowns: string[][] = [[]];
  const everyMonth = [...header.months, ...header.repeats];
  const percentLines: Array<{ line: number; kind: PercentKind; table: number }> = [];
  let skipping = false;

  for (let line = headerLine + 1; line < view.lines; line++) {
    const kind = lineKind(layout, line, lookup);
    if (kind.kind === "blank") continue;
    if (kind.kind === "subheader") {
      tableMeasures.push(new Set());
      tableUnknowns.push([]);
      skipping = !kind.matches;
      if (skipping) {
        issues.push(
          sheetIssue(
            "error",
            "MISMATCHED_HEADER",
            sheet,
            view.address(line, header.firstMonthPosition),
            `This header names other months than the one at ${view.address(headerLine, header.firstMonthPosition)}; the table below it is not read. Put each year's table on its own sheet or in the same months.`
          )
        );
      }
      continue;
    }
    if (skipping) continue;
    const reading = (role: LineReading["role"], measure: MeasureId | null = null) =>
      rows.push({ label: kind.label, cell: kind.labelCell, measure, role });
    switch (kind.kind) {
      case "percent":
        percentLines.push({ line, kind, table: tableMeasures.length - 1 });
        reading("percent");
        break;
      case "summary":
        reading("summary");
        if (kind.hasValues) {
          issues.push(
            sheetIssue(
              "info",
              "SUMMARY_NOT_CHECKED",
              sheet,
              kind.labelCell,
              `"${kind.label}" totals other lines, so it is not read as a measure and not checked.`
            )
          );
        }
        break;
      case "unknown": {
        reading(kind.hasValues ? "unknown" : "note");
        if (!kind.hasValues) break;
        // A "did you mean" is costly: only for the labels listed one by one.
        const listed = issues.lists("UNKNOWN_MEASURE");
        issues.push(unknownMeasureIssue(sheet, kind, listed ? lookup.suggest(kind.label) : []));
        tableUnknowns[tableUnknowns.length - 1]?.push(kind.labelCell);
        const shown = kind.label === "" ? "The unlabelled value" : `"${kind.label}"`;
        uncountableIssues(
          view,
          line,
          everyMonth,
          (m) => `${shown} for ${formatMonthLong(m)}`,
          issues
        );
        break;
      }
      case "measure": {
        if (!kind.hasValues) {
          reading("measure", kind.measure);
          break;
        }
        const first = firstCell.get(kind.measure);
        if (first !== undefined) {
          reading("duplicate", kind.measure);
          issues.push(
            sheetIssue(
              "error",
              "DUPLICATE_MEASURE",
              sheet,
              kind.labelCell,
              `"${kind.label}" is ${measures[kind.measure]?.name ?? kind.measure} again (first at ${first}); this line's values are checked but not read.`
            )
          );
          uncountableIssues(
            view,
            line,
            everyMonth,
            (m) => `"${kind.label}" for ${formatMonthLong(m)} (again)`,
            issues
          );
          break;
        }
        reading("measure", kind.measure);
        firstCell.set(kind.measure, kind.labelCell);
        const read = readMeasureLine(layout, line, kind.measure, kind.label, uncheckedPositions);
        issues.pushAll(read.issues);
        for (const figure of read.reported) reported.push(figure);
        if (read.values.size > 0) {
          data.set(kind.measure, read.values);
          cells.set(kind.measure, read.cells);
          labels.set(kind.measure, kind.label);
          tableMeasures[tableMeasures.length - 1]?.add(kind.measure);
        }
        break;
      }
    }
  }

  const readMeasures = new Set(data.keys());
  for (const { line, kind, table } of percentLines) {
    const indicator = percentIndicatorFor(kind.label, {
      catalogue,
      labelMeasure: kind.measure,
      tableMeasures: tableMeasures[table] ?? new Set(),
      unrecognised: tableUnknowns[table] ?? [],
      read: readMeasures,
    });
    if (!indicator.ok && kind.hasValues) {
      issues.push(
        sheetIssue(
          "info",
          "SUMMARY_NOT_CHECKED",
          sheet,
          kind.labelCell,
          `The percentages "${kind.label}" are not checked against the counts: ${indicator.why}.`
        )
      );
    }
    const read = readPercentLine(
      layout,
      line,
      indicator.ok ? indicator.id : null,
      kind.percentKind,
      kind.label
    );
    issues.pushAll(read.issues);
    for (const figure of read.reported) reported.push(figure);
  }

  issues.pushAll(monthGapIssues(view, headerLine, header.months));
  if (options.today !== undefined) {
    issues.pushAll(futureMonthIssues(view, headerLine, header.months, options.today));
  }
  issues.pushAll(partAboveWholeIssues(data, cells, partWholePairs(catalogue), measures, sheet));
  const population = missingPopulationIssue(
    data,
    catalogue,
    options.populationSetting,
    sheet,
    view.address(headerLine, layout.labelAt ?? header.firstMonthPosition)
  );
  if (population !== null) issues.push(population);

  return {
    data,
    months: header.months.map((m) => m.month).sort((a, b) => a - b),
    orientation: view.orientation,
    cells,
    labels,
    reported,
    issues: issues.issues(),
    rows,
  };
}

function unknownMeasureIssue(
  sheet: string,
  kind: { readonly label: string; readonly labelCell: string },
  suggestions: readonly string[]
): SheetIssue {
  const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.join(", ")}?` : "";
  const detail =
    kind.label === ""
      ? `These values have no measure label, so they are not read.${hint}`
      : `"${kind.label}" is not a measure id or alias, so its values are not read.${hint} Add the label as an alias in the settings if it is one of them.`;
  return sheetIssue("warning", "UNKNOWN_MEASURE", sheet, kind.labelCell, detail);
}

function emptyReading(orientation: Orientation, issues: SheetIssue[]): DataSheetReading {
  return {
    data: new Map(),
    months: [],
    orientation,
    cells: new Map(),
    labels: new Map(),
    reported: [],
    issues,
    rows: [],
  };
}
