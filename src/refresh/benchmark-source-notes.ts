import type {
  AuthorityBenchmarks,
  PublishedComparator,
} from "../domain/benchmarks/authority-benchmarks";
import { formatValue } from "../domain/format/format-number";
import type { IndicatorCatalogue } from "../domain/indicators/indicator-catalogue";
import { capitalise } from "../domain/text/capitalise";
import { joinWords } from "../domain/text/join-words";
import type { BenchmarkCitation } from "../plan/notes-sheet";
import type { MergedComparators } from "./comparator-sources";

const ORDER: readonly PublishedComparator[] = ["statNeighbours", "england", "region"];

/**
 * One citation for each indicator whose benchmarks the published statistics filled: each figure
 * with its year and release, how many neighbours the statistical-neighbour figure rests on, and
 * which figures the analyst typed (local, and kept); then the licence's attribution once. They are
 * not issues (nothing is wrong, and nothing to check): the notes sheet lists them under their own
 * heading, so it cites every benchmark it used.
 * @example benchmarkSourceNotes(inputs.sources, catalogue, builtIn)[0].detail
 * // "Statistical neighbours 13.7% (mean of 10 of 10 neighbours), England 16.6%, East of England 17.1%: 2014/15, DfE Children in need, reporting year 2025, table D3."
 */
export function benchmarkSourceNotes(
  sources: MergedComparators["sources"],
  catalogue: IndicatorCatalogue,
  builtIn: AuthorityBenchmarks | null
): BenchmarkCitation[] {
  if (builtIn === null) return [];
  const notes: BenchmarkCitation[] = [];
  for (const [id, def] of Object.entries(catalogue)) {
    const bySource = Object.hasOwn(sources, id) ? sources[id] : undefined;
    if (bySource === undefined) continue;
    const published: string[] = [];
    const typed: string[] = [];
    let cite = "";
    for (const kind of ORDER) {
      const source = bySource[kind];
      if (source === undefined) continue;
      if (source.kind === "local") {
        typed.push(
          kind === "statNeighbours"
            ? "statistical neighbours"
            : kind === "england"
              ? "England"
              : "region"
        );
        continue;
      }
      const b = source.benchmark;
      const shown = formatValue(b.value, def.unit, def.decimals);
      const name = kind === "statNeighbours" ? "statistical neighbours" : b.areaName;
      const rests =
        b.neighbours === undefined
          ? ""
          : ` (${b.neighbours.method} of ${b.neighbours.used} of ${b.neighbours.of} neighbours)`;
      published.push(`${name} ${shown}${rests}`);
      cite = `${b.yearLabel}, ${b.release}, ${b.table}`;
    }
    if (published.length === 0) continue;
    const local =
      typed.length === 0
        ? ""
        : `; ${joinWords(typed)} typed in the comparators sheet (local, kept)`;
    notes.push({
      id,
      indicator: def.name,
      detail: `${capitalise(published.join(", "))}: ${cite}${local}.`,
    });
  }
  if (notes.length > 0) {
    notes.push({
      id: null,
      indicator: "",
      detail: `Benchmarks for ${builtIn.authority.name} (${builtIn.authority.code}) not typed in the comparators sheet are from the published statistics, statistical neighbours from the ${builtIn.model}. ${builtIn.attribution}`,
    });
  }
  return notes;
}
