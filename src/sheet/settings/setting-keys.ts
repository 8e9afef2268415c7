import { headingKey } from "../../domain/text/heading-key";
import { nearest } from "../../domain/text/nearest";
import { vocabulary } from "../../domain/text/vocabulary";
import { eachSetting, SETTINGS, type SettingKey, type SettingKeyDef } from "./workbook-settings";

const KEYS = vocabulary(SETTINGS, (def: SettingKeyDef) => [def.key, ...def.synonyms]);

/** How messages name each key: the way the template writes it. */
export const SETTING_LABELS = eachSetting((def) => def.key);

/**
 * The setting a key cell names, ignoring case and punctuation; the synonyms are those of
 * SETTINGS, so what the README lists is exactly what is read.
 * @example settingKeyOf("FY start:") // "fyStartMonth"
 */
export function settingKeyOf(text: string): SettingKey | undefined {
  return KEYS.lookup(text);
}

/**
 * The keys an unknown one is probably meant to be, as the template writes them.
 * @example suggestSettingKeys("Reportng month") // ["Reporting month"]
 */
export function suggestSettingKeys(text: string): string[] {
  const labels = nearest(headingKey(text), [...KEYS.words.keys()], 6).map((word) => {
    const id = KEYS.words.get(word);
    return id === undefined ? word : SETTING_LABELS[id];
  });
  return [...new Set(labels)].slice(0, 3);
}
