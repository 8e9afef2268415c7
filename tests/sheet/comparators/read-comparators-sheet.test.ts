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
import { fixtureGrid, loadFixtures, sortByCell, summarise } from "./sheet-fixture";

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
      const reading = readComparatorsSheet(fixtureGrid(fixture), optionsOf(fixture.options));
      const { issues, ...expected } = fixture.expected;
      expect({
        comparators: reading.comparators,
        indicatorSettings: reading.indicatorSettings,
        bands: reading.bands,
      }).toEqual(expected);
      expect(summarise(reading.issues)).toEqual(sortByCell(issues));
    }
  );
});
