import { nearest } from "../../domain/text/nearest";
import { headingKey } from "../../domain/text/heading-key";
import { SETTINGS_TABLE, type SettingKey } from "./workbook-settings";

const KEY_BY_TEXT: ReadonlyMap<string, SettingKey> = new Map(
  SETTINGS_TABLE.flatMap((doc) =>
    [doc.key, ...doc.synonyms].map((text) => [headingKey(text), doc.id] as const)
  )
);

/** How messages name each key: the way the template writes it. */
export const SETTING_LABELS: Readonly<Record<SettingKey, string>> = Object.fromEntries(
  SETTINGS_TABLE.map((doc) => [doc.id, doc.key])
) as Record<SettingKey, string>;

/**
 * The setting a key cell names, ignoring case and punctuation; the synonyms are those of
 * SETTINGS_TABLE, so what the README lists is exactly what is read.
 * @example settingKeyOf("FY start:") // "fyStartMonth"
 */
export function settingKeyOf(text: string): SettingKey | undefined {
  return KEY_BY_TEXT.get(headingKey(text));
}

/**
 * The keys an unknown one is probably meant to be, as the template writes them.
 * @example suggestSettingKeys("Reportng month") // ["Reporting month"]
 */
export function suggestSettingKeys(text: string): string[] {
  const candidates = [...KEY_BY_TEXT.keys()];
  const labels = nearest(headingKey(text), candidates, 6).map((candidate) => {
    const id = KEY_BY_TEXT.get(candidate);
    return id === undefined ? candidate : SETTING_LABELS[id];
  });
  return [...new Set(labels)].slice(0, 3);
}
