import type { CustomIndicatorSpec } from "../../domain/indicators/custom-indicator";
import { INDICATORS, type IndicatorCatalogue } from "../../domain/indicators/indicator-catalogue";
import { MEASURES } from "../../domain/measures/measure-catalogue";
import type { MeasureDef, MeasureId } from "../../domain/measures/measure-def";
import { gridAddress } from "../a1";
import { cellIssue } from "../cell/cell-issue";
import { vocabulary } from "../../domain/text/vocabulary";
import { formatAt, type Grid, type RawCell } from "../grid";
import { issueList } from "../issue-list";
import { aliasCollector, type AliasCollector } from "./alias-collector";
import { APPLY_ORDER, applySetting } from "./apply-setting";
import { readCustomIndicatorSection } from "./custom-indicator-section";
import { settingsSection } from "./section-heading";
import { SETTING_LABELS, suggestSettingKeys } from "./setting-keys";
import { SETTING_FORMS, settingRow } from "./setting-row";
import type { SettingsReading } from "./settings-reading";
import { filledCells } from "./sheet-rows";
import { withDefaults, type GatheredSettings, type ValueKey } from "./workbook-settings";

export interface SettingsSheetOptions {
  /** The catalogue custom indicators are added to; the built-in one unless told. */
  readonly catalogue?: IndicatorCatalogue;
  /** The measures aliases and custom indicators may name; the built-in ones unless told. */
  readonly measures?: Readonly<Record<MeasureId, MeasureDef>>;
}

/** Rows that head the key/value table ("Setting | Value") or an alias section ("Label | Measure id"). */
const HEADINGS = vocabulary({
  settings: ["setting", "settings", "key", "name", "option"],
  aliases: ["label", "row label", "alias", "your label", "analyst label"],
});

/**
 * Reads the settings sheet: keys and their values in the forms analysts write them (see
 * `settingRow`: key | value, "Key: value", "Alias" rows; case and punctuation of keys never
 * matter; see SETTINGS_TABLE), and sections headed "Aliases" (label | measure id) and "Own
 * indicators" (id | name | kind | numerator | denominator | polarity | section | decimals), each
 * ending at a blank row. Anything not set keeps its default; every value that cannot be used is an
 * error at its cell, and the default stands in for it; a setting in no form it reads is an issue
 * that says which forms are read.
 * @example readSettingsSheet({ sheet: "CSC Settings", values: [["Local authority", "Croydon"], ["FY start", "April"]] }).settings
 * // { fyStartMonth: 4, suppression: { enabled: false, threshold: 5 }, dataSheet: "CSC Data", localAuthority: "Croydon" }
 */
export function readSettingsSheet(grid: Grid, options: SettingsSheetOptions = {}): SettingsReading {
  const issues = issueList();
  const measures = options.measures ?? MEASURES;
  const aliases = aliasCollector(grid, issues, measures);
  const customIndicators: CustomIndicatorSpec[] = [];
  // Each section's indicators join the catalogue the next section is checked against, so an id
  // repeated in a second section fails at its cell, and nothing needs checking again later.
  let catalogue = options.catalogue ?? INDICATORS;
  const entries = new Map<
    ValueKey,
    { row: number; column: number; cell: RawCell; format: string }
  >();
  const isHeading = (row: number) =>
    settingsSection(filledCells(grid, row).map((cell) => cell.text)) !== undefined;
  const rows = grid.values.length;

  for (let row = 0; row < rows; row++) {
    const cells = filledCells(grid, row);
    if (cells.length === 0) continue;
    const section = settingsSection(cells.map((cell) => cell.text));
    if (section === "aliases") {
      row = readAliasSection(grid, row + 1, isHeading, aliases.add) - 1;
      continue;
    }
    if (section === "indicators") {
      const read = readCustomIndicatorSection(
        { grid, issues, catalogue, measures, isHeading },
        row + 1
      );
      for (const spec of read.specs) customIndicators.push(spec);
      catalogue = read.catalogue;
      row = read.next - 1;
      continue;
    }
    if (section === "settings") continue;

    const setting = settingRow(cells);
    switch (setting.kind) {
      case "note":
        continue;
      case "unknown": {
        const { keyCell } = setting;
        if (HEADINGS.lookup(keyCell.text) === "settings") continue;
        // A "did you mean" is costly: only for the keys listed one by one.
        const hint = issues.lists("UNKNOWN_SETTING") ? suggestSettingKeys(setting.key) : [];
        issues.push(
          cellIssue(
            grid,
            "warning",
            "UNKNOWN_SETTING",
            row,
            keyCell.column,
            `"${setting.key}" is not a setting, so it is ignored.${hint.length > 0 ? ` Did you mean ${hint.join(", ")}?` : ""} To be read, ${SETTING_FORMS}`
          )
        );
        continue;
      }
      case "misformed":
        issues.push(
          cellIssue(
            grid,
            "error",
            "BAD_SETTING_VALUE",
            row,
            setting.keyCell.column,
            `"${setting.keyCell.text}" is not a form settings are read in, so ${SETTING_LABELS[setting.key]} is not set from it; ${SETTING_FORMS}`
          )
        );
        continue;
      case "alias":
        if (setting.label === undefined) continue;
        aliases.add(row, setting.label, setting.measure, setting.measureColumn);
        continue;
      case "value": {
        const { key, keyCell, value } = setting;
        const earlier = entries.get(key);
        if (earlier !== undefined) {
          issues.push(
            cellIssue(
              grid,
              "error",
              "DUPLICATE_SETTING",
              row,
              keyCell.column,
              `${SETTING_LABELS[key]} is already set in ${gridAddress(grid, earlier.row, earlier.column)}; this row is not used.`
            )
          );
          continue;
        }
        entries.set(key, {
          row,
          column: value.column,
          cell: value.cell,
          format: value.inline ? "General" : formatAt(grid, row, value.column),
        });
      }
    }
  }

  const gathered: GatheredSettings = {};
  for (const key of APPLY_ORDER) {
    const at = entries.get(key);
    if (at === undefined) continue;
    const { cell } = at;
    if (cell === null || (typeof cell === "string" && cell.trim() === "")) continue;
    const applied = applySetting(gathered, key, cell, at.format);
    if (!applied.ok) {
      issues.push(
        cellIssue(
          grid,
          "error",
          "BAD_SETTING_VALUE",
          at.row,
          at.column,
          `${SETTING_LABELS[key]}: ${applied.error.detail} The default is used.`
        )
      );
    }
  }
  return {
    settings: withDefaults(gathered),
    customIndicators,
    catalogue,
    aliases: aliases.aliases,
    issues: issues.issues(),
    cells: Object.fromEntries(
      [...entries].map(([key, at]) => [key, gridAddress(grid, at.row, at.column)])
    ),
  };
}

function readAliasSection(
  grid: Grid,
  start: number,
  isHeading: (row: number) => boolean,
  add: AliasCollector["add"]
): number {
  let row = start;
  for (; row < grid.values.length && !isHeading(row); row++) {
    const [label, measure, ...rest] = filledCells(grid, row);
    if (label === undefined) break;
    if (HEADINGS.lookup(label.text) === "aliases" && rest.length === 0) continue;
    add(row, label, measure, label.column + 1);
  }
  return row;
}
