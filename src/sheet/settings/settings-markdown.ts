import { SETTINGS_TABLE, type SettingKeyDef } from "./workbook-settings";

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

/**
 * The settings sheet's keys as a markdown table (key, meaning, default, example), for the README.
 * @example renderSettingsMarkdown().split("\n")[0] // "| key | meaning | default | example |"
 */
export function renderSettingsMarkdown(table: readonly SettingKeyDef[] = SETTINGS_TABLE): string {
  const lines = ["| key | meaning | default | example |", "|---|---|---|---|"];
  for (const doc of table) {
    const key = doc.synonyms.length > 0 ? `${doc.key} (or ${doc.synonyms.join(", ")})` : doc.key;
    lines.push(`| ${[key, doc.meaning, doc.defaultText, doc.example].map(cell).join(" | ")} |`);
  }
  return lines.join("\n");
}
