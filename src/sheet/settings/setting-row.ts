import type { RawCell } from "../grid";
import type { AliasPart } from "./alias-collector";
import { settingKeyOf, suggestSettingKeys } from "./setting-keys";
import type { FilledCell } from "./sheet-rows";
import type { SettingKey, ValueKey } from "./workbook-settings";

/** The forms a setting is read in, for a message about one that is not. */
export const SETTING_FORMS =
  "write a setting as its key and value in two cells (Population | 45000) or in one (Population: 45000), and an alias as Alias | your label | measure id, or Alias: your label | measure id.";

/** What one row of the key/value part of the settings sheet says. */
export type SettingRow =
  /** A key and its value: in the next filled cell, or after the key's colon (`inline`). */
  | {
      readonly kind: "value";
      readonly key: ValueKey;
      readonly keyCell: FilledCell;
      /** Blank when the row gives none: the default stands. */
      readonly value: { readonly column: number; readonly cell: RawCell; readonly inline: boolean };
    }
  | {
      readonly kind: "alias";
      readonly keyCell: FilledCell;
      readonly label: AliasPart | undefined;
      readonly measure: AliasPart | undefined;
      /** Where the measure belongs, for the message when it is missing. */
      readonly measureColumn: number;
    }
  /** A key written in a form that is not read ("Population = 45000"). */
  | { readonly kind: "misformed"; readonly key: SettingKey; readonly keyCell: FilledCell }
  /** A key no setting has, given a value beside it, or written "Key: value" and near a key's spelling. */
  | { readonly kind: "unknown"; readonly keyCell: FilledCell; readonly key: string }
  /** A title, a note or a heading: nothing to read. */
  | { readonly kind: "note" };

/** Between a key and its value in one cell: a colon is read; the others are reported. */
const SEPARATORS = [":", "=", " - ", " – ", " — "] as const;

/**
 * Reads a row's setting in the forms analysts write it: key and value in two cells ("Population" |
 * 45000, spacer cells between allowed), "Population: 45000" in one cell, an alias as "Alias" |
 * label | measure id or "Alias: label" | measure id. A known key written another way ("Population =
 * 45000") is `misformed`; an unknown key with a value, or written "Key: value" near a known key's
 * spelling, is `unknown`; anything else is a note.
 * @example settingRow(filledCells({ sheet: "S", values: [["Local authority: Croydon"]] }, 0)) // { kind: "value", key: "localAuthority", value: { cell: "Croydon", inline: true, … }, … }
 */
export function settingRow(cells: readonly FilledCell[]): SettingRow {
  const [first, ...rest] = cells;
  if (first === undefined) return { kind: "note" };
  const whole = settingKeyOf(first.text);
  if (whole === "alias") {
    const [label, measure] = rest;
    return {
      kind: "alias",
      keyCell: first,
      label,
      measure,
      measureColumn: (label?.column ?? first.column + 1) + 1,
    };
  }
  if (whole !== undefined) {
    const [value] = rest;
    return {
      kind: "value",
      key: whole,
      keyCell: first,
      value: { column: value?.column ?? first.column + 1, cell: value?.cell ?? "", inline: false },
    };
  }
  for (const separator of SEPARATORS) {
    const at = first.text.indexOf(separator);
    if (at <= 0) continue;
    const key = settingKeyOf(first.text.slice(0, at));
    const after = first.text.slice(at + separator.length).trim();
    if (key === undefined || after === "") continue;
    if (separator !== ":") return { kind: "misformed", key, keyCell: first };
    if (key === "alias") {
      return {
        kind: "alias",
        keyCell: first,
        label: { column: first.column, text: after },
        measure: rest[0],
        measureColumn: first.column + 1,
      };
    }
    return {
      kind: "value",
      key,
      keyCell: first,
      value: { column: first.column, cell: after, inline: true },
    };
  }
  const colon = first.text.indexOf(":");
  if (rest.length > 0) return { kind: "unknown", keyCell: first, key: first.text };
  if (colon > 0 && suggestSettingKeys(first.text.slice(0, colon)).length > 0)
    return { kind: "unknown", keyCell: first, key: first.text.slice(0, colon).trim() };
  return { kind: "note" };
}
