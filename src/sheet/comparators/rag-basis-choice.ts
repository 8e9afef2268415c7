import type { ComparatorKind } from "../../domain/compare/comparator";
import type { RagBasis, Tolerance } from "../../domain/compare/rag";
import type { Calc } from "../../domain/result/calc";
import { readWord, vocabulary } from "../../domain/text/vocabulary";

/** What an analyst can ask a rating to be judged against. */
export type RagBasisChoice = "target" | "band" | "quartile" | Exclude<ComparatorKind, "target">;

const CHOICES = vocabulary<RagBasisChoice>({
  target: ["target", "targets", "local target"],
  band: ["band", "good band", "range"],
  statNeighbours: [
    "stat neighbours",
    "stat neighbour",
    "statistical neighbours",
    "statistical neighbour",
    "statistical neighbours average",
    "sn",
    "sn average",
    "sns",
  ],
  england: ["england", "england average", "national", "national average", "eng"],
  region: ["region", "regional", "regional average"],
  lastYear: ["last year", "same month last year", "previous year"],
  quartile: [
    "quartile",
    "quartiles",
    "quartile position",
    "national quartile",
    "lait quartile",
    "quartile among authorities",
    "quartile among all authorities",
  ],
});

/** The words a message offers when a basis is not understood. */
const RAG_BASIS_WORDS = "target, stat neighbours, England, region, band, last year or quartile";

/**
 * Reads a RAG basis as an analyst writes it ("SN", "Statistical neighbours", "National", "Band").
 * @example parseRagBasisChoice("Stat. neighbours") // "statNeighbours"
 * @example parseRagBasisChoice("LAIT quartile") // "quartile"
 * @example parseRagBasisChoice("decile") // undefined
 */
export function parseRagBasisChoice(text: string): RagBasisChoice | undefined {
  return CHOICES.lookup(text);
}

/**
 * Reads a RAG basis as `parseRagBasisChoice` does, or says which bases to write.
 * @example readRagBasisChoice("decile").ok // false: write target, stat neighbours, …
 */
export function readRagBasisChoice(text: string): Calc<RagBasisChoice> {
  return readWord(CHOICES, text, "a RAG basis", RAG_BASIS_WORDS);
}

/**
 * The engine's basis for a choice, carrying the tolerance when one is given. A quartile basis has
 * none (a quartile is a place, not a distance), and ranks among the figures the refresh gives it.
 * @example ragBasisFor("england", { kind: "absolute", amount: 2 })
 * // { kind: "comparator", comparator: "england", tolerance: { kind: "absolute", amount: 2 } }
 */
export function ragBasisFor(choice: RagBasisChoice, tolerance?: Tolerance): RagBasis {
  const withTolerance = tolerance === undefined ? {} : { tolerance };
  if (choice === "target") return { kind: "target", ...withTolerance };
  if (choice === "band") return { kind: "band", ...withTolerance };
  if (choice === "quartile") return { kind: "quartile" };
  return { kind: "comparator", comparator: choice, ...withTolerance };
}
