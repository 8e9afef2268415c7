import { formulaMeasures } from "../../domain/indicators/formula-measures";
import type { IndicatorCatalogue } from "../../domain/indicators/indicator-catalogue";
import type { IndicatorDef } from "../../domain/indicators/indicator-def";
import { normaliseMeasureLabel } from "../../domain/measures/measure-label";
import type { MeasureId } from "../../domain/measures/measure-def";

/** The indicator a printed percentage line shows, or why none can be named. */
export type PercentIndicator =
  { readonly ok: true; readonly id: string } | { readonly ok: false; readonly why: string };

/**
 * Names the indicator a percentage line shows, never guessing: the indicator whose name or id the
 * label spells ("% Re-referrals within 12 months"); else the only percentage whose numerator is
 * the measure the label names; else the only percentage built from measures both read in the same
 * table ("% Mnth" beside Refs and Contact is contacts_to_referral_pct). Ambiguous or none: not named.
 * @example percentIndicatorFor("% Mnth", undefined, new Set(["referrals", "contacts"]), INDICATORS) // { ok: true, id: "contacts_to_referral_pct" }
 */
export function percentIndicatorFor(
  label: string,
  labelMeasure: MeasureId | undefined,
  tableMeasures: ReadonlySet<MeasureId>,
  catalogue: IndicatorCatalogue
): PercentIndicator {
  const wanted = withoutPercentWords(label);
  const percentages = Object.entries(catalogue).filter(([, def]) => isPercentage(def));
  if (wanted !== "") {
    const byName = percentages.find(
      ([id, def]) =>
        withoutPercentWords(def.name) === wanted || normaliseMeasureLabel(id) === wanted
    );
    if (byName) return { ok: true, id: byName[0] };
  }
  if (labelMeasure !== undefined) {
    const ofMeasure = percentages.filter(([, def]) => numeratorOf(def) === labelMeasure);
    if (ofMeasure.length === 1 && ofMeasure[0]) return { ok: true, id: ofMeasure[0][0] };
  }
  const built = percentages.filter(([, def]) =>
    (def.formula.kind === "ratio" ? formulaMeasures(def.formula) : []).every((id) =>
      tableMeasures.has(id)
    )
  );
  if (built.length === 1 && built[0]) return { ok: true, id: built[0][0] };
  if (built.length === 0) {
    return {
      ok: false,
      why: "no percentage in the catalogue is built from the counts in this table",
    };
  }
  return {
    ok: false,
    why: `it could be any of ${built.map(([id]) => id).join(", ")}; name it in the label`,
  };
}

function isPercentage(def: IndicatorDef): boolean {
  return def.formula.kind === "ratio" && def.formula.scale === 100;
}

function numeratorOf(def: IndicatorDef): MeasureId | undefined {
  return def.formula.kind === "ratio" ? def.formula.numerator : undefined;
}

function withoutPercentWords(label: string): string {
  return normaliseMeasureLabel(label.replace(/%/g, " "))
    .replace(/^(percentage|percent|pct|proportion|rate)( of)?\b/, "")
    .replace(/^of\b/, "")
    .trim();
}
