import fc from "fast-check";
import { readSettingsSheet } from "../../../src/sheet/settings/read-settings-sheet";
import type { RawCell } from "../../../src/sheet/grid";
import { summarise } from "../comparators/sheet-fixture";

const sheet = "CSC Settings";
const read = (values: RawCell[][]) => readSettingsSheet({ sheet, values });

/** Settings an analyst writes, as key spellings beside a value and what it reads as. */
const SETTINGS = [
  {
    keys: ["Local authority", "LA", "Council"],
    value: "Croydon",
    read: { localAuthority: "Croydon" },
  },
  {
    keys: ["Population", "Child population", "Population 0-17"],
    value: "45,000",
    read: { population: 45000 },
  },
  { keys: ["FY start", "Financial year start month"], value: "April", read: { fyStartMonth: 4 } },
  { keys: ["Data sheet"], value: "Monthly data", read: { dataSheet: "Monthly data" } },
  { keys: ["No change threshold"], value: "0.5", read: { noChangeThreshold: 0.5 } },
] as const;

/** One setting's row in each of the forms analysts write: two cells (with spacers between), or one. */
const written = fc
  .record({
    setting: fc.constantFrom(...SETTINGS),
    key: fc.nat(),
    form: fc.constantFrom("two cells", "spacer between", "one cell", "one cell, colon spaced"),
    indent: fc.nat(2),
    upper: fc.boolean(),
  })
  .map(({ setting, key, form, indent, upper }) => {
    const name = setting.keys[key % setting.keys.length] ?? setting.keys[0];
    const shown = upper ? name.toUpperCase() : name;
    const cells: RawCell[] =
      form === "two cells"
        ? [shown, setting.value]
        : form === "spacer between"
          ? [`${shown}:`, "", setting.value]
          : form === "one cell"
            ? [`${shown}: ${setting.value}`]
            : [`${shown} :  ${setting.value}`];
    return { setting, row: [...Array<RawCell>(indent).fill(""), ...cells] };
  });

describe("reading settings in the forms analysts write them", () => {
  it("reads a key and value in two cells, with spacers between, or as Key: value in one cell", () => {
    fc.assert(
      fc.property(written, ({ setting, row }) => {
        const reading = read([row]);
        expect(reading.issues).toEqual([]);
        expect(reading.settings).toMatchObject(setting.read);
      })
    );
  });

  it("reads an alias written Alias | label | measure or Alias: label | measure", () => {
    const reading = read([
      ["Alias", "Refs in month", "referrals"],
      ["Alias: Contacts (CRS)", "contacts"],
      ["Alias", "", "Open CIN", "", "cin"],
    ]);
    expect(reading.issues).toEqual([]);
    expect([...reading.aliases]).toEqual([
      ["Refs in month", "referrals"],
      ["Contacts (CRS)", "contacts"],
      ["Open CIN", "cin"],
    ]);
  });

  it("reports an inline value that cannot be used at the cell holding it", () => {
    const reading = read([["Population: many"], ["Alias: Refs in month"]]);
    expect(summarise(reading.issues)).toEqual([
      { code: "BAD_SETTING_VALUE", severity: "error", cell: "A1" },
      { code: "BAD_SETTING_VALUE", severity: "error", cell: "A2" },
    ]);
    const at = (cell: string) => reading.issues.find((i) => i.cell === cell)?.message;
    expect(at("A1")).toMatch(/Population: many is not a population aged 0–17/);
    expect(at("A2")).toMatch(/needs the measure id it stands for in the next cell \(B2\)/);
  });

  it("reports a setting in any other form, saying which forms are read", () => {
    const reading = read([
      ["Population = 45000"],
      ["Local authority - Croydon"],
      ["Reportng month: May 2015"],
      ["Reportng month", "May 2015"],
    ]);
    expect(summarise(reading.issues)).toEqual([
      { code: "BAD_SETTING_VALUE", severity: "error", cell: "A1" },
      { code: "BAD_SETTING_VALUE", severity: "error", cell: "A2" },
      { code: "UNKNOWN_SETTING", severity: "warning", cell: "A3" },
      { code: "UNKNOWN_SETTING", severity: "warning", cell: "A4" },
    ]);
    for (const issue of reading.issues) expect(issue.message).toMatch(/Population: 45000/);
    expect(reading.issues.find((i) => i.cell === "A3")?.message).toMatch(
      /Did you mean Reporting month/
    );
    expect(reading.settings.population).toBeUndefined();
  });

  it("passes over notes and titles, colons and all", () => {
    const reading = read([["Scorecard settings"], ["Note: figures for May are provisional"]]);
    expect(reading.issues).toEqual([]);
  });

  it("takes a population as a whole number of at least 1, as a Population row must be", () => {
    const reading = read([["Population", 45000.5]]);
    expect(summarise(reading.issues)).toEqual([
      { code: "BAD_SETTING_VALUE", severity: "error", cell: "B1" },
    ]);
    expect(reading.issues[0]?.message).toMatch(/whole number of at least 1/);
  });
});
