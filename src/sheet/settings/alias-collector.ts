import { MEASURES } from "../../domain/measures/measure-catalogue";
import type { MeasureDef, MeasureId } from "../../domain/measures/measure-def";
import {
  buildMeasureLabelIndex,
  measureIdForLabel,
  normaliseMeasureLabel,
} from "../../domain/measures/measure-label";
import { nearest } from "../../domain/text/nearest";
import { gridAddress } from "../a1";
import { cellIssue } from "../cell/cell-issue";
import { shownCell } from "../../domain/cell/shown-cell";
import { cellAt, type Grid } from "../grid";
import type { SheetIssue } from "../sheet-issue";

/** Gathers the analyst's row-label aliases, checking each names a measure and is given once. */
export interface AliasCollector {
  /** Reads a label at (row, labelColumn) mapped to the measure in the cell to its right. */
  readonly add: (row: number, labelColumn: number) => void;
  readonly aliases: ReadonlyMap<string, MeasureId>;
}

/**
 * Starts a collector over the measures a workbook knows. A measure may be given by its id or by
 * any name the catalogue knows it by; an unknown one is an error with the nearest ids suggested.
 * @example aliasCollector(grid, issues).add(4, 1) // reads B5 → C5
 */
export function aliasCollector(
  grid: Grid,
  issues: SheetIssue[],
  measures: Readonly<Record<MeasureId, MeasureDef>> = MEASURES
): AliasCollector {
  const index = buildMeasureLabelIndex(measures);
  const aliases = new Map<string, MeasureId>();
  const givenAt = new Map<string, string>();
  const error = (
    code: "BAD_SETTING_VALUE" | "UNKNOWN_MEASURE" | "DUPLICATE_SETTING",
    row: number,
    column: number,
    detail: string
  ) => issues.push(cellIssue(grid, "error", code, row, column, detail));

  function add(row: number, labelColumn: number): void {
    const label = shownCell(cellAt(grid, row, labelColumn)).replace(/\s+/g, " ");
    if (label === "") return;
    const measureColumn = labelColumn + 1;
    const measureText = shownCell(cellAt(grid, row, measureColumn));
    if (measureText === "") {
      error(
        "BAD_SETTING_VALUE",
        row,
        labelColumn,
        `The alias "${label}" needs the measure id it stands for in the next cell (${gridAddress(grid, row, measureColumn)}).`
      );
      return;
    }
    const measure = measureIdForLabel(measureText, index);
    if (measure === undefined) {
      const hint = nearest(measureText, Object.keys(measures));
      error(
        "UNKNOWN_MEASURE",
        row,
        measureColumn,
        `"${measureText}" is not a measure id, so the alias "${label}" is not used.${hint.length > 0 ? ` Did you mean ${hint.join(", ")}?` : ""}`
      );
      return;
    }
    const key = normaliseMeasureLabel(label);
    const earlier = givenAt.get(key);
    if (earlier !== undefined) {
      error(
        "DUPLICATE_SETTING",
        row,
        labelColumn,
        `The alias "${label}" is already given in ${earlier}; this one is not used.`
      );
      return;
    }
    const builtIn = measureIdForLabel(label, index);
    if (builtIn !== undefined && builtIn !== measure) {
      issues.push(
        cellIssue(
          grid,
          "warning",
          "BAD_SETTING_VALUE",
          row,
          labelColumn,
          `"${label}" already names ${builtIn}; this alias makes it ${measure} instead.`
        )
      );
    }
    givenAt.set(key, gridAddress(grid, row, labelColumn));
    aliases.set(label, measure);
  }

  return { add, aliases };
}
