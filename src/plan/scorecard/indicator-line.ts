import { distanceToBand } from "../../domain/compare/band";
import { COMPARATOR_LABELS, type ComparatorKind } from "../../domain/compare/comparator";
import {
  isWithheld,
  SUPPRESSED_SYMBOL,
  WITHHELD,
  type Withheld,
} from "../../domain/format/suppression";
import type { PublishedFigure } from "../../domain/indicators/figure";
import { SECTION_LABELS } from "../../domain/indicators/indicator-def";
import type { ScorecardRow } from "../../domain/scorecard/compute-scorecard";
import { capitalise } from "../../domain/text/capitalise";
import { directionLabel } from "../direction-label";
import type { ReconciliationTally } from "../indicator-reconciliation";
import {
  cellNumber,
  GENERAL_FORMAT,
  publishedDecimals,
  RELATIVE_VARIANCE_FORMAT,
  scorecardDecimals,
  TEXT_FORMAT,
  UNIT_LABELS,
  valueFormat,
  varianceFormat,
} from "../number-formats";
import type { PlanCell } from "../plan-types";
import { againstBasis } from "./against-basis";
import { bandLabel } from "./band-label";
import { countsLabel } from "./counts-label";
import { isFlow, isMonthEnd, monthsIn, type KindOf } from "./month-end";
import { scorecardNote } from "./scorecard-note";
import { COLUMN_COUNT, SCORECARD_COLUMNS, type ScorecardColumnKey } from "./scorecard-columns";

/** What a line needs besides its row: the measures' kinds, reconciliation, benchmark years. */
export interface LineContext {
  readonly kindOf: KindOf;
  readonly tally?: ReconciliationTally | undefined;
  /** The row's benchmarks from another year than their column's ("England 2013/14."). */
  readonly benchmarkNote?: string | undefined;
}

/** One table row: a value and a number format per column, in the columns' order. */
export interface Line {
  readonly values: PlanCell[];
  readonly formats: string[];
}

type Cell = readonly [PlanCell, string];

const WITHHELD_CELL: Cell = [SUPPRESSED_SYMBOL, TEXT_FORMAT];
const BLANK: Cell = ["", GENERAL_FORMAT];

/**
 * A rolling figure that rests on fewer than 12 months of data is marked with an asterisk after the
 * number (a number format, so the cell stays a number for formulas); the note says on how many.
 */
export const PART_YEAR_MARK = " *";

/**
 * The scorecard's line for one indicator: its figures at the scorecard's precision (month-end
 * counts have no quarter so far, year to date or rolling 12 months, only flows a forecast), the
 * counts behind the month, directions against last month and last year, the comparators as published, how the rated figure stands against its basis, the rating and a note; then, off the
 * printed page, the unit, basis, numeric variances, section and id for formulas and filters.
 * @example indicatorLine(row, context).values[0] // "Re-referrals within 12 months"
 */
export function indicatorLine(row: ScorecardRow, context: LineContext): Line {
  const def = row.def;
  const decimals = scorecardDecimals(def);
  const number = valueFormat(def.unit, decimals);
  const monthEnd = isMonthEnd(def, context.kindOf);
  const figure = (f: PublishedFigure | null, format = number): Cell => {
    if (f !== null && isWithheld(f)) return WITHHELD_CELL;
    if (f === null || f.value === null) return ["", format];
    return [cellNumber(f.value, def.unit), format];
  };
  const rollingMarked = !monthEnd && !isWithheld(row.rolling12) && row.rolling12.incomplete;
  const comparator = (kind: ComparatorKind): Cell => {
    const c = row.comparisons.find((x) => x.comparator === kind);
    if (c === undefined) return BLANK;
    return [cellNumber(c.value, def.unit), valueFormat(def.unit, publishedDecimals(c.value))];
  };
  const variances = ragVariance(row);
  const cells: Record<ScorecardColumnKey, Cell> = {
    indicator: [def.name, TEXT_FORMAT],
    latest: figure(row.value),
    counts: [countsLabel(row.value, def.unit, isFlow(def, context.kindOf)), TEXT_FORMAT],
    previous: figure(row.previous),
    direction: [directionLabel(row, "previous"), TEXT_FORMAT],
    lastYear: figure(row.sameMonthLastYear),
    directionLastYear: [directionLabel(row, "lastYear"), TEXT_FORMAT],
    // A month-end count has no quarter so far, as it has no year to date: it would repeat the month.
    quarter: monthEnd ? BLANK : figure(row.quarter),
    ytd: monthEnd ? BLANK : figure(row.ytd),
    rolling12: monthEnd
      ? BLANK
      : figure(row.rolling12, rollingMarked ? `${number}"${PART_YEAR_MARK}"` : number),
    forecast: row.forecast === null ? BLANK : figure(row.forecast),
    target: comparator("target"),
    statNeighbours: comparator("statNeighbours"),
    england: comparator("england"),
    region: comparator("region"),
    against: [againstBasis(row), TEXT_FORMAT],
    rag: [row.rag.rating, TEXT_FORMAT],
    note: [
      scorecardNote(row, {
        tally: context.tally,
        partYear: rollingMarked ? partYearMonths(row.rolling12) : null,
        benchmarks: context.benchmarkNote,
        kindOf: context.kindOf,
      }),
      TEXT_FORMAT,
    ],
    unit: [UNIT_LABELS[def.unit], TEXT_FORMAT],
    ratedAgainst: [ratedAgainst(row), TEXT_FORMAT],
    variance: isWithheld(variances)
      ? WITHHELD_CELL
      : variances[0] === null
        ? BLANK
        : [variances[0], varianceFormat(def.unit, decimals)],
    variancePct: isWithheld(variances)
      ? WITHHELD_CELL
      : variances[1] === null
        ? BLANK
        : [variances[1], RELATIVE_VARIANCE_FORMAT],
    section: [SECTION_LABELS[def.section] ?? def.section, TEXT_FORMAT],
    id: [row.id, TEXT_FORMAT],
  };
  const ordered = SCORECARD_COLUMNS.map((c) => cells[c.key]);
  if (ordered.length !== COLUMN_COUNT) throw new Error("every column has a cell");
  return { values: ordered.map(([v]) => v), formats: ordered.map(([, f]) => f) };
}

/** The months of data a rolling figure adds up, out of its 12. */
function partYearMonths(figure: PublishedFigure): number {
  return monthsIn(figure.window) - figure.missingMonths.length;
}

/** The variance against whatever the RAG rating was judged on, in the unit and relative. */
function ragVariance(row: ScorecardRow): [number | null, number | null] | Withheld {
  if (isWithheld(row.headline)) return WITHHELD;
  const basis = row.rag.basis;
  const headline = row.headline.value;
  if (basis === null || headline === null) return [null, null];
  if (basis.kind === "band") {
    return row.def.band === undefined
      ? [null, null]
      : [distanceToBand(headline, row.def.band), null];
  }
  if (basis.kind === "quartile") return [null, null];
  const kind: ComparatorKind = basis.kind === "target" ? "target" : basis.comparator;
  const c = row.comparisons.find((x) => x.comparator === kind);
  if (c === undefined) return [null, null];
  if (isWithheld(c.variance)) return WITHHELD;
  return [c.variance.absolute, c.variance.relative];
}

/** What the rating is judged on, in words: "Target", "Band 450–650 per 10,000". */
function ratedAgainst(row: ScorecardRow): string {
  const basis = row.rag.basis;
  if (basis === null) return "";
  if (basis.kind === "target") return "Target";
  if (basis.kind === "band") {
    const band = row.def.band;
    return band === undefined ? "Band" : `Band ${bandLabel(band, row.def.unit)}`;
  }
  if (basis.kind === "quartile") return "Quartile among authorities";
  return capitalise(COMPARATOR_LABELS[basis.comparator]);
}
