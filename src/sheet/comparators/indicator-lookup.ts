import { findIndicator, type FoundIndicator } from "../../domain/indicators/find-indicator";
import type { IndicatorCatalogue } from "../../domain/indicators/indicator-catalogue";
import { headingKey } from "../../domain/text/heading-key";

/** An indicator found from a cell, or why none was. */
export type IndicatorMatch =
  | { readonly found: true; readonly indicator: FoundIndicator }
  | { readonly found: false; readonly detail: string };

/**
 * Builds a lookup of a catalogue's indicators by id or name that ignores case and punctuation, so
 * "Re-referrals within 12 months*" finds rereferral_pct; a miss carries findIndicator's suggestion,
 * when asked for. Only the catalogue's own ids and names are found: "constructor" is no indicator.
 * @example indicatorLookup(INDICATORS)("REREFERRAL_PCT") // { found: true, indicator: { id: "rereferral_pct", … } }
 */
export function indicatorLookup(
  catalogue: IndicatorCatalogue
): (text: string, suggest?: boolean) => IndicatorMatch {
  const byKey = new Map<string, FoundIndicator>();
  const entries = Object.entries(catalogue);
  // Ids first, so an id always finds its own indicator even if another's name reads the same.
  const keyed = [
    ...entries.map(([id, def]) => [headingKey(id), { id, def }] as const),
    ...entries.map(([id, def]) => [headingKey(def.name), { id, def }] as const),
  ];
  for (const [key, indicator] of keyed) {
    if (key !== "" && !byKey.has(key)) byKey.set(key, indicator);
  }
  return (text, suggest = true) => {
    const indicator = byKey.get(headingKey(text));
    if (indicator !== undefined) return { found: true, indicator };
    const looked = findIndicator(text, catalogue, suggest);
    return looked.ok
      ? { found: true, indicator: looked.value }
      : { found: false, detail: looked.error.detail };
  };
}
