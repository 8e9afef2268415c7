import type { CustomIndicatorSpec } from "../../domain/indicators/custom-indicator";
import { INDICATORS, type IndicatorCatalogue } from "../../domain/indicators/indicator-catalogue";
import { MEASURES } from "../../domain/measures/measure-catalogue";
import type { MeasureDef, MeasureId } from "../../domain/measures/measure-def";
import { gridAddress } from "../a1";
import { cellIssue } from "../cell/cell-issue";
import { vocabulary } from "../../domain/text/vocabulary";
import { cellAt, formatAt, type Grid } from "../grid";
import type { SheetIssue } from "../sheet-issue";
import { aliasCollector } from "./alias-collector";
import { APPLY_ORDER, applySetting } from "./apply-setting";
import { readCustomIndicatorSection } from "./custom-indicator-section";
import { settingsSection } from "./section-heading";
import { SETTING_LABELS, settingKeyOf, suggestSettingKeys } from "./setting-keys";
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
 * Reads the settings sheet: keys in one column and values in the next (case and punctuation of
 * keys never matter; see SETTINGS_TABLE), "Alias" rows, and sections headed "Aliases" (label |
 * measure id) and "Own indicators" (id | name | kind | numerator | denominator | polarity | section
 * | decimals), each ending at a blank row. Anything not set keeps its default; every value that
 * cannot be used is an error at its cell, and the default stands in for it.
 * @example readSettingsSheet({ sheet: "CSC Settings", values: [["Local authority", "Croydon"], ["FY start", "April"]] }).settings
 * // { fyStartMonth: 4, suppression: { enabled: false, threshold: 5 }, dataSheet: "CSC Data", localAuthority: "Croydon" }
 */
export function readSettingsSheet(grid: Grid, options: SettingsSheetOptions = {}): SettingsReading {
  const issues: SheetIssue[] = [];
  const measures = options.measures ?? MEASURES;
  const aliases = aliasCollector(grid, issues, measures);
  const customIndicators: CustomIndicatorSpec[] = [];
  // Each section's indicators join the catalogue the next section is checked against, so an id
  // repeated in a second section fails at its cell, and nothing needs checking again later.
  let catalogue = options.catalogue ?? INDICATORS;
  const entries = new Map<ValueKey, { row: number; column: number }>();
  const isHeading = (row: number) =>
    settingsSection(filledCells(grid, row).map((cell) => cell.text)) !== undefined;
  const rows = grid.values.length;

  for (let row = 0; row < rows; row++) {
    const cells = filledCells(grid, row);
    const first = cells[0];
    if (first === undefined) continue;
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
      customIndicators.push(...read.specs);
      catalogue = read.catalogue;
      row = read.next - 1;
      continue;
    }
    if (section === "settings") continue;

    const key = settingKeyOf(first.text);
    const valueColumn = first.column + 1;
    const hasValue = cells[1]?.column === valueColumn;
    if (key === undefined) {
      if (!hasValue || HEADINGS.lookup(first.text) === "settings") continue;
      const hint = suggestSettingKeys(first.text);
      issues.push(
        cellIssue(
          grid,
          "warning",
          "UNKNOWN_SETTING",
          row,
          first.column,
          `"${first.text}" is not a setting, so it is ignored.${hint.length > 0 ? ` Did you mean ${hint.join(", ")}?` : ""}`
        )
      );
      continue;
    }
    if (key === "alias") {
      aliases.add(row, valueColumn);
      continue;
    }
    const earlier = entries.get(key);
    if (earlier !== undefined) {
      issues.push(
        cellIssue(
          grid,
          "error",
          "DUPLICATE_SETTING",
          row,
          first.column,
          `${SETTING_LABELS[key]} is already set in ${gridAddress(grid, earlier.row, earlier.column)}; this row is not used.`
        )
      );
      continue;
    }
    entries.set(key, { row, column: valueColumn });
  }

  const gathered: GatheredSettings = {};
  for (const key of APPLY_ORDER) {
    const at = entries.get(key);
    if (at === undefined) continue;
    const cell = cellAt(grid, at.row, at.column);
    if (cell === null || (typeof cell === "string" && cell.trim() === "")) continue;
    const applied = applySetting(gathered, key, cell, formatAt(grid, at.row, at.column));
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
    issues,
  };
}

function readAliasSection(
  grid: Grid,
  start: number,
  isHeading: (row: number) => boolean,
  add: (row: number, labelColumn: number) => void
): number {
  let row = start;
  for (; row < grid.values.length && !isHeading(row); row++) {
    const cells = filledCells(grid, row);
    const first = cells[0];
    if (first === undefined) break;
    if (HEADINGS.lookup(first.text) === "aliases" && cells.length <= 2) continue;
    add(row, first.column);
  }
  return row;
}
