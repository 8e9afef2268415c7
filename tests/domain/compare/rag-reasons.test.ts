import fc from "fast-check";
import type { ComparatorKind } from "../../../src/domain/compare/comparator";
import {
  rateIndicator,
  WITHHELD_FIGURE_REASON,
  type RagBasis,
  type RatedFigure,
} from "../../../src/domain/compare/rag";
import { WITHHELD } from "../../../src/domain/format/suppression";
import { INDICATORS } from "../../../src/domain/indicators/indicator-catalogue";
import { formatMonthLong, monthKey } from "../../../src/domain/period/month";

type State = "present" | "withheld" | "missing";
const STATES: readonly State[] = ["present", "withheld", "missing"];
const COMPARATORS: readonly ComparatorKind[] = [
  "target",
  "statNeighbours",
  "england",
  "region",
  "lastYear",
];

/** The comparator's missing figure as the reason must name it. */
const MISSING: Readonly<Record<ComparatorKind, string>> = {
  target: "Not rated: no target figure.",
  statNeighbours: "Not rated: no statistical neighbours figure.",
  england: "Not rated: no England figure.",
  region: "Not rated: no regional figure.",
  lastYear: "Not rated: no figure for the same month last year.",
};

const basisOf = (kind: ComparatorKind): RagBasis =>
  kind === "target" ? { kind: "target" } : { kind: "comparator", comparator: kind };

describe("why a rating is not given (issue 12)", () => {
  const def = INDICATORS.rereferral_pct;
  const month = monthKey(2015, 5);

  it("says the figure is withheld before anything else, and quotes no number", () => {
    const rag = rateIndicator(WITHHELD, def, { england: 22.6 }, basisOf("region"), { month });
    expect(rag).toMatchObject({ rating: "Not rated", reason: WITHHELD_FIGURE_REASON });
    expect(WITHHELD_FIGURE_REASON).toBe("Not rated: the figure is withheld (small numbers).");
  });

  it("names the month with no figure, even when the comparator is missing too", () => {
    expect(rateIndicator(null, def, {}, undefined, { month }).reason).toBe(
      "Not rated: no figure for May 2015."
    );
    expect(rateIndicator(null, def, {}, basisOf("region"), { month }).reason).toBe(
      "Not rated: no figure for May 2015."
    );
  });

  it("names the comparator with no figure when there is a value", () => {
    expect(rateIndicator(20, def, { england: 22 }, basisOf("statNeighbours")).reason).toBe(
      "Not rated: no statistical neighbours figure."
    );
  });

  it("names the cause for every combination of value, comparator and basis", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STATES),
        fc.constantFrom(...STATES),
        fc.constantFrom(...COMPARATORS),
        // Values at the indicator's one decimal, as a reason prints them, so a leak shows.
        fc.integer({ min: 101, max: 999 }).map((n) => n / 10),
        fc.integer({ min: 101, max: 999 }).map((n) => n / 10),
        fc.integer({ min: 2000, max: 2040 }),
        fc.integer({ min: 1, max: 12 }),
        (valueState, comparatorState, kind, value, line, year, m) => {
          const at = monthKey(year, m);
          const rated: RatedFigure =
            valueState === "present" ? value : valueState === "withheld" ? WITHHELD : null;
          // A withheld comparator still arrives with its number: the rating must not print it.
          const comparators = comparatorState === "missing" ? {} : { [kind]: line };
          const withheld: ComparatorKind[] = comparatorState === "withheld" ? [kind] : [];
          const rag = rateIndicator(rated, def, comparators, basisOf(kind), {
            month: at,
            withheld,
          });
          const lineText = line.toFixed(1);
          if (valueState === "withheld") {
            expect(rag.reason).toBe(WITHHELD_FIGURE_REASON);
            expect(rag.reason).not.toMatch(/\d/);
          } else if (valueState === "missing") {
            expect(rag.reason).toBe(`Not rated: no figure for ${formatMonthLong(at)}.`);
          } else if (comparatorState === "missing") {
            expect(rag.reason).toBe(MISSING[kind]);
          } else if (comparatorState === "withheld") {
            expect(rag.rating).toBe("Not rated");
            expect(rag.reason).toMatch(/^Not rated: the .* is withheld \(small numbers\)\.$/);
            expect(rag.reason).not.toContain(lineText);
          } else {
            expect(rag.rating).not.toBe("Not rated");
            expect(rag.reason).toContain(lineText);
          }
          if (rag.rating === "Not rated") expect(rag.reason).not.toContain(value.toFixed(1));
        }
      )
    );
  });

  it("says the figure is withheld first whatever the basis, a quartile or a band among them", () => {
    const bases: RagBasis[] = [
      { kind: "quartile" },
      { kind: "quartile", among: { kind: "figures", values: [10, 20, 30], yearLabel: "2024/25" } },
      { kind: "band" },
    ];
    for (const basis of bases)
      expect(rateIndicator(WITHHELD, def, { england: 22 }, basis, { month }).reason).toBe(
        WITHHELD_FIGURE_REASON
      );
  });
});

describe("rating by quartile among all authorities", () => {
  const def = INDICATORS.rereferral_pct; // lower is better
  const among = {
    kind: "figures",
    values: [10, 15, 20, 25, 30, 35, 40],
    yearLabel: "2024/25",
  } as const;

  it("rates the place among the authorities' figures, with its short form", () => {
    const rag = rateIndicator(22, def, {}, { kind: "quartile", among });
    expect(rag.rating).toBe("Green");
    expect(rag.reason).toBe(
      "22.0% would rank 4th of 8 authorities in 2024/25, in the second quartile (1 is best)."
    );
    expect(rag.summary).toBe("2nd quartile, rank 4 of 8 (2024/25)");
    expect(rateIndicator(32, def, {}, { kind: "quartile", among }).rating).toBe("Amber");
    expect(rateIndicator(45, def, {}, { kind: "quartile", among }).rating).toBe("Red");
  });

  it("says why it cannot rank: no figures given, or the refresh's reason", () => {
    expect(rateIndicator(22, def, {}, { kind: "quartile" }).reason).toBe(
      "Not rated: there are no other authorities' figures to rank against."
    );
    const none = { kind: "none", reason: "no Benchmark authority is chosen" } as const;
    const rag = rateIndicator(22, def, {}, { kind: "quartile", among: none });
    expect(rag).toMatchObject({
      rating: "Not rated",
      reason: "Not rated: no Benchmark authority is chosen.",
    });
    expect(rag.summary).toBeUndefined();
  });
});
