import { vocabulary } from "../../domain/text/vocabulary";

/** The parts of a settings sheet a heading row can start. */
export type SettingsSection = "settings" | "aliases" | "indicators";

const SECTIONS = vocabulary<SettingsSection>({
  settings: ["settings", "csc settings"],
  aliases: ["aliases", "extra aliases", "row aliases", "own row labels"],
  indicators: [
    "indicators",
    "own indicators",
    "custom indicators",
    "local indicators",
    "our indicators",
    "my indicators",
  ],
});

/**
 * The section a heading starts ("Aliases", "Own indicators"), when a row holds that heading alone.
 * @example settingsSection(["Own indicators"]) // "indicators"
 * @example settingsSection(["Aliases", "x"]) // undefined: a heading stands alone on its row
 */
export function settingsSection(rowTexts: readonly string[]): SettingsSection | undefined {
  if (rowTexts.length !== 1) return undefined;
  return SECTIONS.lookup(rowTexts[0] ?? "");
}
