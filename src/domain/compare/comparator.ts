/** What an indicator's value can be compared with. `lastYear` is the same month a year earlier. */
export type ComparatorKind = "target" | "statNeighbours" | "england" | "region" | "lastYear";

/** Comparator values for one indicator, in the indicator's unit (percent as 0–100). */
export type ComparatorValues = Readonly<Partial<Record<ComparatorKind, number | null>>>;

/** Comparators in the order a scorecard shows them. */
export const COMPARATOR_KINDS: readonly ComparatorKind[] = [
  "target",
  "statNeighbours",
  "england",
  "region",
  "lastYear",
];

/** How reason sentences name each comparator ("worse than statistical neighbours (23.6%)"). */
export const COMPARATOR_LABELS: Readonly<Record<ComparatorKind, string>> = {
  target: "target",
  statNeighbours: "statistical neighbours",
  england: "England",
  region: "the region",
  lastYear: "the same month last year",
};
