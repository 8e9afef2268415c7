import { formulaMeasures } from "../../domain/indicators/formula-measures";
import type { IndicatorCatalogue } from "../../domain/indicators/indicator-catalogue";
import type { IndicatorDef } from "../../domain/indicators/indicator-def";
import { normaliseMeasureLabel } from "../../domain/measures/measure-label";
import { MEASURES } from "../../domain/measures/measure-catalogue";
import type { MeasureDef, MeasureId } from "../../domain/measures/measure-def";
import { joinWords } from "../../domain/text/join-words";

/** The indicator a printed percentage line shows, or why none can be named. */
export type PercentIndicator =
  { readonly ok: true; readonly id: string } | { readonly ok: false; readonly why: string };

/** What is known around a percentage line when its indicator is named. */
export interface PercentContext {
  readonly catalogue: IndicatorCatalogue;
  /** The measure the line's label names, if it names one. */
  readonly labelMeasure?: MeasureId | undefined;
  /** The measures whose counts were read in the line's table. */
  readonly tableMeasures: ReadonlySet<MeasureId>;
  /** Cells of the labels of count lines in the table that name no measure: any may be its count. */
  readonly unrecognised: readonly string[];
  /** Every measure whose counts were read on the sheet. */
  readonly read: ReadonlySet<MeasureId>;
}

/**
 * Names the indicator a percentage line shows, never guessing: the indicator whose name or id the
 * label spells ("% Re-referrals within 12 months"); else, when the label names a measure, the only
 * percentage of it; else the only percentage built from the counts read in the same table ("% Mnth"
 * beside Refs and Contact is contacts_to_referral_pct), unless a count line of that table has a label
 * no measure answers to, which may be the percentage's own. An indicator whose counts were not read
 * is never named: its figures would all disagree with nothing. Ambiguous or none: not named.
 * @example percentIndicatorFor("% Mnth", { catalogue: INDICATORS, tableMeasures: new Set(["referrals", "contacts"]), unrecognised: [], read: new Set(["referrals", "contacts"]) }) // { ok: true, id: "contacts_to_referral_pct" }
 */
export function percentIndicatorFor(label: string, context: PercentContext): PercentIndicator {
  const wanted = withoutPercentWords(label);
  const percentages = Object.entries(context.catalogue).filter(([, def]) => isPercentage(def));
  const choose = (found: ReadonlyArray<readonly [string, IndicatorDef]>, none: string) =>
    only(found, none, context.read);
  if (wanted !== "") {
    const byName = percentages.filter(
      ([id, def]) =>
        withoutPercentWords(def.name) === wanted || normaliseMeasureLabel(id) === wanted
    );
    if (byName.length > 0) return choose(byName.slice(0, 1), "");
  }
  const measure = context.labelMeasure;
  if (measure !== undefined) {
    const ofMeasure = percentages.filter(([, def]) => numeratorOf(def) === measure);
    if (ofMeasure.length > 0)
      return choose(
        ofMeasure,
        `it names ${measureName(measure)}, the count of several percentages`
      );
    const using = percentages.filter(([, def]) => measuresOf(def).includes(measure));
    return choose(
      using,
      `it names ${measureName(measure)}, which no percentage in the catalogue is built from`
    );
  }
  const built = percentages.filter(([, def]) =>
    measuresOf(def).every((id) => context.tableMeasures.has(id))
  );
  if (built.length === 0) {
    return {
      ok: false,
      why: "no percentage in the catalogue is built from the counts in this table",
    };
  }
  const [first] = context.unrecognised;
  if (first !== undefined) {
    return {
      ok: false,
      why: `the label at ${first} in this table names no measure, and may be one of its counts; name the indicator in the label, or add that label as an alias`,
    };
  }
  return choose(built, "");
}

/** The one indicator found, if its counts were read; else why not. */
function only(
  found: ReadonlyArray<readonly [string, IndicatorDef]>,
  none: string,
  read: ReadonlySet<MeasureId>
): PercentIndicator {
  const [first] = found;
  if (first === undefined) return { ok: false, why: none };
  if (found.length > 1) {
    return {
      ok: false,
      why: `it could be any of ${joinWords(
        found.map(([, def]) => def.name),
        "or"
      )}; name it in the label`,
    };
  }
  const [id, def] = first;
  const missing = [...new Set(measuresOf(def))].filter((measure) => !read.has(measure));
  if (missing.length > 0) {
    return {
      ok: false,
      why: `it is ${def.name}, but no counts of ${joinWords(missing.map(measureName), "or")} are read from this sheet`,
    };
  }
  return { ok: true, id };
}

/** A measure as messages name it: the catalogue's name, lower-cased inside a sentence. */
function measureName(measure: MeasureId): string {
  const known: Readonly<Record<MeasureId, MeasureDef | undefined>> = MEASURES;
  const name = known[measure]?.name;
  return name === undefined ? measure : name.charAt(0).toLowerCase() + name.slice(1);
}

function isPercentage(def: IndicatorDef): boolean {
  return def.formula.kind === "ratio" && def.formula.scale === 100;
}

function numeratorOf(def: IndicatorDef): MeasureId | undefined {
  return def.formula.kind === "ratio" ? def.formula.numerator : undefined;
}

function measuresOf(def: IndicatorDef): MeasureId[] {
  return def.formula.kind === "ratio" ? formulaMeasures(def.formula) : [];
}

function withoutPercentWords(label: string): string {
  return normaliseMeasureLabel(label.replace(/%/g, " "))
    .replace(/^(percentage|percent|pct|proportion|rate)( of)?\b/, "")
    .replace(/^of\b/, "")
    .trim();
}
