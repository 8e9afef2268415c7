import { areaNameKey } from "./area-name-key";
import type { BenchmarkData } from "./benchmark-dataset";
import { replacedBy } from "./reorganisations";

/** One authority as a searchable list offers it. */
export interface AuthorityChoice {
  /** The DfE code: what the Benchmark authority setting is set to. */
  readonly code: string;
  readonly name: string;
  /** Every ONS code the authority has had. */
  readonly gss: readonly string[];
  readonly regionName: string;
  /** False for an authority that was replaced (Cumbria, Northamptonshire …), listed after the rest. */
  readonly current: boolean;
  /** "Peterborough (874, East of England)", as a list shows it. */
  readonly label: string;
}

/**
 * Every English authority in the published tables, for a searchable list (the task pane's): current
 * ones by name, then the replaced ones, each labelled with its code and region. Joint returns,
 * regions and England are not authorities to choose.
 * @example authorityChoices(data)[0].label // "Barking and Dagenham (301, London)"
 */
export function authorityChoices(data: BenchmarkData): AuthorityChoice[] {
  const regionName = new Map(data.dataset.areas.map((area) => [area.code, area.name]));
  return data.dataset.areas
    .filter((area) => area.level === "la")
    .map((area) => {
      const region = regionName.get(area.region ?? "") ?? "";
      const current = replacedBy(area.code) === undefined;
      const note = current ? "" : ", replaced";
      return {
        code: area.code,
        name: area.name,
        gss: area.gss ?? [],
        regionName: region,
        current,
        label: `${area.name} (${area.code}, ${region}${note})`,
      };
    })
    .sort((a, b) => Number(b.current) - Number(a.current) || a.name.localeCompare(b.name, "en-GB"));
}

/**
 * The choices matching what the analyst has typed, best first: a code (DfE or ONS) exactly, then
 * names starting with the text, then names with a word starting with it, then names containing it;
 * case, punctuation and "&" for "and" never matter. Blank text lists them all.
 * @example searchAuthorities(choices, "hull")[0].name // "Kingston upon Hull, City of"
 * @example searchAuthorities(choices, "874")[0].name // "Peterborough"
 */
export function searchAuthorities(
  choices: readonly AuthorityChoice[],
  query: string,
  limit = Number.POSITIVE_INFINITY
): AuthorityChoice[] {
  const wanted = areaNameKey(query);
  if (wanted === "") return choices.slice(0, limit);
  const upper = query.trim().toUpperCase();
  const scored: Array<[number, number, AuthorityChoice]> = [];
  choices.forEach((choice, order) => {
    const name = areaNameKey(choice.name);
    const score =
      choice.code === query.trim() || choice.gss.includes(upper)
        ? 0
        : name.startsWith(wanted)
          ? 1
          : ` ${name}`.includes(` ${wanted}`)
            ? 2
            : name.includes(wanted) || choice.code.startsWith(query.trim())
              ? 3
              : -1;
    if (score >= 0) scored.push([score, order, choice]);
  });
  return scored
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
    .slice(0, limit)
    .map(([, , choice]) => choice);
}
