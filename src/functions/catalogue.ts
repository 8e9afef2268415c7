import { findIndicator } from "../domain/indicators/find-indicator";
import { INDICATORS } from "../domain/indicators/indicator-catalogue";
import { SECTION_LABELS, type IndicatorDef } from "../domain/indicators/indicator-def";
import { fail, ok, type Calc } from "../domain/result/calc";
import { describe, optionalText } from "./args/cells";

/** What INDICATOR can return, and how each property reads in a cell. */
const PROPERTIES: Readonly<Record<string, (id: string, def: IndicatorDef) => string | number>> = {
  id: (id) => id,
  name: (_id, def) => def.name,
  definition: (_id, def) => def.definition,
  unit: (_id, def) => def.unit,
  polarity: (_id, def) => def.polarity,
  section: (_id, def) => SECTION_LABELS[def.section],
  source: (_id, def) => def.source,
  decimals: (_id, def) => def.decimals,
};

export function excelIndicator(id: unknown, property: unknown): Calc<string | number> {
  if (typeof id !== "string" || id.trim() === "") {
    return fail(
      "INVALID_INPUT",
      `id is ${describe(id)}; give an indicator id such as rereferral_pct.`
    );
  }
  const found = findIndicator(id);
  if (!found.ok) return found;
  const wanted = optionalText(property, "name", "property");
  if (!wanted.ok) return wanted;
  const key = wanted.value.toLowerCase();
  // Only the table's own keys: "constructor" typed in a cell must not reach Object.prototype.
  const read = Object.hasOwn(PROPERTIES, key) ? PROPERTIES[key] : undefined;
  if (read === undefined) {
    return fail(
      "INVALID_INPUT",
      `property is "${wanted.value}"; use one of ${Object.keys(PROPERTIES).join(", ")}.`
    );
  }
  return ok(read(found.value.id, found.value.def));
}

const COLUMNS = [
  "id",
  "name",
  "section",
  "unit",
  "polarity",
  "decimals",
  "definition",
  "source",
] as const;

/** The catalogue as a table with a header row, for a spilled range. */
export function excelIndicators(): (string | number)[][] {
  const rows = Object.entries(INDICATORS as Readonly<Record<string, IndicatorDef>>).map(
    ([id, def]) => COLUMNS.map((column) => (PROPERTIES[column] ?? (() => ""))(id, def))
  );
  return [[...COLUMNS], ...rows];
}
