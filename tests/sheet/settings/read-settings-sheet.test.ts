import { formatMonthIso } from "../../../src/domain/period/month";
import { readSettingsSheet } from "../../../src/sheet/settings/read-settings-sheet";
import type { SettingsReading } from "../../../src/sheet/settings/settings-reading";
import { fixtureGrid, loadFixtures, matchExpected } from "../comparators/sheet-fixture";

interface Expected {
  readonly settings: Record<string, unknown>;
  readonly customIndicators: SettingsReading["customIndicators"];
  readonly aliases: Readonly<Record<string, string>>;
}

/** The reading as a golden file writes it: months as "2015-05", aliases as an object. */
function asWritten(reading: SettingsReading): Expected {
  const { reportingMonth, ...settings } = reading.settings;
  return {
    settings: {
      ...settings,
      ...(reportingMonth === undefined ? {} : { reportingMonth: formatMonthIso(reportingMonth) }),
    },
    customIndicators: reading.customIndicators,
    aliases: Object.fromEntries(reading.aliases),
  };
}

describe("the settings sheet's golden fixtures", () => {
  const fixtures = loadFixtures<Expected>("settings");

  it("has fixtures to check", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(4);
  });

  it.each(fixtures.map((fixture) => [fixture.description, fixture] as const))(
    "%s",
    (_description, fixture) => {
      const reading = readSettingsSheet(fixtureGrid(fixture));
      matchExpected(fixture, asWritten(reading), reading.issues);
    }
  );
});
