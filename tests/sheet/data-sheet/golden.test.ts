import { readFileSync } from "node:fs";
import path from "node:path";
import { readDataSheet } from "../../../src/sheet/data-sheet/read-data-sheet";
import { fixtureFiles, matchGolden } from "../../support/golden";
import { expectedOf, optionsOf, type GoldenFixture } from "./golden-fixture";

// Each fixture is a grid as a host gives it beside what the reader must make of it. A new fixture
// is written as its grid and options alone; `UPDATE_GOLDEN=1 npm test -- tests/sheet/data-sheet`
// fills in (or, after a deliberate change, rewrites) its "expected": review that diff as code.
const FILES = fixtureFiles(path.resolve(__dirname, "../../fixtures/sheet/data"));

describe("the data sheet reader against its golden fixtures", () => {
  it("has fixtures to check", () => {
    expect(FILES.length).toBeGreaterThanOrEqual(5);
  });

  it.each(FILES.map((file) => [path.basename(file), file] as const))(
    "reads %s as expected",
    (_name, file) => {
      const fixture = JSON.parse(readFileSync(file, "utf8")) as GoldenFixture;
      const actual = expectedOf(readDataSheet(fixture.grid, optionsOf(fixture.options)));
      matchGolden(file, actual, { property: "expected" });
    }
  );
});
