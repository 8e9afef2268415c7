import type { NeighbourMethod } from "../../domain/benchmarks/neighbour-figure";
import type { Calc } from "../../domain/result/calc";
import { readWord, vocabulary } from "../../domain/text/vocabulary";

const METHODS = vocabulary<NeighbourMethod>({
  mean: ["mean", "average", "simple mean", "arithmetic mean", "lait"],
  median: ["median", "middle"],
  pooled: ["pooled", "pooled rate", "sum", "weighted", "numerator over denominator"],
});

/**
 * Reads how statistical neighbours' figures are combined, as an analyst writes it.
 * @example readNeighbourMethod("Median") // ok("median")
 * @example readNeighbourMethod("mode").ok // false: write mean, median or pooled
 */
export function readNeighbourMethod(text: string): Calc<NeighbourMethod> {
  return readWord(METHODS, text, "a statistical neighbours average", "mean, median or pooled");
}
