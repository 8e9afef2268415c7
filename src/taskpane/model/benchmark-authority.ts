import type { AuthorityChoice } from "../../domain/benchmarks/authority-search";
import { authorityNotes } from "../../domain/benchmarks/authority-notes";
import type { BenchmarkData } from "../../domain/benchmarks/benchmark-dataset";
import { findAuthority } from "../../domain/benchmarks/find-authority";

/** What the Benchmark authority setting's text means, as the settings page shows it. */
export type AuthorityInUse =
  | { readonly kind: "none" }
  | {
      readonly kind: "authority";
      readonly choice: AuthorityChoice;
      /**
       * What the refresh's notes will say about it (replaced, newly formed, reporting some figures
       * jointly): the same sentences, from authorityNotes.
       */
      readonly notes: readonly string[];
    }
  /** Text the refresh cannot use: not in the published tables, or a region or England. */
  | { readonly kind: "unusable"; readonly message: string };

/**
 * The authority the setting names, read as a refresh reads it (findAuthority: name, DfE or ONS
 * code; a region or England refused in the refresh's words), with the notes a refresh gives about
 * it (authorityNotes, for every indicator of the dataset, as a scorecard of the whole catalogue has).
 * @example authorityInUse(data, choices, "E06000031") // { kind: "authority", choice: { code: "874", name: "Peterborough", … }, notes: [] }
 */
export function authorityInUse(
  data: BenchmarkData,
  choices: readonly AuthorityChoice[],
  text: string
): AuthorityInUse {
  if (text.trim() === "") return { kind: "none" };
  const found = findAuthority(data, text);
  if (!found.ok) return { kind: "unusable", message: found.reason.detail };
  const area = found.value;
  const choice = choices.find((candidate) => candidate.code === area.code);
  if (choice === undefined)
    return { kind: "unusable", message: `${area.name} is not among the authorities offered.` };
  const notes = authorityNotes(data, area).map((note) => note.text);
  return { kind: "authority", choice, notes };
}
