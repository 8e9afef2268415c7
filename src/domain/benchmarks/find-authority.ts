import type { AreaRecord, BenchmarkData } from "./benchmark-dataset";
import { noFigure, type BenchmarkLookup } from "./benchmark-value";
import { findArea } from "./find-area";

/**
 * The authority the Benchmark authority setting names, read as findArea reads a name or code; a
 * region or England is refused, since "our authority" has neighbours, a region and a rank and they
 * do not. The refresh and the task pane both read the setting through this, so they never disagree
 * about what it names.
 * @example findAuthority(data, "E06000031").value.name // "Peterborough"
 * @example findAuthority(data, "East of England").reason.code // "NOT_AN_AUTHORITY"
 */
export function findAuthority(data: BenchmarkData, text: string): BenchmarkLookup<AreaRecord> {
  const found = findArea(data, text);
  if (!found.ok || found.value.level === "la") return found;
  return noFigure(
    "NOT_AN_AUTHORITY",
    `${found.value.name} is not a local authority: choose your own authority, and its region and England come with it.`
  );
}
