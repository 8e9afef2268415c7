import type {
  CustomIndicatorField,
  CustomIndicatorSpec,
} from "../../domain/indicators/custom-indicator";
import { vocabulary } from "../../domain/text/vocabulary";

/** A column of the custom indicators section: one input of an own indicator. */
export type { CustomIndicatorField };

const FIELDS = vocabulary<CustomIndicatorField>({
  id: ["id", "indicator id"],
  name: ["name", "indicator name"],
  kind: ["kind", "type"],
  numerator: ["numerator", "count"],
  denominator: ["denominator"],
  polarity: ["polarity", "better"],
  section: ["section"],
  decimals: ["decimals", "decimal places", "dp"],
  definition: ["definition", "description"],
});

/** The fields a row cannot do without. */
export const REQUIRED_FIELDS: readonly CustomIndicatorField[] = ["id", "kind", "numerator"];

/**
 * The field a heading of the custom indicators section names.
 * @example customIndicatorField("Decimal places") // "decimals"
 */
export function customIndicatorField(heading: string): CustomIndicatorField | undefined {
  return FIELDS.lookup(heading);
}

const KINDS = vocabulary<CustomIndicatorSpec["kind"]>({
  percent: ["percent", "percentage", "%", "pct"],
  ratio: ["ratio"],
  rate: [
    "rate",
    "per 10k",
    "per 10000",
    "per 10 000",
    "rate per 10000",
    "rate per 10 000",
    "rate per 10k",
  ],
});

/**
 * Reads an indicator's kind: percent, ratio, or rate (per 10,000 children).
 * @example customIndicatorKind("Rate per 10,000") // "rate"
 */
export function customIndicatorKind(text: string): CustomIndicatorSpec["kind"] | undefined {
  return KINDS.lookup(text);
}
