import { MEASURES } from "../measures/measure-catalogue";
import type { MeasureDef, MeasureId } from "../measures/measure-def";
import { buildMeasureLabelIndex, measureIdForLabel } from "../measures/measure-label";
import { fail, ok, type Calc } from "../result/calc";
import { nearest } from "../text/nearest";
import { INDICATORS, type IndicatorCatalogue } from "./indicator-catalogue";
import { SECTION_LABELS, type IndicatorDef, type Section } from "./indicator-def";
import { parsePolarity } from "./polarity-label";

/**
 * An analyst's own indicator, as a settings sheet states it: a percentage or ratio of any two
 * measures, or a rate per 10,000 children of one. Everything but the id, the kind and the measures
 * has a default, so one row is enough.
 */
export interface CustomIndicatorSpec {
  readonly id: string;
  readonly kind: "percent" | "ratio" | "rate";
  /** A measure id or any of its aliases ("Refs", "# of referrals"). */
  readonly numerator: string;
  /** Required for a percent or ratio; a rate is always per child population. */
  readonly denominator?: string;
  readonly name?: string;
  /** A section's id or label ("Front door"); default front door. */
  readonly section?: string;
  /** higher / lower / range / context (or H, L, R, C); default context. */
  readonly polarity?: string;
  readonly decimals?: number;
  readonly definition?: string;
}

/** The inputs of an own indicator, which a failure to define one names. */
export type CustomIndicatorField = keyof CustomIndicatorSpec;

type Defined<T> = Calc<T, CustomIndicatorField>;

const ID_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;

function measureFor(
  label: string,
  role: "numerator" | "denominator",
  id: string,
  measures: Readonly<Record<MeasureId, MeasureDef>>
): Defined<MeasureId> {
  const found = measureIdForLabel(label, buildMeasureLabelIndex(measures));
  if (found !== undefined) return ok(found);
  const hint = nearest(label, Object.keys(measures));
  return fail(
    "INVALID_INPUT",
    `Indicator ${id}: the ${role} "${label}" is not a known measure.${hint.length > 0 ? ` Did you mean ${hint.join(", ")}?` : ""}`,
    role
  );
}

function sectionFor(text: string | undefined, id: string): Defined<Section> {
  if (text === undefined || text.trim() === "") return ok("frontDoor");
  const wanted = text.trim().toLowerCase();
  const entry = Object.entries(SECTION_LABELS).find(
    ([key, label]) => key.toLowerCase() === wanted || label.toLowerCase() === wanted
  );
  return entry !== undefined
    ? ok(entry[0] as Section)
    : fail(
        "INVALID_INPUT",
        `Indicator ${id}: the section "${text}" is not one of ${Object.values(SECTION_LABELS).join(", ")}.`,
        "section"
      );
}

/**
 * Turns a spec into a catalogue entry, checking it as the catalogue's own entries are checked: the
 * measures exist, the id is new and well-formed. A failure names the field at fault.
 * @example defineCustomIndicator({ id: "s47_per10k", kind: "rate", numerator: "s47_enquiries" }) // ok({ id, def })
 */
export function defineCustomIndicator(
  spec: CustomIndicatorSpec,
  catalogue: IndicatorCatalogue = INDICATORS,
  measures: Readonly<Record<MeasureId, MeasureDef>> = MEASURES
): Defined<{ id: string; def: IndicatorDef }> {
  const id = spec.id.trim();
  if (!ID_PATTERN.test(id)) {
    return fail(
      "INVALID_INPUT",
      `"${spec.id}" cannot be an indicator id: use lower-case letters, digits and underscores, starting with a letter (at most 40).`,
      "id"
    );
  }
  // Own ids only: "constructor" is a new id, not Object.prototype's.
  if (Object.hasOwn(catalogue, id))
    return fail("INVALID_INPUT", `Indicator ${id} already exists in the catalogue.`, "id");
  const numerator = measureFor(spec.numerator, "numerator", id, measures);
  if (!numerator.ok) return numerator;
  const section = sectionFor(spec.section, id);
  if (!section.ok) return section;
  const polarity = parsePolarity(spec.polarity ?? "context");
  if (polarity === undefined) {
    return fail(
      "INVALID_INPUT",
      `Indicator ${id}: the polarity "${spec.polarity}" is not higher, lower, range or context.`,
      "polarity"
    );
  }
  const decimals = spec.decimals ?? 1;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 6) {
    return fail(
      "INVALID_INPUT",
      `Indicator ${id}: ${decimals} decimal places is not a whole number from 0 to 6.`,
      "decimals"
    );
  }
  const numeratorName = measures[numerator.value]?.name ?? numerator.value;
  const common = {
    name: spec.name?.trim() || id,
    section: section.value,
    polarity,
    decimals,
    source: "Local indicator defined in the workbook",
  };
  if (spec.kind === "rate") {
    return ok({
      id,
      def: {
        ...common,
        formula: { kind: "rate", count: numerator.value, per: 10_000 },
        unit: "per10k",
        definition: spec.definition?.trim() || `${numeratorName} per 10,000 children aged 0–17.`,
      },
    });
  }
  if (spec.denominator === undefined || spec.denominator.trim() === "") {
    return fail(
      "INVALID_INPUT",
      `Indicator ${id}: a ${spec.kind} needs a denominator measure.`,
      "denominator"
    );
  }
  const denominator = measureFor(spec.denominator, "denominator", id, measures);
  if (!denominator.ok) return denominator;
  if (
    measures[numerator.value]?.kind !== measures[denominator.value]?.kind &&
    spec.kind === "percent"
  ) {
    return fail(
      "INVALID_INPUT",
      `Indicator ${id}: a percentage needs two flows or two stocks; ${numerator.value} and ${denominator.value} differ.`,
      "denominator"
    );
  }
  const denominatorName = measures[denominator.value]?.name ?? denominator.value;
  const percent = spec.kind === "percent";
  return ok({
    id,
    def: {
      ...common,
      formula: {
        kind: "ratio",
        numerator: numerator.value,
        denominator: denominator.value,
        scale: percent ? 100 : 1,
      },
      unit: percent ? "percent" : "ratio",
      definition:
        spec.definition?.trim() ||
        `${numeratorName} ${percent ? "as a percentage of" : "divided by"} ${denominatorName.toLowerCase()}.`,
    },
  });
}

/**
 * The built-in catalogue with the analyst's own indicators added after it, or the first problem.
 * @example catalogueWithCustom([{ id: "s47_per10k", kind: "rate", numerator: "s47_enquiries" }])
 */
export function catalogueWithCustom(
  specs: readonly CustomIndicatorSpec[],
  catalogue: IndicatorCatalogue = INDICATORS,
  measures: Readonly<Record<MeasureId, MeasureDef>> = MEASURES
): Defined<IndicatorCatalogue> {
  const combined: Record<string, IndicatorDef> = { ...catalogue };
  for (const spec of specs) {
    const defined = defineCustomIndicator(spec, combined, measures);
    if (!defined.ok) return defined;
    combined[defined.value.id] = defined.value.def;
  }
  return ok(combined);
}
