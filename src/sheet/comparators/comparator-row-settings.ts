import type { ComparatorValues } from "../../domain/compare/comparator";
import { defaultRagBasis, type RagBasis, type Tolerance } from "../../domain/compare/rag";
import type { FoundIndicator } from "../../domain/indicators/find-indicator";
import type { Band, IndicatorDef } from "../../domain/indicators/indicator-def";
import type { HeadlineFigure, IndicatorSettings } from "../../domain/scorecard/scorecard-settings";
import { readFiniteCell } from "./finite-cell";
import { cellAt, formatAt, type Grid } from "../grid";
import type { SheetIssue } from "../sheet-issue";
import { cellIssue, shownCell } from "./cell-issue";
import { COLUMN_LABELS, type ComparatorColumnRole } from "./comparator-columns";
import type { ComparatorsHeader } from "./comparators-header";
import { readUnitValue } from "./comparator-value";
import { parseHeadlineFigure } from "./headline-choice";
import {
  parseRagBasisChoice,
  RAG_BASIS_WORDS,
  ragBasisFor,
  type RagBasisChoice,
} from "./rag-basis-choice";
import { parseToleranceType, readTolerance, type ToleranceType } from "./tolerance-cell";

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

type SettingRole = Exclude<ComparatorColumnRole, "indicator" | "notes">;

/**
 * Reads a row's RAG basis and tolerance, band, headline figure and no-change threshold, reporting
 * each cell that cannot be used (a warning: the indicator is still shown, rated by default).
 * @example readComparatorRowSettings(row, issues) // { settings: { rag: { kind: "target" } } }
 */
export function readComparatorRowSettings(
  input: ComparatorRow,
  issues: SheetIssue[]
): { settings?: IndicatorSettings | undefined; band?: Band | undefined } {
  const { grid, header, row } = input;
  const at = (role: SettingRole) => header.columns[role];
  const warn = (role: SettingRole, detail: string) => {
    const column = at(role);
    if (column !== undefined)
      issues.push(cellIssue(grid, "warning", "BAD_INDICATOR_SETTING", row, column, detail));
  };
  const textOf = (role: SettingRole): string | undefined => {
    const column = at(role);
    if (column === undefined) return undefined;
    const text = shownCell(cellAt(grid, row, column));
    return text === "" ? undefined : text;
  };

  const band = readBand(input, issues);
  const type = readType(textOf("toleranceType"), warn);
  const tolerance = readToleranceAt(input, type, warn);
  const basisText = textOf("ragBasis");
  const choice = basisText === undefined ? undefined : parseRagBasisChoice(basisText);
  if (basisText !== undefined && choice === undefined) {
    warn("ragBasis", `"${basisText}" is not a RAG basis; write ${RAG_BASIS_WORDS}.`);
  }
  const rag = ragFor(input, choice, tolerance, band, warn);

  const settings: {
    rag?: RagBasis;
    headline?: HeadlineFigure;
    noChangeThreshold?: number;
  } = {};
  if (rag !== undefined) settings.rag = rag;
  const headlineText = textOf("headline");
  if (headlineText !== undefined) {
    const headline = parseHeadlineFigure(headlineText);
    if (headline === undefined)
      warn(
        "headline",
        `"${headlineText}" is not a figure to rate; write month, YTD or rolling 12.`
      );
    else settings.headline = headline;
  }
  const noChange = unitValueAt(input, "noChangeThreshold", issues);
  if (noChange !== undefined) settings.noChangeThreshold = noChange;

  return { settings: Object.keys(settings).length > 0 ? settings : undefined, band };
}

function readType(
  text: string | undefined,
  warn: (role: SettingRole, detail: string) => void
): ToleranceType | undefined {
  if (text === undefined) return undefined;
  const type = parseToleranceType(text);
  if (type === undefined)
    warn(
      "toleranceType",
      `"${text}" is not a tolerance type; write relative (%) or absolute (points).`
    );
  return type;
}

function readToleranceAt(
  input: ComparatorRow,
  type: ToleranceType | undefined,
  warn: (role: SettingRole, detail: string) => void
): Tolerance | undefined {
  const column = input.header.columns.tolerance;
  if (column === undefined) return undefined;
  const reading = readFiniteCell(
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
  warn: (role: SettingRole, detail: string) => void
): RagBasis | undefined {
  const def = input.indicator.def;
  if (choice === undefined && tolerance === undefined) return undefined;
  const where: SettingRole = choice !== undefined ? "ragBasis" : "tolerance";
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
  warn: (role: SettingRole, detail: string) => void
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
  const value = input.comparators[choice];
  if (value === undefined || value === null) {
    warn(
      "ragBasis",
      `${def.name} is rated against ${COLUMN_LABELS[choice]}, but this row gives no ${COLUMN_LABELS[choice]} figure, so it will show as not rated.`
    );
  }
}

function readBand(input: ComparatorRow, issues: SheetIssue[]): Band | undefined {
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
  issues: SheetIssue[]
): number | undefined {
  const column = input.header.columns[role];
  if (column === undefined) return undefined;
  const { grid, row } = input;
  const reading = readFiniteCell(cellAt(grid, row, column), formatAt(grid, row, column));
  const outcome = readUnitValue(reading, input.indicator.def, COLUMN_LABELS[role].toLowerCase());
  if (outcome.kind === "value") return outcome.value;
  if (outcome.kind === "problem")
    issues.push(cellIssue(grid, outcome.severity, outcome.code, row, column, outcome.detail));
  return undefined;
}
