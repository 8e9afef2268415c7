import { textKey } from "../text/text-key";
import { MEASURES } from "./measure-catalogue";
import type { MeasureDef, MeasureId } from "./measure-def";

/**
 * Reduces a row label to the words that identify it, so "No. of referrals", "# of referrals" and
 * "Number of Referrals*" meet: case, punctuation, footnote stars and the ways of writing "number of"
 * are ignored. Words of any script are words (see `textKey`), so a label in Arabic or of emoji
 * alone keeps what identifies it, and only a blank label reduces to "".
 * @example normaliseMeasureLabel("Total # CIN*") // "total no cin"
 */
export function normaliseMeasureLabel(label: string): string {
  const spelt = label
    .normalize("NFKC")
    .toLowerCase()
    .replace(/#/g, " no ")
    .replace(/\bnumber\b/g, " no ")
    .replace(/\bno\./g, " no ");
  return textKey(spelt, "+");
}

/**
 * Builds a lookup from normalised labels (ids, names and aliases) to measure ids. An alias shared by
 * two measures is a catalogue bug, so it throws.
 * @example buildMeasureLabelIndex(MEASURES).get("refs") // "referrals"
 */
export function buildMeasureLabelIndex(
  measures: Readonly<Record<MeasureId, MeasureDef>>
): ReadonlyMap<string, MeasureId> {
  const index = new Map<string, MeasureId>();
  for (const [id, def] of Object.entries(measures)) {
    for (const label of [id, def.name, ...def.aliases]) {
      const key = normaliseMeasureLabel(label);
      if (key === "") throw new Error(`measure label "${label}" of ${id} is blank`);
      const existing = index.get(key);
      if (existing !== undefined && existing !== id) {
        throw new Error(`measure label "${label}" names both ${existing} and ${id}`);
      }
      index.set(key, id);
    }
  }
  return index;
}

const BUILT_IN_INDEX = buildMeasureLabelIndex(MEASURES);

/**
 * The measure a row label names, or `undefined` when no id, name or alias matches.
 * @example measureIdForLabel("Total # LAC") // "lac"
 */
export function measureIdForLabel(
  label: string,
  index: ReadonlyMap<string, MeasureId> = BUILT_IN_INDEX
): MeasureId | undefined {
  return index.get(normaliseMeasureLabel(label));
}
