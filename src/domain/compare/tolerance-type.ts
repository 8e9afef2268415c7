import type { Calc } from "../result/calc";
import { readWord, vocabulary } from "../text/vocabulary";
import type { Tolerance } from "./rag";

/** Whether a tolerance is a share of the comparator or an amount in the indicator's unit. */
export type ToleranceType = Tolerance["kind"];

// One list for the settings sheet, the comparators sheet and CSC.RAG's tolerance_type, so that a
// word an analyst learns in one place means the same in the others.
const TOLERANCE_TYPES = vocabulary<ToleranceType>({
  relative: ["relative", "%", "percent", "percentage", "proportion", "share", "% of comparator"],
  absolute: [
    "absolute",
    "points",
    "point",
    "pts",
    "pt",
    "pp",
    "percentage points",
    "percentage point",
    "amount",
    "units",
    "unit",
  ],
});

/** The words a message offers when a tolerance type is not understood. */
export const TOLERANCE_TYPE_WORDS = "relative (%) or absolute (points)";

/**
 * Reads a tolerance type as analysts write it ("relative", "%", "absolute", "points", "pp"),
 * ignoring case and punctuation.
 * @example parseToleranceType("Percentage points") // "absolute"
 * @example parseToleranceType("quartile") // undefined
 */
export function parseToleranceType(text: string): ToleranceType | undefined {
  return TOLERANCE_TYPES.lookup(text);
}

/**
 * Reads a tolerance type as `parseToleranceType` does, or says which words to write.
 * @example readToleranceType("pp") // ok("absolute")
 */
export function readToleranceType(text: string): Calc<ToleranceType> {
  return readWord(TOLERANCE_TYPES, text, "a tolerance type", TOLERANCE_TYPE_WORDS);
}
