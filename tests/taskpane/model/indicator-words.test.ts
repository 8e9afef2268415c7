import fc from "fast-check";
import { bandLabel } from "../../../src/domain/format/band-text";
import type { Unit } from "../../../src/domain/indicators/indicator-def";
import type { IndicatorReport, ReportBasis } from "../../../src/refresh/indicator-report";
import { comparatorWords, shownFigure } from "../../../src/taskpane/model/indicator-words";
import { RED } from "../components/pane-fixtures";

const figure = fc.option(fc.double({ min: 0, max: 2000, noNaN: true }), { nil: null });

const units = fc.constantFrom<Unit>("percent", "per10k", "days", "ratio", "count");

const basis: fc.Arbitrary<ReportBasis> = fc.oneof(
  fc.constant<ReportBasis>({ kind: "target" }),
  fc
    .constantFrom("statNeighbours", "england", "region", "lastYear" as const)
    .map((comparator): ReportBasis => ({ kind: "comparator", comparator })),
  fc
    .tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 1000 }))
    .map(([low, width]): ReportBasis => ({ kind: "band", low, high: low + width })),
  fc
    .option(
      fc.constantFrom(
        "2nd quartile, rank 73 of 153 (2024/25)",
        "4th quartile, rank 150 of 153 (2024/25)"
      ),
      {
        nil: null,
      }
    )
    .map((summary): ReportBasis => ({ kind: "quartile", summary }))
);

/** A Red indicator with any figures, any comparators (or none) and the basis given. */
const report = fc
  .record({
    basis,
    unit: units,
    value: figure,
    target: figure,
    statisticalNeighbours: figure,
    england: figure,
    region: figure,
  })
  .map(({ basis, unit, value, ...comparators }): IndicatorReport => ({
    ...RED,
    unit,
    value,
    comparators,
    basis,
  }));

/** The words that must name each basis, whatever the other comparators are. */
function basisNamed(indicator: IndicatorReport, basis: ReportBasis): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  switch (basis.kind) {
    case "target":
      return /^against target/;
    case "comparator":
      return {
        statNeighbours: /^against stat neighbours/,
        england: /^against England/,
        region: /^against region/,
        lastYear: /^against the same month last year/,
      }[basis.comparator];
    case "band":
      return new RegExp(
        `^(above|below|inside|against) the ${escape(bandLabel(basis, indicator.unit))} band`
      );
    case "quartile":
      return basis.summary === null
        ? /^by quartile among all authorities/
        : new RegExp(`^${escape(basis.summary)} among all authorities`);
  }
}

describe("the words an indicator's line gives for what it is judged against", () => {
  it("name the basis first, whatever it is, and never say there is no comparator", () => {
    fc.assert(
      fc.property(report, (indicator) => {
        const words = comparatorWords(indicator);
        const { basis } = indicator;
        if (basis === null) throw new Error("the arbitrary always gives a basis");
        expect(words).toMatch(basisNamed(indicator, basis));
        expect(words).not.toMatch(/no comparator/);
      })
    );
  });

  it("give the basis comparator's figure, or say it has none", () => {
    fc.assert(
      fc.property(report, (indicator) => {
        const { basis } = indicator;
        if (basis?.kind !== "target") return;
        const words = comparatorWords(indicator);
        const target = indicator.comparators.target;
        expect(words).toMatch(
          target === null
            ? /^against target, which has no figure/
            : `against target ${shownFigure(target, indicator)}`
        );
      })
    );
  });

  it("say where a figure lies against its band", () => {
    const looked: IndicatorReport = {
      ...RED,
      id: "cla_rate",
      unit: "per10k",
      decimals: 1,
      comparators: { target: null, statisticalNeighbours: null, england: null, region: null },
      basis: { kind: "band", low: 450, high: 650 },
    };
    expect(comparatorWords({ ...looked, value: 705.4 })).toBe("above the 450–650 per 10,000 band");
    expect(comparatorWords({ ...looked, value: 401 })).toBe("below the 450–650 per 10,000 band");
    expect(comparatorWords({ ...looked, value: 500 })).toBe("inside the 450–650 per 10,000 band");
    expect(comparatorWords({ ...looked, value: null })).toBe("against the 450–650 per 10,000 band");
  });

  it("list the other comparators after the basis, the basis once", () => {
    expect(comparatorWords(RED)).toBe("against target 20.0% (also stat neighbours 23.6%)");
    expect(
      comparatorWords({ ...RED, basis: { kind: "comparator", comparator: "statNeighbours" } })
    ).toBe("against stat neighbours 23.6% (also target 20.0%)");
  });

  it("say there is nothing to judge by only when there is no basis and no comparator", () => {
    const none = { target: null, statisticalNeighbours: null, england: null, region: null };
    expect(comparatorWords({ ...RED, comparators: none, basis: null })).toBe(
      "no target or comparator"
    );
    expect(comparatorWords({ ...RED, basis: null })).toBe("target 20.0%, stat neighbours 23.6%");
  });
});
