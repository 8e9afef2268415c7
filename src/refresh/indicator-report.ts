import type { ComparatorKind, ComparatorValues } from "../domain/compare/comparator";
import type { Direction } from "../domain/compare/direction-of-travel";
import type { Rag, RagRating } from "../domain/compare/rag";
import { isWithheld, type Withheld } from "../domain/format/suppression";
import type { PublishedFigure } from "../domain/indicators/figure";
import type { IndicatorCatalogue } from "../domain/indicators/indicator-catalogue";
import type { IndicatorDef, PolarityKind, Unit } from "../domain/indicators/indicator-def";
import type { Scorecard } from "../domain/scorecard/compute-scorecard";

/** Direction of travel against the previous month, in a report's words. */
export type ReportDirection = "improving" | "worsening" | "same";

/** A rating in a report's words; an indicator that is not rated has none. */
export type ReportRag = "red" | "amber" | "green";

/**
 * What a rating was judged against, so a host can name it beside the figure: a band has no
 * comparator figure, and a quartile ranks among every authority rather than against one figure.
 */
export type ReportBasis =
  | { readonly kind: "target" }
  | { readonly kind: "comparator"; readonly comparator: Exclude<ComparatorKind, "target"> }
  | { readonly kind: "band"; readonly low: number; readonly high: number }
  /** `summary`: the rating's short form ("2nd quartile, rank 73 of 153 (2024/25)"), if ranked. */
  | { readonly kind: "quartile"; readonly summary: string | null };

/**
 * One indicator as a report lists it (the command's JSON, the task pane's list of Reds): plain
 * numbers, unrounded, percentages in percent units (22.6 means 22.6%). A figure that cannot be
 * computed, or that disclosure control withholds, is `null`: a report never carries a withheld
 * number, and the rating and direction of a withheld figure are null with it.
 */
export interface IndicatorReport {
  readonly id: string;
  readonly name: string;
  readonly unit: Unit;
  readonly polarity: PolarityKind;
  /** Decimal places to show the figures with (they are not rounded here). */
  readonly decimals: number;
  /** The reporting month's figure. */
  readonly value: number | null;
  /** The previous month's figure. */
  readonly previous: number | null;
  readonly ytd: number | null;
  readonly rolling12: number | null;
  /** Against the previous month; null when not comparable or withheld. */
  readonly direction: ReportDirection | null;
  readonly comparators: {
    readonly target: number | null;
    readonly statisticalNeighbours: number | null;
    readonly england: number | null;
    readonly region: number | null;
  };
  readonly rag: ReportRag | null;
  /** Why it is rated as it is, or why it is not rated. */
  readonly reason: string | null;
  /** What it was (or would be) judged against; null when there is nothing to judge it by. */
  readonly basis: ReportBasis | null;
}

const RAG_WORDS: Readonly<Record<RagRating, ReportRag | null>> = {
  Red: "red",
  Amber: "amber",
  Green: "green",
  "Not rated": null,
};

const DIRECTION_WORDS: Readonly<Record<Direction, ReportDirection | null>> = {
  Improving: "improving",
  Worsening: "worsening",
  "No change": "same",
  "Not comparable": null,
};

/**
 * Every indicator of the catalogue as a report lists it, in catalogue order: the scorecard's rows
 * as the engine published them (disclosure control already applied), and an indicator the engine
 * could not compute at all with null figures and its error as the reason. Comparators come from
 * the comparators sheet, so an indicator with no value still shows what it would be judged against.
 * @example indicatorReport(scorecard, INDICATORS, { rereferral_pct: { england: 22.3 } }).find((r) => r.rag === "red")?.id // "rereferral_pct"
 */
export function indicatorReport(
  scorecard: Pick<Scorecard, "rows" | "failures">,
  catalogue: IndicatorCatalogue,
  comparators: Readonly<Record<string, ComparatorValues>> = {}
): IndicatorReport[] {
  const rows = new Map(scorecard.rows.map((row) => [row.id, row]));
  const failures = new Map(scorecard.failures.map((failure) => [failure.id, failure.error]));
  const report: IndicatorReport[] = [];
  for (const [id, def] of Object.entries(catalogue)) {
    const row = rows.get(id);
    const failure = failures.get(id);
    if (row === undefined && failure === undefined) continue;
    const given = comparators[id] ?? {};
    const base = {
      id,
      name: def.name,
      unit: def.unit,
      polarity: def.polarity,
      decimals: def.decimals,
      comparators: {
        target: numberOrNull(given.target),
        statisticalNeighbours: numberOrNull(given.statNeighbours),
        england: numberOrNull(given.england),
        region: numberOrNull(given.region),
      },
    };
    if (row === undefined) {
      report.push({
        ...base,
        value: null,
        previous: null,
        ytd: null,
        rolling12: null,
        direction: null,
        rag: null,
        reason: failure?.detail ?? null,
        basis: null,
      });
      continue;
    }
    report.push({
      ...base,
      value: shownValue(row.value),
      previous: shownValue(row.previous),
      ytd: shownValue(row.ytd),
      rolling12: shownValue(row.rolling12),
      direction: directionWord(row.directionVsPrevious),
      rag: RAG_WORDS[row.rag.rating],
      reason: row.rag.reason,
      basis: reportBasis(row.rag, def),
    });
  }
  return report;
}

/** The basis a rating used, without the figures a quartile ranked among (a report stays small). */
function reportBasis(rag: Rag, def: IndicatorDef): ReportBasis | null {
  const basis = rag.basis;
  if (basis === null) return null;
  switch (basis.kind) {
    case "target":
      return { kind: "target" };
    case "comparator":
      return basis.comparator === "target"
        ? { kind: "target" }
        : { kind: "comparator", comparator: basis.comparator };
    case "band":
      return def.band === undefined
        ? null
        : { kind: "band", low: def.band.low, high: def.band.high };
    case "quartile":
      return { kind: "quartile", summary: rag.summary ?? null };
  }
}

/** The number a published figure shows: none when withheld or not computable. */
function shownValue(figure: PublishedFigure): number | null {
  return figure.kind === "withheld" ? null : figure.value;
}

function directionWord(direction: Direction | Withheld): ReportDirection | null {
  return isWithheld(direction) ? null : DIRECTION_WORDS[direction];
}

function numberOrNull(value: number | null | undefined): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}
