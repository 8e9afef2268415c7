import type { PolarityKind } from "./indicator-def";

// A Map, not an object: "constructor" or "__proto__" typed in a cell must not find anything.
const POLARITY_WORDS: ReadonlyMap<string, PolarityKind> = new Map(
  Object.entries({
    higher: "higher",
    h: "higher",
    lower: "lower",
    l: "lower",
    range: "range",
    r: "range",
    context: "context",
    c: "context",
  } satisfies Record<string, PolarityKind>)
);

/**
 * A polarity as analysts write it: "higher"/"H", "lower"/"L", "range"/"R", "context"/"C", any case.
 * @example parsePolarity(" L ") // "lower"
 * @example parsePolarity("up") // undefined
 */
export function parsePolarity(text: string): PolarityKind | undefined {
  return POLARITY_WORDS.get(text.trim().toLowerCase());
}
