import { vocabulary } from "../text/vocabulary";
import type { PolarityKind } from "./indicator-def";

const POLARITY_WORDS = vocabulary<PolarityKind>({
  higher: ["higher", "h"],
  lower: ["lower", "l"],
  range: ["range", "r"],
  context: ["context", "c"],
});

/**
 * A polarity as analysts write it: "higher"/"H", "lower"/"L", "range"/"R", "context"/"C", any case.
 * @example parsePolarity(" L ") // "lower"
 * @example parsePolarity("up") // undefined
 */
export function parsePolarity(text: string): PolarityKind | undefined {
  return POLARITY_WORDS.lookup(text);
}
