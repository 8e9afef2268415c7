import { formatNumber } from "../format/format-number";
import { INDICATORS, type IndicatorCatalogue } from "../indicators/indicator-catalogue";
import { MEASURES } from "../measures/measure-catalogue";
import type { MeasureDef, MeasureId } from "../measures/measure-def";
import { formatMonthLong, type MonthKey } from "../period/month";
import { headingKey } from "../text/heading-key";
import { joinWords } from "../text/join-words";
import { cellRuns } from "./cell-runs";
import { inferDecimals, isReportedPercent, type ReportedFigure } from "./reported-figure";

/** Where a finding finds the names of indicators and measures the analyst gave no label for. */
export interface FigureNames {
  readonly catalogue: IndicatorCatalogue;
  readonly measures: Readonly<Record<MeasureId, MeasureDef>>;
  /** The analyst's label of each measure's line, as the data sheet reader found it. */
  readonly labels?: ReadonlyMap<MeasureId, string>;
}

/** The built-in names, for callers that reconcile against the built-in catalogue. */
export const BUILT_IN_NAMES: FigureNames = { catalogue: INDICATORS, measures: MEASURES };

/** How a figure's kind is written when its line's label does not say. */
const KIND_WORDS: Readonly<Record<ReportedFigure["kind"], string>> = {
  percentMonth: "% Mnth",
  percentYtd: "% YTD",
  ytd: "YTD",
  total: "Total",
};

/** Words a label may hold and still say only which kind of figure it is, not of what. */
const KIND_ONLY_WORDS = new Set([
  "%",
  "percent",
  "percentage",
  "pct",
  "mnth",
  "month",
  "monthly",
  "ytd",
  "year",
  "to",
  "date",
  "in",
  "the",
]);

/**
 * What a reported figure is, in the analyst's words: the label of its line when that names it
 * ("Re-referrals within 12 months"), else the label (or the kind) and the indicator's or measure's
 * name ("% YTD of contacts progressing to referral", "YTD of Refs"). Never a catalogue id, unless
 * the id is all there is (an indicator the catalogue does not have).
 * @example figureWhat({ kind: "percentYtd", indicator: "contacts_to_referral_pct", month, value: 30.1, label: "% YTD" }) // "% YTD of contacts progressing to referral"
 * @example figureWhat({ kind: "ytd", measure: "referrals", month, value: 753, label: "Refs" }) // "YTD of Refs"
 */
export function figureWhat(figure: ReportedFigure, names: FigureNames = BUILT_IN_NAMES): string {
  const label = figure.label?.trim() ?? "";
  if (!isReportedPercent(figure)) {
    const name = names.measures[figure.measure]?.name;
    const measure = label !== "" ? label : name !== undefined ? lowerFirst(name) : figure.measure;
    return `${KIND_WORDS[figure.kind]} of ${measure}`;
  }
  const ytd = figure.kind === "percentYtd";
  if (label !== "" && !isKindOnly(label))
    return ytd && !saysYearToDate(label) ? `${label} (YTD)` : label;
  const kind = label !== "" && saysYearToDate(label) === ytd ? label : KIND_WORDS[figure.kind];
  const name = names.catalogue[figure.indicator]?.name ?? figure.indicator;
  return `${kind} of ${lowerFirst(name)}`;
}

/**
 * How findings name one reported figure: what it is, its month in the long style, and its cell.
 * @example describeFigure({ kind: "ytd", measure: "referrals", month: monthKey(2015, 12), value: 1999, cell: "AC4" }) // "YTD of referrals for December 2015 (AC4)"
 */
export function describeFigure(
  figure: ReportedFigure,
  names: FigureNames = BUILT_IN_NAMES
): string {
  const where = figure.cell === undefined ? "" : ` (${figure.cell})`;
  return `${figureWhat(figure, names)} for ${formatMonthLong(figure.month)}${where}`;
}

/**
 * A reported figure's own value as the sheet shows it, with "%" for a percentage.
 * @example reportedNumber({ kind: "percentMonth", indicator: "x", month, value: 33.9 }) // "33.9%"
 */
export function reportedNumber(figure: ReportedFigure): string {
  const text = formatNumber(figure.value, figure.decimals ?? inferDecimals(figure.value));
  return isReportedPercent(figure) ? `${text}%` : text;
}

/**
 * A recomputed value as a finding quotes it beside the reported one: at the figure's decimals, and
 * at least one for a percentage, so 36.5 is not shown as 37.
 * @example recomputedNumber({ kind: "percentMonth", indicator: "x", month, value: 34 }, 36.50587) // "36.5%"
 */
export function recomputedNumber(figure: ReportedFigure, value: number): string {
  const decimals = figure.decimals ?? inferDecimals(figure.value);
  if (!isReportedPercent(figure)) return formatNumber(value, decimals);
  return `${formatNumber(value, Math.max(decimals, 1))}%`;
}

/**
 * The label the analyst gave a measure's line (as read, else from the counts' own reported
 * figures), else the measure's name: what an explanation calls the count it would correct.
 * @example countLabel("referrals", [{ kind: "ytd", measure: "referrals", month, value: 753, label: "Refs" }]) // "Refs"
 */
export function countLabel(
  measure: MeasureId,
  reported: readonly ReportedFigure[],
  names: FigureNames = BUILT_IN_NAMES
): string {
  const read = names.labels?.get(measure)?.trim() ?? "";
  if (read !== "") return read;
  for (const figure of reported) {
    if (isReportedPercent(figure) || figure.measure !== measure) continue;
    const label = figure.label?.trim() ?? "";
    if (label !== "") return label;
  }
  return names.measures[measure]?.name ?? measure;
}

/** The month a run of figures covers, as a note says it: "for May 2014", "in 12 months from …". */
export function monthsPhrase(months: readonly MonthKey[]): string {
  const sorted = [...new Set(months)].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return "";
  if (sorted.length === 1) return `for ${formatMonthLong(first)}`;
  return `in ${sorted.length} months from ${formatMonthLong(first)} to ${formatMonthLong(last)}`;
}

/**
 * Several reported figures named once each: grouped by what they are, each group with the months
 * it covers and its cells as ranges, so twelve months of one line read as one phrase.
 * @example describeFigures([mayPercent, ...elevenYtds]) // "% Mnth of contacts progressing to referral for May 2014 (M7) and % YTD of contacts progressing to referral in 10 months from May 2014 to March 2015 (M8:N8, P8:W8)"
 */
export function describeFigures(
  figures: readonly ReportedFigure[],
  names: FigureNames = BUILT_IN_NAMES
): string {
  const groups = new Map<string, ReportedFigure[]>();
  for (const figure of figures) {
    const what = figureWhat(figure, names);
    const group = groups.get(what) ?? [];
    group.push(figure);
    groups.set(what, group);
  }
  const parts = [...groups].map(([what, group]) => {
    const cells = group.flatMap((f) => (f.cell === undefined ? [] : [f.cell]));
    const where = cells.length === 0 ? "" : ` (${cellRuns(cells)})`;
    return `${what} ${monthsPhrase(group.map((f) => f.month))}${where}`;
  });
  return joinWords(parts);
}

function isKindOnly(label: string): boolean {
  const words = headingKey(label).split(" ");
  return words.every((word) => KIND_ONLY_WORDS.has(word));
}

function saysYearToDate(label: string): boolean {
  const key = headingKey(label);
  return /\bytd\b/.test(key) || key.includes("year to date");
}

/** "Contacts progressing …" → "contacts progressing …", but "LAC rate" stays as written. */
function lowerFirst(name: string): string {
  return /^\p{Lu}\p{Ll}/u.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}
