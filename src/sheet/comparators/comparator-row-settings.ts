import type { ComparatorValues } from "../../domain/compare/comparator";
import { defaultRagBasis, type RagBasis, type Tolerance } from "../../domain/compare/rag";
import type { FoundIndicator } from "../../domain/indicators/find-indicator";
import { readToleranceType, type ToleranceType } from "../../domain/compare/tolerance-type";
import type { Band, IndicatorDef } from "../../domain/indicators/indicator-def";
import type { Calc } from "../../domain/result/calc";
import type { HeadlineFigure, IndicatorSettings } from "../../domain/scorecard/scorecard-settings";
import { readCell } from "../../domain/cell/read-cell";
import { cellAt, formatAt, type Grid } from "../grid";
import type { IssueSink } from "../issue-list";
import { cellIssue } from "../cell/cell-issue";
import { shownCell } from "../../domain/cell/shown-cell";
import { COLUMN_LABELS, type ReadRole } from "./comparator-columns";
import type { ComparatorsHeader } from "./comparators-header";
import { readUnitValue } from "./comparator-value";
import { readHeadlineFigure } from "./headline-choice";
import { ragBasisFor, readRagBasisChoice, type RagBasisChoice } from "./rag-basis-choice";
import { readTolerance } from "./tolerance-cell";

/** One indicator row of the comparators sheet, read. */
export interface ComparatorRow {
  readonly grid: Grid;
  readonly header: ComparatorsHeader;
  readonly row: number;
  readonly indicator: FoundIndicator;
  readonly comparators: ComparatorValues;
  /** The workbook's default basis, used when a row gives a tolerance but no basis. */
  readonly defaultBasis?: RagBasisChoice | undefined;
}

/**
 * Reads a row's RAG basis and tolerance, band, headline figure and no-change threshold, reporting
 * each cell that cannot be used (a warning: the indicator is still shown, rated by default).
 * @example readComparatorRowSettings(row, issues) // { settings: { rag: { kind: "target" } } }
 */
export function readComparatorRowSettings(
  input: ComparatorRow,
  issues: IssueSink
): { settings?: IndicatorSettings | undefined; band?: Band | undefined } {
  const { grid, header, row } = input;
  const at = (role: ReadRole) => header.columns[role];
  const warn = (role: ReadRole, detail: string) => {
    const column = at(role);
    if (column !== undefined)
      issues.push(cellIssue(grid, "warning", "BAD_INDICATOR_SETTING", row, column, detail));
  };
  // A word cell: blank is no choice; a word that names nothing is a warning and no choice.
  const wordAt = <T>(role: ReadRole, read: (text: string) => Calc<T>): T | undefined => {
    const column = at(role);
    if (column === undefined) return undefined;
    const text = shownCell(cellAt(grid, row, column));
    if (text === "") return undefined;
    const word = read(text);
    if (word.ok) return word.value;
    warn(role, word.error.detail);
    return undefined;
  };

  const band = readBand(input, issues);
  const type = wordAt("toleranceType", readToleranceType);
  const tolerance = readToleranceAt(input, type, warn);
  const choice = wordAt("ragBasis", readRagBasisChoice);
  const rag = ragFor(input, choice, tolerance, band, warn);

  const settings: {
    rag?: RagBasis;
    headline?: HeadlineFigure;
    noChangeThreshold?: number;
  } = {};
  if (rag !== undefined) settings.rag = rag;
  const headline = wordAt("headline", readHeadlineFigure);
  if (headline !== undefined) settings.headline = headline;
  const noChange = unitValueAt(input, "noChangeThreshold", issues);
  if (noChange !== undefined) settings.noChangeThreshold = noChange;

  return { settings: Object.keys(settings).length > 0 ? settings : undefined, band };
}

function readToleranceAt(
  input: ComparatorRow,
  type: ToleranceType | undefined,
  warn: (role: ReadRole, detail: string) => void
): Tolerance | undefined {
  const column = input.header.columns.tolerance;
  if (column === undefined) return undefined;
  const reading = readCell(
    cellAt(input.grid, input.row, column),
    formatAt(input.grid, input.row, column)
  );
  const tolerance = readTolerance(reading, type, input.indicator.def.unit === "percent");
  if (tolerance.ok) return tolerance.value ?? undefined;
  warn("tolerance", `${tolerance.error.detail} The default tolerance is used.`);
  return undefined;
}

function ragFor(
  input: ComparatorRow,
  choice: RagBasisChoice | undefined,
  tolerance: Tolerance | undefined,
  band: Band | undefined,
  warn: (role: ReadRole, detail: string) => void
): RagBasis | undefined {
  const def = input.indicator.def;
  if (choice === undefined && tolerance === undefined) return undefined;
  const where: ReadRole = choice !== undefined ? "ragBasis" : "tolerance";
  if (def.polarity === "context") {
    warn(
      where,
      `${def.name} is shown for context and never rated, so its RAG setting is not used.`
    );
    return undefined;
  }
  const chosen = choice ?? input.defaultBasis ?? defaultChoice(def, input.comparators, band);
  if (chosen === undefined) {
    warn(
      "tolerance",
      `${def.name} has a tolerance but nothing to rate against; set a RAG basis or give a comparator.`
    );
    return undefined;
  }
  if (choice !== undefined) checkBasisHasFigure(input, choice, band, warn);
  if (chosen === "quartile" && tolerance !== undefined)
    warn(
      "tolerance",
      `${def.name} is rated by its quartile among authorities, which has no tolerance, so the tolerance is not used.`
    );
  return ragBasisFor(chosen, tolerance);
}

function defaultChoice(
  def: IndicatorDef,
  comparators: ComparatorValues,
  band: Band | undefined
): RagBasisChoice | undefined {
  const basis = defaultRagBasis(band === undefined ? def : { ...def, band }, comparators);
  if (basis === null) return undefined;
  return basis.kind === "comparator" ? basis.comparator : basis.kind;
}

function checkBasisHasFigure(
  input: ComparatorRow,
  choice: RagBasisChoice,
  band: Band | undefined,
  warn: (role: ReadRole, detail: string) => void
): void {
  const def = input.indicator.def;
  if (choice === "band") {
    if (band === undefined && def.band === undefined)
      warn(
        "ragBasis",
        `${def.name} is rated against a band, but no Band low and Band high are given.`
      );
    return;
  }
  if (choice === "lastYear") return;
  if (choice === "quartile") {
    if (def.polarity === "range")
      warn(
        "ragBasis",
        `${def.name} is rated by quartile, but neither higher nor lower is better for it, so a quartile says nothing of merit and it will show as not rated.`
      );
    return;
  }
  const value = input.comparators[choice];
  if (value === undefined || value === null) {
    warn(
      "ragBasis",
      `${def.name} is rated against ${COLUMN_LABELS[choice]}, but this row gives no ${COLUMN_LABELS[choice]} figure, so it will show as not rated.`
    );
  }
}

function readBand(input: ComparatorRow, issues: IssueSink): Band | undefined {
  const { header, grid, row } = input;
  const low = unitValueAt(input, "bandLow", issues);
  const high = unitValueAt(input, "bandHigh", issues);
  const lowColumn = header.columns.bandLow;
  const highColumn = header.columns.bandHigh;
  if (low !== undefined && high !== undefined) {
    if (low <= high) return { low, high };
    issues.push(
      cellIssue(
        grid,
        "warning",
        "BAD_INDICATOR_SETTING",
        row,
        lowColumn ?? 0,
        `The band low (${low}) is above the band high (${high}), so the band is not used.`
      )
    );
    return undefined;
  }
  const [given, column] = low !== undefined ? ["low", lowColumn] : ["high", highColumn];
  if ((low !== undefined || high !== undefined) && column !== undefined) {
    issues.push(
      cellIssue(
        grid,
        "warning",
        "BAD_INDICATOR_SETTING",
        row,
        column,
        `Only the band ${given} is given; a band needs both Band low and Band high, so it is not used.`
      )
    );
  }
  return undefined;
}

function unitValueAt(
  input: ComparatorRow,
  role: "bandLow" | "bandHigh" | "noChangeThreshold",
  issues: IssueSink
): number | undefined {
  const column = input.header.columns[role];
  if (column === undefined) return undefined;
  const { grid, row } = input;
  const reading = readCell(cellAt(grid, row, column), formatAt(grid, row, column));
  const outcome = readUnitValue(reading, input.indicator.def, COLUMN_LABELS[role].toLowerCase());
  if (outcome.kind === "value") return outcome.value;
  if (outcome.kind === "problem")
    issues.push(cellIssue(grid, outcome.severity, outcome.code, row, column, outcome.detail));
  return undefined;
}
