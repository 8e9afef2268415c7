import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readDataSheet } from "../../../src/sheet/data-sheet/read-data-sheet";
import { expectedOf, optionsOf, type GoldenFixture } from "./golden-fixture";

// Each fixture is a grid as a host gives it beside what the reader must make of it. After a
// deliberate change of behaviour, `UPDATE_GOLDEN=1 npx jest tests/sheet/data-sheet/golden` rewrites
// the expectations; review the diff as you would a code change.
const FOLDER = path.resolve(__dirname, "../../fixtures/sheet/data");
const FILES = readdirSync(FOLDER).filter((f) => f.endsWith(".json"));

describe("the data sheet reader against its golden fixtures", () => {
  it("has fixtures to check", () => {
    expect(FILES.length).toBeGreaterThanOrEqual(5);
  });

  it.each(FILES)("reads %s as expected", (file) => {
    const location = path.join(FOLDER, file);
    const fixture = JSON.parse(readFileSync(location, "utf8")) as GoldenFixture;
    const actual = expectedOf(readDataSheet(fixture.grid, optionsOf(fixture.options)));
    if (process.env.UPDATE_GOLDEN === "1") {
      writeFileSync(location, `${JSON.stringify({ ...fixture, expected: actual }, null, 2)}\n`);
      return;
    }
    expect(fixture.expected).toBeDefined();
    expect(actual).toEqual(fixture.expected);
  });
});
