import { authorityBenchmarks } from "../../domain/benchmarks/authority-benchmarks";
import type { AuthorityChoice } from "../../domain/benchmarks/authority-search";
import { areaOf, type BenchmarkData } from "../../domain/benchmarks/benchmark-dataset";
import { findAuthority } from "../../domain/benchmarks/find-authority";
import { createdBy } from "../../domain/benchmarks/reorganisations";

/** What the Benchmark authority setting's text means, as the settings page shows it. */
export type AuthorityInUse =
  | { readonly kind: "none" }
  | {
      readonly kind: "authority";
      readonly choice: AuthorityChoice;
      /** What a refresh will say about it (replaced, newly formed, reporting jointly). */
      readonly notes: readonly string[];
    }
  /** Text the refresh cannot use: not in the published tables, or a region or England. */
  | { readonly kind: "unusable"; readonly message: string };

/**
 * The authority the setting names, read as a refresh reads it (findArea: name, DfE or ONS code),
 * with the notes a refresh gives for a reorganised authority (the same sentences, from
 * authorityBenchmarks). A region or England is not "our authority": a refresh refuses it.
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
  const notes = [...authorityBenchmarks(data, area, { indicators: [] }).notes];
  const formed = createdBy(area.code);
  if (formed !== undefined) notes.push(`${formed.summary}.`);
  const jointCode = data.jointOf.get(area.code);
  const joint = jointCode === undefined ? undefined : areaOf(data, jointCode);
  if (joint !== undefined) {
    notes.push(
      `Some figures are published jointly as ${joint.name}: where ${area.name} has none of its own, the joint return's figure is used, and the scorecard says so.`
    );
  }
  return { kind: "authority", choice, notes };
}
