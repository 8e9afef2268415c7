import type { ComparatorKind } from "../../domain/compare/comparator";
import type { RagBasis, Tolerance } from "../../domain/compare/rag";
import { headingKey } from "../../domain/text/heading-key";

/** What an analyst can ask a rating to be judged against. */
export type RagBasisChoice = "target" | "band" | Exclude<ComparatorKind, "target">;

const CHOICES: ReadonlyMap<string, RagBasisChoice> = new Map([
  ["target", "target"],
  ["targets", "target"],
  ["local target", "target"],
  ["band", "band"],
  ["good band", "band"],
  ["range", "band"],
  ["stat neighbours", "statNeighbours"],
  ["stat neighbour", "statNeighbours"],
  ["statistical neighbours", "statNeighbours"],
  ["statistical neighbour", "statNeighbours"],
  ["statistical neighbours average", "statNeighbours"],
  ["sn", "statNeighbours"],
  ["sn average", "statNeighbours"],
  ["sns", "statNeighbours"],
  ["england", "england"],
  ["england average", "england"],
  ["national", "england"],
  ["national average", "england"],
  ["eng", "england"],
  ["region", "region"],
  ["regional", "region"],
  ["regional average", "region"],
  ["last year", "lastYear"],
  ["same month last year", "lastYear"],
  ["previous year", "lastYear"],
] as const);

/** The words a message offers when a basis is not understood. */
export const RAG_BASIS_WORDS = "target, stat neighbours, England, region, band or last year";

/**
 * Reads a RAG basis as an analyst writes it ("SN", "Statistical neighbours", "National", "Band").
 * @example parseRagBasisChoice("Stat. neighbours") // "statNeighbours"
 * @example parseRagBasisChoice("quartile") // undefined
 */
export function parseRagBasisChoice(text: string): RagBasisChoice | undefined {
  return CHOICES.get(headingKey(text));
}

/**
 * The engine's basis for a choice, carrying the tolerance when one is given.
 * @example ragBasisFor("england", { kind: "absolute", amount: 2 })
 * // { kind: "comparator", comparator: "england", tolerance: { kind: "absolute", amount: 2 } }
 */
export function ragBasisFor(choice: RagBasisChoice, tolerance?: Tolerance): RagBasis {
  const withTolerance = tolerance === undefined ? {} : { tolerance };
  if (choice === "target") return { kind: "target", ...withTolerance };
  if (choice === "band") return { kind: "band", ...withTolerance };
  return { kind: "comparator", comparator: choice, ...withTolerance };
}
