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
});
