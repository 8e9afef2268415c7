import { headingKey } from "../../domain/text/heading-key";

/** A column of the custom indicators section. */
export type CustomIndicatorField =
  | "id"
  | "name"
  | "kind"
  | "numerator"
  | "denominator"
  | "polarity"
  | "section"
  | "decimals"
  | "definition";

const FIELD_BY_HEADING: ReadonlyMap<string, CustomIndicatorField> = new Map([
  ["id", "id"],
  ["indicator id", "id"],
  ["name", "name"],
  ["indicator name", "name"],
  ["kind", "kind"],
  ["type", "kind"],
  ["numerator", "numerator"],
  ["count", "numerator"],
  ["denominator", "denominator"],
  ["polarity", "polarity"],
  ["better", "polarity"],
  ["section", "section"],
  ["decimals", "decimals"],
  ["decimal places", "decimals"],
  ["dp", "decimals"],
  ["definition", "definition"],
  ["description", "definition"],
] as const);

/** The fields a row cannot do without. */
export const REQUIRED_FIELDS: readonly CustomIndicatorField[] = ["id", "kind", "numerator"];

/**
 * The field a heading of the custom indicators section names.
 * @example customIndicatorField("Decimal places") // "decimals"
 */
export function customIndicatorField(heading: string): CustomIndicatorField | undefined {
  return FIELD_BY_HEADING.get(headingKey(heading));
}

const KINDS: ReadonlyMap<string, "percent" | "ratio" | "rate"> = new Map([
  ["percent", "percent"],
  ["percentage", "percent"],
  ["%", "percent"],
  ["pct", "percent"],
  ["ratio", "ratio"],
  ["rate", "rate"],
  ["per 10k", "rate"],
  ["per 10000", "rate"],
  ["per 10 000", "rate"],
  ["rate per 10000", "rate"],
  ["rate per 10 000", "rate"],
  ["rate per 10k", "rate"],
] as const);

/**
 * Reads an indicator's kind: percent, ratio, or rate (per 10,000 children).
 * @example customIndicatorKind("Rate per 10,000") // "rate"
 */
export function customIndicatorKind(text: string): "percent" | "ratio" | "rate" | undefined {
  return KINDS.get(headingKey(text));
}
