import type { IndicatorCatalogue } from "./indicator-catalogue";
import { SECTION_LABELS, type IndicatorDef, type Unit } from "./indicator-def";

const UNIT_LABELS: Readonly<Record<Unit, string>> = {
  percent: "%",
  per10k: "per 10,000",
  days: "days",
  ratio: "ratio",
  count: "count",
};

function polarityLabel(def: IndicatorDef): string {
  const band = def.band === undefined ? "" : ` (good: ${def.band.low}–${def.band.high})`;
  switch (def.polarity) {
    case "higher":
      return `higher is better${band}`;
    case "lower":
      return `lower is better${band}`;
    case "range":
      return `neither extreme${band}`;
    case "context":
      return "context only";
  }
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

/**
 * The catalogue as a markdown table (id, name, section, unit, polarity, definition, source), for the README.
 * @example renderCatalogueMarkdown(INDICATORS).split("\n")[0] // "| id | name | section | unit | polarity | definition | source |"
 */
export function renderCatalogueMarkdown(catalogue: IndicatorCatalogue): string {
  const lines = [
    "| id | name | section | unit | polarity | definition | source |",
    "|---|---|---|---|---|---|---|",
  ];
  for (const [id, def] of Object.entries(catalogue)) {
    const cells = [
      `\`${id}\``,
      def.name,
      SECTION_LABELS[def.section],
      UNIT_LABELS[def.unit],
      polarityLabel(def),
    ];
    lines.push(`| ${[...cells, def.definition, def.source].map(cell).join(" | ")} |`);
  }
  return lines.join("\n");
}
