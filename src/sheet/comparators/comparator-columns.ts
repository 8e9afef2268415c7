import { headingKey } from "../../domain/text/heading-key";

/** What a column of the comparators sheet holds. */
export type ComparatorColumnRole =
  | "indicator"
  | "target"
  | "statNeighbours"
  | "england"
  | "region"
  | "tolerance"
  | "toleranceType"
  | "ragBasis"
  | "bandLow"
  | "bandHigh"
  | "headline"
  | "noChangeThreshold"
  /** Notes, sources, definitions: read by people, not by the add-in, and not worth an issue. */
  | "notes";

/** The roles that hold a comparator value. */
export const VALUE_ROLES = ["target", "statNeighbours", "england", "region"] as const;

/** How the analyst's messages name each column. */
export const COLUMN_LABELS: Readonly<Record<ComparatorColumnRole, string>> = {
  indicator: "Indicator",
  target: "Target",
  statNeighbours: "Stat neighbours",
  england: "England",
  region: "Region",
  tolerance: "Tolerance",
  toleranceType: "Tolerance type",
  ragBasis: "RAG basis",
  bandLow: "Band low",
  bandHigh: "Band high",
  headline: "Headline",
  noChangeThreshold: "No change threshold",
  notes: "Notes",
};

const SYNONYMS: ReadonlyArray<readonly [ComparatorColumnRole, readonly string[]]> = [
  [
    "indicator",
    [
      "indicator",
      "indicators",
      "indicator id",
      "indicator name",
      "indicator id or name",
      "measure",
      "measure name",
      "id",
      "name",
      "kpi",
      "kpi name",
      "performance indicator",
    ],
  ],
  ["target", ["target", "targets", "local target", "la target", "our target"]],
  [
    "statNeighbours",
    [
      "stat neighbours",
      "stat neighbour",
      "statistical neighbours",
      "statistical neighbour",
      "stat neighbors",
      "statistical neighbors",
      "sn",
      "sns",
    ],
  ],
  ["england", ["england", "national", "eng"]],
  ["region", ["regional", "inner london", "outer london", ...namedRegions()]],
  ["tolerance", ["tolerance", "amber tolerance", "rag tolerance"]],
  ["toleranceType", ["tolerance type", "tolerance kind", "tolerance unit"]],
  ["ragBasis", ["rag basis", "rate against", "rag against", "rated against", "basis"]],
  ["bandLow", ["band low", "band lower", "band from", "band min", "low band", "lower band"]],
  ["bandHigh", ["band high", "band upper", "band to", "band max", "high band", "upper band"]],
  ["headline", ["headline", "headline figure", "figure", "rated figure"]],
  ["noChangeThreshold", ["no change threshold", "no change"]],
  [
    "notes",
    ["notes", "note", "comments", "comment", "source", "sources", "definition", "description"],
  ],
];

function namedRegions(): string[] {
  return [
    "london",
    "north east",
    "north west",
    "yorkshire and the humber",
    "yorkshire and humber",
    "east midlands",
    "west midlands",
    "east of england",
    "south east",
    "south west",
  ];
}

const ROLE_BY_KEY: ReadonlyMap<string, ComparatorColumnRole> = new Map(
  SYNONYMS.flatMap(([role, keys]) => keys.map((key) => [key, role] as const))
);

// Qualifiers that do not change what a column holds: "England average 2014/15", "SN (mean)", "Target %".
const QUALIFIERS = /\b(average|avg|mean|median|value|values|figure|latest|\d{4}( \d{2,4})?)\b|%/g;

/**
 * The role a heading names, ignoring case, punctuation and qualifiers such as "average" or a year;
 * any heading starting "Region" is the region, as are "Regional" and the English regions' names.
 * @example comparatorColumnRole("SN average") // "statNeighbours"
 * @example comparatorColumnRole("England 2014/15") // "england"
 * @example comparatorColumnRole("North West") // "region"
 */
export function comparatorColumnRole(heading: unknown): ComparatorColumnRole | undefined {
  if (typeof heading !== "string") return undefined;
  const key = headingKey(heading);
  if (key === "") return undefined;
  const exact = ROLE_BY_KEY.get(key);
  if (exact !== undefined) return exact;
  const stripped = key.replace(QUALIFIERS, " ").replace(/\s+/g, " ").trim();
  if (/^region(al)?\b/.test(stripped)) return "region";
  // "Figure" alone names the headline column, but as a qualifier it is dropped ("England figure").
  return stripped === "" ? undefined : ROLE_BY_KEY.get(stripped);
}
