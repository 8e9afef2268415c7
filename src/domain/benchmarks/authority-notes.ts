import { areaOf, type AreaRecord, type BenchmarkData } from "./benchmark-dataset";
import { BENCHMARK_INDICATORS, isBenchmarkIndicator } from "./benchmark-indicators";
import { createdBy, replacedBy } from "./reorganisations";

/** One thing to know about the authority as a whole, and what kind of thing it is. */
export interface AuthorityNote {
  /** Replaced by a reorganisation, formed by one, or reporting some figures jointly. */
  readonly kind: "replaced" | "formed" | "joint";
  readonly text: string;
}

/**
 * What the analyst should know about the benchmark authority as a whole: that it was replaced
 * (and what the built-in benchmarks give instead), that it was formed by a reorganisation, and that
 * some of its figures are a joint return with another authority, for the indicators asked about
 * (all when absent). The refresh's notes and the task pane's settings page both show these, so the
 * two say the same sentences.
 * @example authorityNotes(data, areaOf(data, "314")).map((n) => n.kind) // ["joint"]
 * @example authorityNotes(data, areaOf(data, "874")) // []
 */
export function authorityNotes(
  data: BenchmarkData,
  authority: AreaRecord,
  indicators: readonly string[] = Object.keys(BENCHMARK_INDICATORS)
): AuthorityNote[] {
  const notes: AuthorityNote[] = [];
  const ended = replacedBy(authority.code);
  if (ended !== undefined) {
    const region = authority.region === undefined ? "the region" : "its region";
    notes.push({
      kind: "replaced",
      text: `${ended.summary}. ${authority.name}'s own figures end with its last year, and it has no statistical neighbours in the 2025 model: England and ${region} are used, and the neighbours' figure is left to the comparators sheet. Choose one of the new authorities for their figures and neighbours.`,
    });
  }
  const formed = createdBy(authority.code);
  if (formed !== undefined) notes.push({ kind: "formed", text: `${formed.summary}.` });
  const joint = jointNote(data, authority, indicators);
  if (joint !== undefined) notes.push({ kind: "joint", text: joint });
  return notes;
}

/**
 * The joint return's note, when one of the indicators has a year in which the joint return has a
 * number and the authority none of its own: what the lookups then do with it (benchmarkValue gives
 * it as the authority's figure; neighbourFigure and the ranking leave it out as the authority's own).
 */
function jointNote(
  data: BenchmarkData,
  authority: AreaRecord,
  indicators: readonly string[]
): string | undefined {
  const jointCode = data.jointOf.get(authority.code);
  const joint = jointCode === undefined ? undefined : areaOf(data, jointCode);
  const at = data.areaIndex.get(authority.code);
  const jointAt = jointCode === undefined ? undefined : data.areaIndex.get(jointCode);
  if (joint === undefined || at === undefined || jointAt === undefined) return undefined;
  const releases = new Set<string>();
  for (const id of indicators) {
    if (!isBenchmarkIndicator(id)) continue;
    const series = data.dataset.indicators[id];
    const stands = series?.value.some(
      (row) => typeof row[jointAt] === "number" && typeof row[at] !== "number"
    );
    if (stands === true) releases.add(BENCHMARK_INDICATORS[id].release);
  }
  if (releases.size === 0) return undefined;
  const members = (joint.members ?? []).map((code) => areaOf(data, code)?.name ?? code);
  return `${[...releases].join(" and ")} publishes one return for ${members.join(" and ")} (${joint.name}), and none for ${authority.name} alone: that return is ${authority.name}'s own figure, so CSC.BENCHMARK gives it as ${authority.name}'s, and it is not counted in its statistical neighbours' figure or among the authorities its figures are ranked against.`;
}
