import { gridSize, type Grid } from "../grid";
import { settingsSection } from "./section-heading";
import { SETTING_LABELS } from "./setting-keys";
import { settingRow } from "./setting-row";
import { filledCells } from "./sheet-rows";
import type { ValueKey } from "./workbook-settings";

/**
 * Where to write one setting so that the settings sheet reads it back: 0-based sheet positions of
 * the key cell and the value cell, and the cells to write (the key only where the row is new or
 * was written "Key: value" in one cell).
 */
export interface SettingWrite {
  readonly row: number;
  readonly keyColumn: number;
  readonly valueColumn: number;
  /** The key's label to write into the key cell, when the row needs one. */
  readonly key: string | null;
  /** Whether the sheet needs the "Setting | Value" heading written above (a new, empty sheet). */
  readonly heading: boolean;
}

/**
 * Where a setting's value goes on the settings sheet: its own row when the sheet has one (the value
 * cell beside the key; a "Key: value" cell is split into key and value), else a new row below
 * everything on the sheet after a blank row (so it never joins an aliases or own-indicators section,
 * which end at a blank row), else, on an empty or missing sheet, under a "Setting | Value" heading.
 * Positions are the sheet's, the grid's origin added.
 * @example settingWrite({ sheet: "CSC Settings", values: [["Setting", "Value"], ["LA", "Croydon"]] }, "localAuthority") // { row: 1, keyColumn: 0, valueColumn: 1, key: null, heading: false }
 */
export function settingWrite(grid: Grid | null, key: ValueKey): SettingWrite {
  const label = SETTING_LABELS[key];
  if (grid === null || gridSize(grid).rows === 0) {
    return { row: 1, keyColumn: 0, valueColumn: 1, key: label, heading: true };
  }
  const top = grid.origin?.row ?? 0;
  const left = grid.origin?.column ?? 0;
  let last = -1;
  for (let row = 0; row < grid.values.length; row++) {
    const cells = filledCells(grid, row);
    if (cells.length === 0) continue;
    last = row;
    if (settingsSection(cells.map((cell) => cell.text)) !== undefined) continue;
    const setting = settingRow(cells);
    if (setting.kind !== "value" || setting.key !== key) continue;
    const keyColumn = setting.keyCell.column + left;
    if (setting.value.inline) {
      return { row: row + top, keyColumn, valueColumn: keyColumn + 1, key: label, heading: false };
    }
    return {
      row: row + top,
      keyColumn,
      valueColumn: setting.value.column + left,
      key: null,
      heading: false,
    };
  }
  return {
    row: top + last + 2,
    keyColumn: left,
    valueColumn: left + 1,
    key: label,
    heading: false,
  };
}
