import type { MeasureId } from "../../domain/measures/measure-def";
import type { MonthKey } from "../../domain/period/month";
import { parseMonthLabel } from "../../domain/period/parse-month";
import { readCell } from "../../domain/cell/read-cell";
import { monthCellKind, serialsRunMonthly } from "./month-header-cell";
import type { MeasureLookup } from "./measure-lookup";
import { summaryHeaderOf } from "./summary-header";
import type { TableLayout } from "./table-layout";

/** What one line below the header is, before its values are read. */
export type LineKind =
  | { readonly kind: "blank" }
  /** The header repeated for a stacked table; `matches` when it names the same months. */
  | { readonly kind: "subheader"; readonly matches: boolean }
  | (Labelled & {
      readonly kind: "percent";
      readonly percentKind: "percentMonth" | "percentYtd";
      readonly measure: MeasureId | undefined;
    })
  | (Labelled & { readonly kind: "summary" })
  | (Labelled & { readonly kind: "measure"; readonly measure: MeasureId })
  | (Labelled & { readonly kind: "unknown" });

interface Labelled {
  readonly label: string;
  /** A1 address of the label, or of the first value when the line has no label. */
  readonly labelCell: string;
  readonly hasValues: boolean;
}

const PERCENT_LABEL = /^\s*(%|percentage\b|percent\b|pct\b)/i;

/**
 * Classifies a line: blank, a repeated header, printed percentages (a "%" label, a "% Mnth" or
 * "% YTD" header, or values that are all percentages), a total of other lines, a measure the label
 * names, or an unknown label. A line has values when a month or summary cell holds anything but
 * text, so titles and notes between tables are not mistaken for data.
 * @example lineKind(layout, 3, lookup) // { kind: "measure", measure: "referrals", … }
 */
export function lineKind(layout: TableLayout, line: number, lookup: MeasureLookup): LineKind {
  const { view, labelAt, header } = layout;
  if (isRepeatedHeader(layout, line))
    return { kind: "subheader", matches: sameMonths(layout, line) };
  let hasValues = false;
  let numbers = 0;
  let percents = 0;
  let firstValue = -1;
  const visit = (position: number) => {
    const reading = readCell(view.cell(line, position), view.format(line, position));
    if (reading.kind === "blank" || reading.kind === "text") return;
    hasValues = true;
    if (firstValue < 0 || position < firstValue) firstValue = position;
    if (reading.kind === "number") {
      numbers++;
      if (reading.percent) percents++;
    }
  };
  for (const { position } of header.months) visit(position);
  for (const { position } of header.summaries) visit(position);
  const labelCell = labelAt === null ? null : view.cell(line, labelAt);
  const label = labelCell === null || labelCell === "" ? "" : String(labelCell).trim();
  if (label === "" && !hasValues) return { kind: "blank" };
  const where = view.address(line, label === "" || labelAt === null ? firstValue : labelAt);
  const base = { label, labelCell: where, hasValues };
  const summary = summaryHeaderOf(label);
  const measure = label === "" ? undefined : lookup.find(label);
  if (summary?.kind === "percentMonth" || summary?.kind === "percentYtd") {
    return { ...base, kind: "percent", percentKind: summary.kind, measure };
  }
  if (PERCENT_LABEL.test(label) || (numbers > 0 && percents === numbers)) {
    return { ...base, kind: "percent", percentKind: "percentMonth", measure };
  }
  if (summary !== null) return { ...base, kind: "summary" };
  if (measure !== undefined) return { ...base, kind: "measure", measure };
  return { ...base, kind: "unknown" };
}

function isRepeatedHeader(layout: TableLayout, line: number): boolean {
  const { view, header, serialsAreMonths } = layout;
  const formatsKnown = view.grid.numberFormats !== undefined;
  let named = 0;
  const serials: MonthKey[] = [];
  for (const { position } of header.months) {
    const cell = view.cell(line, position);
    const kind = monthCellKind(cell, view.format(line, position), formatsKnown);
    if (kind === "serial") {
      const month = serialsAreMonths ? parseMonthLabel(cell) : null;
      if (month?.ok) serials.push(month.value);
    } else if (kind !== null) named++;
  }
  const found = named + (serialsRunMonthly(serials) ? serials.length : 0);
  return found >= Math.min(2, header.months.length);
}

function sameMonths(layout: TableLayout, line: number): boolean {
  const { view, header } = layout;
  return header.months.every(({ position, month }) => {
    const parsed = parseMonthLabel(view.cell(line, position), header.monthOptions);
    return parsed.ok && parsed.value === month;
  });
}
