import { buildMeasureLabelIndex, normaliseMeasureLabel } from "../../domain/measures/measure-label";
import type { MeasureDef, MeasureId } from "../../domain/measures/measure-def";
import { nearest } from "../../domain/text/nearest";
import { hasWord } from "../../domain/text/text-key";

/** Finds the measure a label names, and suggests the nearest when none does. */
export interface MeasureLookup {
  find(label: string): MeasureId | undefined;
  /** Up to three measure ids a mistyped or shortened label may mean, nearest first. */
  suggest(label: string): MeasureId[];
}

/** A shortened label must keep this much to suggest the longer labels that start with it. */
const MIN_PREFIX_LENGTH = 4;
const COMMON_WORDS = new Set(["the", "and", "for", "with", "all", "new", "total"]);

/**
 * A lookup over the measures' ids, names and aliases, with the analyst's own labels (from the
 * settings sheet) first. An analyst's label for a measure that is not defined is ignored, so the
 * row is reported as unknown rather than read into nothing.
 * @example measureLookup(MEASURES, new Map([["Refs in month", "referrals"]])).find("REFS IN MONTH") // "referrals"
 */
export function measureLookup(
  measures: Readonly<Record<MeasureId, MeasureDef>>,
  extraAliases?: ReadonlyMap<string, MeasureId>
): MeasureLookup {
  const index = new Map(buildMeasureLabelIndex(measures));
  for (const [label, id] of extraAliases ?? []) {
    const key = normaliseMeasureLabel(label);
    if (key !== "" && Object.hasOwn(measures, id)) index.set(key, id);
  }
  const keys = [...index.keys()];
  return {
    find: (label) => index.get(normaliseMeasureLabel(label)),
    suggest(label) {
      const wanted = normaliseMeasureLabel(label);
      // Symbols alone are near no label, however short.
      if (!hasWord(wanted)) return [];
      const extending =
        wanted.length >= MIN_PREFIX_LENGTH ? keys.filter((k) => k.startsWith(`${wanted} `)) : [];
      const near = extending.length > 0 ? [] : nearest(wanted, withinReach(wanted, keys), 6);
      const ids = [...extending, ...near].flatMap((k) => {
        const id = index.get(k);
        return id === undefined ? [] : [id];
      });
      return [...new Set(ids)].slice(0, 3);
    },
  };
}

/**
 * The keys worth comparing: an edit distance is at least the difference in length, and `nearest`
 * keeps distances up to half the label's length, so longer or shorter keys are skipped; a label of
 * several words is compared only with keys sharing one of its words, since a typo rarely touches
 * them all. Edit distances are costly, and a sheet may hold many unknown labels.
 */
function withinReach(wanted: string, keys: readonly string[]): string[] {
  const limit = Math.max(2, Math.ceil(wanted.length / 2));
  const words = wanted.split(" ").filter((w) => w.length >= 3 && !COMMON_WORDS.has(w));
  return keys.filter(
    (k) =>
      Math.abs(k.length - wanted.length) <= limit &&
      (words.length < 2 || k.split(" ").some((w) => words.includes(w)))
  );
}
