import { nearest } from "../text/nearest";
import { areaNameKey } from "./area-name-key";
import type { AreaRecord, BenchmarkData } from "./benchmark-dataset";
import { noFigure, type BenchmarkLookup } from "./benchmark-value";
import { replacedBy } from "./reorganisations";

/**
 * Finds an area as an analyst names it: the DfE 3-digit code ("874"), an ONS code ("E06000031",
 * either of North Yorkshire's), or the name in any case and punctuation ("peterborough",
 * "Kingston upon Hull"), England and the regions included. A name two areas share (Dorset County
 * until 2019 and Dorset Council since) is the current one. An authority that was replaced is still
 * found: its figures are those of its own years, and lookups for later years say what replaced it.
 * @example findArea(data, "E06000031").value.code // "874"
 * @example findArea(data, "kingston upon hull").value.name // "Kingston upon Hull, City of"
 */
export function findArea(data: BenchmarkData, query: string): BenchmarkLookup<AreaRecord> {
  const wanted = query.trim();
  if (wanted === "") return noFigure("UNKNOWN_AREA", "No authority is named.");
  const areas = data.dataset.areas;
  const byCode = areas.find((area) => area.code === wanted);
  if (byCode !== undefined) return { ok: true, value: byCode };
  const upper = wanted.toUpperCase();
  const byGss = areas.find((area) => area.code === upper || (area.gss ?? []).includes(upper));
  if (byGss !== undefined) return { ok: true, value: byGss };
  const key = areaNameKey(wanted);
  const named = areas.filter(
    (area) => areaNameKey(area.name) === key || shortNameKey(area.name) === key
  );
  const chosen = named.find((area) => replacedBy(area.code) === undefined) ?? named[0];
  if (chosen !== undefined) return { ok: true, value: chosen };
  const suggestions = nearest(
    key,
    areas.map((area) => areaNameKey(area.name)),
    3
  );
  const names = suggestions.flatMap((suggestion) =>
    areas.filter((area) => areaNameKey(area.name) === suggestion).map((a) => a.name)
  );
  const hint = names.length > 0 ? ` Did you mean ${[...new Set(names)].join(", ")}?` : "";
  return noFigure(
    "UNKNOWN_AREA",
    `"${wanted}" is not an English local authority, region or England in the published tables: give its name or its DfE (3-digit) or ONS (E06…) code.${hint}`
  );
}

/** "Kingston upon Hull, City of" is "Kingston upon Hull"; "Bristol, City of" is "Bristol". */
function shortNameKey(name: string): string {
  return areaNameKey(name.replace(/,\s*(City|County) of$/i, ""));
}
