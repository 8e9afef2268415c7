import type { PolarityKind } from "./indicator-def";

const POLARITY_WORDS: Readonly<Record<string, PolarityKind>> = {
  higher: "higher",
  h: "higher",
  lower: "lower",
  l: "lower",
  range: "range",
  r: "range",
  context: "context",
  c: "context",
};

/**
 * A polarity as analysts write it: "higher"/"H", "lower"/"L", "range"/"R", "context"/"C", any case.
 * @example parsePolarity(" L ") // "lower"
 * @example parsePolarity("up") // undefined
 */
export function parsePolarity(text: string): PolarityKind | undefined {
  return POLARITY_WORDS[text.trim().toLowerCase()];
}
