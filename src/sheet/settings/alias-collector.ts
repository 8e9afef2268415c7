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
import type { Grid } from "../grid";
import type { IssueList } from "../issue-list";

/** A text on the settings sheet and the column it is in (its row is the alias's). */
export interface AliasPart {
  readonly column: number;
  readonly text: string;
}

/** Gathers the analyst's row-label aliases, checking each names a measure and is given once. */
export interface AliasCollector {
  /**
   * Reads an alias of a row: its label, and the measure it stands for, or `undefined` when the row
   * gives none (which is an error, at `measureColumn`, where the measure belongs).
   */
  readonly add: (
    row: number,
    label: AliasPart,
    measure: AliasPart | undefined,
    measureColumn: number
  ) => void;
  readonly aliases: ReadonlyMap<string, MeasureId>;
}

/**
 * Starts a collector over the measures a workbook knows. A measure may be given by its id or by
 * any name the catalogue knows it by; an unknown one is an error with the nearest ids suggested.
 * Labels meet as `normaliseMeasureLabel` reduces them, in any script: two labels in Arabic, or of
 * emoji, are two aliases unless they are written alike.
 * @example aliasCollector(grid, issues).add(4, { column: 1, text: "Refs in month" }, { column: 2, text: "referrals" }, 2)
 */
export function aliasCollector(
  grid: Grid,
  issues: IssueList,
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

  function add(
    row: number,
    labelPart: AliasPart,
    measurePart: AliasPart | undefined,
    measureColumn: number
  ): void {
    const label = labelPart.text.replace(/\s+/g, " ");
    if (label === "") return;
    if (measurePart === undefined || measurePart.text === "") {
      error(
        "BAD_SETTING_VALUE",
        row,
        labelPart.column,
        `The alias "${label}" needs the measure id it stands for in the next cell (${gridAddress(grid, row, measureColumn)}).`
      );
      return;
    }
    const measureText = measurePart.text;
    const measure = measureIdForLabel(measureText, index);
    if (measure === undefined) {
      const hint = issues.lists("UNKNOWN_MEASURE")
        ? nearest(measureText, Object.keys(measures))
        : [];
      error(
        "UNKNOWN_MEASURE",
        row,
        measurePart.column,
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
        labelPart.column,
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
          labelPart.column,
          `"${label}" already names ${builtIn}; this alias makes it ${measure} instead.`
        )
      );
    }
    givenAt.set(key, gridAddress(grid, row, labelPart.column));
    aliases.set(label, measure);
  }

  return { add, aliases };
}
