import type { OutputNames } from "./output-names";

/**
 * What the analyst is told when a generated sheet or table could not take its usual name.
 * @example renamingSentences(names) // ['A sheet of yours is already called "Scorecard", so it was left alone and the scorecard sheet is "Scorecard (2)".']
 */
export function renamingSentences(names: OutputNames): string[] {
  const sentences = names.sheets
    .filter((n) => n.displaced && n.final !== n.preferred)
    .map(
      (n) =>
        `A sheet of yours is already called "${n.preferred}", so it was left alone and the ${n.role} sheet is "${n.final}".`
    );
  for (const table of names.tables) {
    if (table.final !== table.preferred) {
      sentences.push(
        `The name ${table.preferred} is already used in this workbook, so the scorecard table is ${table.final}.`
      );
    }
  }
  return sentences;
}
