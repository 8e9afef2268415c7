import {
  catalogueWithCustom,
  type CustomIndicatorSpec,
} from "../../../src/domain/indicators/custom-indicator";
import type { ComparatorsReading } from "../../../src/sheet/comparators/comparators-reading";
import type { RagBasisChoice } from "../../../src/sheet/comparators/rag-basis-choice";
import {
  readComparatorsSheet,
  type ComparatorsSheetOptions,
} from "../../../src/sheet/comparators/read-comparators-sheet";
import { fixtureGrid, loadFixtures, matchExpected, summarise } from "./sheet-fixture";

type Expected = Omit<ComparatorsReading, "issues">;

function optionsOf(raw: Record<string, unknown> | undefined): ComparatorsSheetOptions {
  if (raw === undefined) return {};
  const specs = (raw.customIndicators ?? []) as CustomIndicatorSpec[];
  const catalogue = catalogueWithCustom(specs);
  if (!catalogue.ok) throw new Error(catalogue.error.detail);
  return {
    catalogue: catalogue.value,
    ...(raw.defaultBasis === undefined ? {} : { defaultBasis: raw.defaultBasis as RagBasisChoice }),
  };
}

describe("the comparators sheet's golden fixtures", () => {
  const fixtures = loadFixtures<Expected>("comparators");

  it("has fixtures to check", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(3);
  });

  it.each(fixtures.map((fixture) => [fixture.description, fixture] as const))(
    "%s",
    (_description, fixture) => {
      const { issues, ...reading } = readComparatorsSheet(
        fixtureGrid(fixture),
        optionsOf(fixture.options)
      );
      matchExpected(fixture, reading, issues);
    }
  );
});

describe("reading the comparators sheet", () => {
  const sheet = "CSC Comparators";

  it("reads nothing and reports nothing from an empty sheet", () => {
    expect(readComparatorsSheet({ sheet, values: [] })).toEqual({
      comparators: {},
      indicatorSettings: {},
      bands: {},
      years: {},
      issues: [],
    });
    expect(readComparatorsSheet({ sheet, values: [["", null]] }).issues).toEqual([]);
  });

  it("reports a sheet without a header at its first filled cell", () => {
    const { issues } = readComparatorsSheet({
      sheet,
      values: [[""], ["", "rereferral_pct", 22.6]],
    });
    expect(summarise(issues)).toEqual([
      { code: "NO_COMPARATOR_HEADER", severity: "warning", cell: "B2" },
    ]);
  });

  it("finds an indicator by its name whatever the punctuation, and suggests the nearest id for a typo", () => {
    const { comparators, issues } = readComparatorsSheet({
      sheet,
      values: [
        ["Indicator", "England"],
        ["RE-REFERRALS WITHIN 12 MONTHS*", 22.6],
        ["rereferal_pct", 22.6],
      ],
    });
    expect(comparators).toEqual({ rereferral_pct: { england: 22.6 } });
    expect(issues[0]?.message).toContain("Did you mean rereferral_pct");
  });

  it("does not rate a context indicator, and says a tolerance with nothing to rate against is unused", () => {
    const { indicatorSettings, issues } = readComparatorsSheet({
      sheet,
      values: [
        ["Indicator", "Target", "Tolerance", "RAG basis"],
        ["lac_per10k", 60, "5%", "target"],
        ["rereferral_pct", "", "5%", ""],
      ],
    });
    expect(indicatorSettings).toEqual({});
    expect(summarise(issues)).toEqual([
      { code: "BAD_INDICATOR_SETTING", severity: "warning", cell: "D2" },
      { code: "BAD_INDICATOR_SETTING", severity: "warning", cell: "C3" },
    ]);
  });

  it("refuses a band whose low edge is above its high edge", () => {
    const { bands, issues } = readComparatorsSheet({
      sheet,
      values: [
        ["Indicator", "Band low", "Band high"],
        ["cpp_repeat_pct", 15, 10],
      ],
    });
    expect(bands).toEqual({});
    expect(summarise(issues)).toEqual([
      { code: "BAD_INDICATOR_SETTING", severity: "warning", cell: "B2" },
    ]);
  });

  it("reads a no-change threshold in the indicator's unit", () => {
    const { indicatorSettings } = readComparatorsSheet({
      sheet,
      values: [
        ["Indicator", "No change threshold"],
        ["rereferral_pct", "0.5%"],
      ],
    });
    expect(indicatorSettings).toEqual({ rereferral_pct: { noChangeThreshold: 0.5 } });
  });

  it("takes a benchmark's year from its heading, for the figures a row gives", () => {
    const { years, issues } = readComparatorsSheet({
      sheet,
      values: [
        ["Indicator", "Target", "SN average 2013-14", "England 2014/15", "Region"],
        ["rereferral_pct", 20, 23.6, 24.2, 22.9],
        ["referral_nfa_pct", "", "", 13.8, ""],
      ],
    });
    expect(years).toEqual({
      rereferral_pct: { statNeighbours: "2013/14", england: "2014/15" },
      referral_nfa_pct: { england: "2014/15" },
    });
    expect(issues).toEqual([]);
  });

  it("lets a row's Benchmark year stand for all its benchmarks, and says when a cell names no year", () => {
    const { years, comparators, issues } = readComparatorsSheet({
      sheet,
      values: [
        ["Indicator", "Target", "Stat neighbours", "England 2014/15", "Benchmark year"],
        ["rereferral_pct", 20, 23.6, 24.2, "2013-2014"],
        ["referral_nfa_pct", 12, 12.1, 13.8, 2015],
        ["cpp_repeat_pct", "", 15.6, 16.6, "last year's"],
        ["cpp_open_2yrs_pct", "", 3.7, 2.3, "2014/13"],
      ],
    });
    expect(years).toEqual({
      rereferral_pct: { statNeighbours: "2013/14", england: "2013/14" },
      referral_nfa_pct: { statNeighbours: "2015", england: "2015" },
      cpp_repeat_pct: { england: "2014/15" },
      cpp_open_2yrs_pct: { england: "2014/15" },
    });
    expect(comparators.cpp_repeat_pct).toEqual({ statNeighbours: 15.6, england: 16.6 });
    expect(summarise(issues)).toEqual([
      { code: "BAD_INDICATOR_SETTING", severity: "warning", cell: "E4" },
      { code: "BAD_INDICATOR_SETTING", severity: "warning", cell: "E5" },
    ]);
  });
});
