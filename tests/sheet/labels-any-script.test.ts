import fc from "fast-check";
import { defineCustomIndicator } from "../../src/domain/indicators/custom-indicator";
import { findIndicator } from "../../src/domain/indicators/find-indicator";
import { INDICATORS } from "../../src/domain/indicators/indicator-catalogue";
import { MEASURES } from "../../src/domain/measures/measure-catalogue";
import { measureIdForLabel, normaliseMeasureLabel } from "../../src/domain/measures/measure-label";
import {
  comparatorColumnRole,
  COMPARATOR_COLUMNS,
} from "../../src/sheet/comparators/comparator-columns";
import { indicatorLookup } from "../../src/sheet/comparators/indicator-lookup";
import { readComparatorsSheet } from "../../src/sheet/comparators/read-comparators-sheet";
import { measureLookup } from "../../src/sheet/data-sheet/measure-lookup";
import { readDataSheet } from "../../src/sheet/data-sheet/read-data-sheet";
import { readSettingsSheet } from "../../src/sheet/settings/read-settings-sheet";
import { settingKeyOf } from "../../src/sheet/settings/setting-keys";
import { SETTINGS } from "../../src/sheet/settings/workbook-settings";

/** Words with no Latin letter or digit, as analysts in any language may label a row. */
const NON_LATIN = [
  "إحالات",
  "الإحالات",
  "הפניות",
  "转介",
  "照会",
  "निर्देश",
  "Направления",
  "🙂",
  "👩‍👧",
  "⚠️",
  "—",
  "…",
  "§",
];

const label = fc.oneof(
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 }),
  fc.constantFrom(...NON_LATIN),
  fc
    .tuple(fc.constantFrom(...NON_LATIN), fc.constantFrom(...NON_LATIN))
    .map(([a, b]) => `${a} ${b}`)
);

/** The names of Object.prototype, and texts that look like ids: none is a catalogue entry. */
const PROTOTYPE_NAMES = [...Object.getOwnPropertyNames(Object.prototype), "__proto__", "prototype"];
const anyKey = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.constantFrom(...PROTOTYPE_NAMES),
  fc.constantFrom(...Object.keys(INDICATORS), ...Object.keys(MEASURES)),
  fc.constantFrom(...PROTOTYPE_NAMES).map((name) => name.toUpperCase())
);

describe("row labels in any script", () => {
  it("never lets a label capture a row it does not name", () => {
    fc.assert(
      fc.property(label, label, (alias, other) => {
        const reading = readDataSheet(
          {
            sheet: "CSC Data",
            values: [
              ["", "Apr-15", "May-15"],
              [alias, 1, 2],
              [other, 3, 4],
            ],
          },
          { extraAliases: new Map([[alias, "contacts"]]) }
        );
        const aliasRow = reading.rows.find((r) => r.cell === "A2");
        const otherRow = reading.rows.find((r) => r.cell === "A3");
        if (aliasRow?.role === "measure") expect(aliasRow.measure).toBe("contacts");
        const same = normaliseMeasureLabel(other) === normaliseMeasureLabel(alias);
        if (otherRow?.measure === "contacts")
          expect(same || measureIdForLabel(other) === "contacts").toBe(true);
        if (!same && measureIdForLabel(other) === undefined && otherRow !== undefined)
          expect(otherRow.measure).toBeNull();
      }),
      { numRuns: 500 }
    );
  });

  it("reads two aliases in scripts without Latin letters as two aliases, not one given twice", () => {
    fc.assert(
      fc.property(fc.constantFrom(...NON_LATIN), fc.constantFrom(...NON_LATIN), (a, b) => {
        fc.pre(a !== b);
        const reading = readSettingsSheet({
          sheet: "CSC Settings",
          values: [
            ["Alias", a, "contacts"],
            ["Alias", b, "referrals"],
          ],
        });
        expect(reading.issues).toEqual([]);
        expect([...reading.aliases]).toEqual([
          [a, "contacts"],
          [b, "referrals"],
        ]);
      })
    );
  });

  it("reads an Arabic alias's row into its measure and an emoji-labelled row as unknown", () => {
    const reading = readDataSheet(
      {
        sheet: "CSC Data",
        values: [
          ["", "Apr-15", "May-15"],
          ["إحالات", 319, 416],
          ["🙂", 1, 2],
          ["הפניות", 3, 4],
        ],
      },
      { extraAliases: new Map([["إحالات", "referrals"]]) }
    );
    expect([...(reading.data.get("referrals")?.values() ?? [])]).toEqual([319, 416]);
    expect(reading.issues.filter((i) => i.code === "UNKNOWN_MEASURE").map((i) => i.cell)).toEqual([
      "A3",
      "A4",
    ]);
  });
});

describe("ids such as constructor or __proto__", () => {
  it("find nothing in any catalogue lookup unless they are a real id", () => {
    const lookup = measureLookup(MEASURES);
    const indicator = indicatorLookup(INDICATORS);
    fc.assert(
      fc.property(anyKey, (key) => {
        const measure = measureIdForLabel(key);
        if (measure !== undefined) expect(Object.hasOwn(MEASURES, measure)).toBe(true);
        const found = lookup.find(key);
        if (found !== undefined) expect(Object.hasOwn(MEASURES, found)).toBe(true);
        const match = indicator(key, false);
        if (match.found) expect(Object.hasOwn(INDICATORS, match.indicator.id)).toBe(true);
        const byName = findIndicator(key, INDICATORS, false);
        if (byName.ok) expect(Object.hasOwn(INDICATORS, byName.value.id)).toBe(true);
        const setting = settingKeyOf(key);
        if (setting !== undefined) expect(Object.hasOwn(SETTINGS, setting)).toBe(true);
        const role = comparatorColumnRole(key);
        if (role !== undefined) expect(Object.hasOwn(COMPARATOR_COLUMNS, role)).toBe(true);
        if (PROTOTYPE_NAMES.includes(key))
          expect([measure, found, match.found, byName.ok, setting, role]).toEqual([
            undefined,
            undefined,
            false,
            false,
            undefined,
            undefined,
          ]);
      }),
      { numRuns: 1000 }
    );
  });

  it("are unknown indicators on the comparators sheet, and its readings inherit nothing", () => {
    const reading = readComparatorsSheet({
      sheet: "CSC Comparators",
      values: [["Indicator", "England"], ...PROTOTYPE_NAMES.map((name) => [name, 5])],
    });
    expect(reading.issues.map((i) => i.code)).toEqual(
      PROTOTYPE_NAMES.map(() => "UNKNOWN_INDICATOR")
    );
    for (const name of PROTOTYPE_NAMES) {
      expect(reading.comparators[name]).toBeUndefined();
      expect(reading.indicatorSettings[name]).toBeUndefined();
      expect(reading.bands[name]).toBeUndefined();
    }
  });

  it("can be an own indicator's id, found as any other", () => {
    const defined = defineCustomIndicator({
      id: "constructor",
      kind: "rate",
      numerator: "referrals",
    });
    expect(defined.ok).toBe(true);
    if (!defined.ok) return;
    const catalogue = { ...INDICATORS, constructor: defined.value.def };
    const reading = readComparatorsSheet(
      {
        sheet: "CSC Comparators",
        values: [
          ["Indicator", "England"],
          ["constructor", 5],
        ],
      },
      { catalogue }
    );
    expect(reading.issues).toEqual([]);
    expect(reading.comparators["constructor"]).toEqual({ england: 5 });
  });
});
