import { nearest } from "../text/nearest";
import { fail, ok, type Calc } from "../result/calc";
import { INDICATORS, type IndicatorCatalogue } from "./indicator-catalogue";
import type { IndicatorDef } from "./indicator-def";

/** An indicator found by id or by name, case-insensitively. */
export interface FoundIndicator {
  readonly id: string;
  readonly def: IndicatorDef;
}

/**
 * Looks an indicator up by its id (`rereferral_pct`) or its name ("Re-referrals within 12 months");
 * an unknown one is NO_DATA with the nearest ids suggested, unless `suggest` is false (a sheet of
 * many unknown rows lists few, and working out suggestions for the rest is wasted).
 * @example findIndicator("REREFERRAL_PCT") // ok({ id: "rereferral_pct", def: … })
 */
export function findIndicator(
  idOrName: string,
  catalogue: IndicatorCatalogue = INDICATORS,
  suggest = true
): Calc<FoundIndicator> {
  const wanted = idOrName.trim().toLowerCase();
  for (const [id, def] of Object.entries(catalogue)) {
    if (id.toLowerCase() === wanted || def.name.toLowerCase() === wanted) return ok({ id, def });
  }
  const suggestions = suggest ? nearest(wanted, Object.keys(catalogue)) : [];
  const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.join(", ")}?` : "";
  return fail("NO_DATA", `There is no indicator "${idOrName.trim()}".${hint}`);
}
