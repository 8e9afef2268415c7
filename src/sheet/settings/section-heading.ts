import { headingKey } from "../../domain/text/heading-key";

/** The parts of a settings sheet a heading row can start. */
export type SettingsSection = "settings" | "aliases" | "indicators";

const SECTIONS: ReadonlyMap<string, SettingsSection> = new Map([
  ["settings", "settings"],
  ["csc settings", "settings"],
  ["aliases", "aliases"],
  ["extra aliases", "aliases"],
  ["row aliases", "aliases"],
  ["own row labels", "aliases"],
  ["indicators", "indicators"],
  ["own indicators", "indicators"],
  ["custom indicators", "indicators"],
  ["local indicators", "indicators"],
  ["our indicators", "indicators"],
  ["my indicators", "indicators"],
] as const);

/**
 * The section a heading starts ("Aliases", "Own indicators"), when a row holds that heading alone.
 * @example settingsSection(["Own indicators"]) // "indicators"
 * @example settingsSection(["Aliases", "x"]) // undefined: a heading stands alone on its row
 */
export function settingsSection(rowTexts: readonly string[]): SettingsSection | undefined {
  if (rowTexts.length !== 1) return undefined;
  return SECTIONS.get(headingKey(rowTexts[0] ?? ""));
}
