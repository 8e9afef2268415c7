import { headingKey } from "../../domain/text/heading-key";
import { vocabulary } from "../../domain/text/vocabulary";

/**
 * What a column holds: the indicator a row is about, one of its comparator figures, one of its
 * rating settings, or notes, sources and definitions, which people read and the add-in passes over.
 */
type ColumnDef = {
  /** The heading as the template writes it, and as messages name the column. */
  readonly label: string;
  /** The headings that name it (case, punctuation and qualifiers such as "average" never matter). */
  readonly headings: readonly string[];
} & (
  | { readonly holds: "indicator" | "setting" | "notes" }
  /** `figure` is how a message names one of its values: "the England figure for …". */
  | { readonly holds: "figure"; readonly figure: string }
);

/** Every column the comparators sheet knows, in the order messages list them. */
export const COMPARATOR_COLUMNS = {
  indicator: {
    label: "Indicator",
    holds: "indicator",
    headings: [
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
  },
  target: {
    label: "Target",
    holds: "figure",
    figure: "target",
    headings: ["target", "targets", "local target", "la target", "our target"],
  },
  statNeighbours: {
    label: "Stat neighbours",
    holds: "figure",
    figure: "statistical neighbours figure",
    headings: [
      "stat neighbours",
      "stat neighbour",
      "statistical neighbours",
      "statistical neighbour",
      "stat neighbors",
      "statistical neighbors",
      "sn",
      "sns",
    ],
  },
  england: {
    label: "England",
    holds: "figure",
    figure: "England figure",
    headings: ["england", "national", "eng"],
  },
  // Any heading starting "Region" is the region too: see comparatorColumnRole.
  region: {
    label: "Region",
    holds: "figure",
    figure: "regional figure",
    headings: ["regional", "inner london", "outer london", ...namedRegions()],
  },
  tolerance: {
    label: "Tolerance",
    holds: "setting",
    headings: ["tolerance", "amber tolerance", "rag tolerance"],
  },
  toleranceType: {
    label: "Tolerance type",
    holds: "setting",
    headings: ["tolerance type", "tolerance kind", "tolerance unit"],
  },
  ragBasis: {
    label: "RAG basis",
    holds: "setting",
    headings: ["rag basis", "rate against", "rag against", "rated against", "basis"],
  },
  bandLow: {
    label: "Band low",
    holds: "setting",
    headings: ["band low", "band lower", "band from", "band min", "low band", "lower band"],
  },
  bandHigh: {
    label: "Band high",
    holds: "setting",
    headings: ["band high", "band upper", "band to", "band max", "high band", "upper band"],
  },
  headline: {
    label: "Headline",
    holds: "setting",
    headings: ["headline", "headline figure", "figure", "rated figure"],
  },
  noChangeThreshold: {
    label: "No change threshold",
    holds: "setting",
    headings: ["no change threshold", "no change"],
  },
  // The year the row's benchmarks are from; a year in a figure's heading ("England 2014/15") says it
  // for a whole column (see benchmark-year.ts).
  benchmarkYear: {
    label: "Benchmark year",
    holds: "setting",
    headings: [
      "benchmark year",
      "benchmarks year",
      "year",
      "data year",
      "benchmark period",
      "benchmarks from",
      "year of benchmarks",
      "comparator year",
      "comparators year",
    ],
  },
  notes: {
    label: "Notes",
    holds: "notes",
    headings: [
      "notes",
      "note",
      "comments",
      "comment",
      "source",
      "sources",
      "definition",
      "description",
    ],
  },
} as const satisfies Record<string, ColumnDef>;

type Columns = typeof COMPARATOR_COLUMNS;

/** What a column of the comparators sheet holds. */
export type ComparatorColumnRole = keyof Columns;

type RoleHolding<H extends ColumnDef["holds"]> = {
  [R in ComparatorColumnRole]: Columns[R]["holds"] extends H ? R : never;
}[ComparatorColumnRole];

/** The roles that hold a comparator value. */
export type ValueRole = RoleHolding<"figure">;

/** The columns read for each indicator row: its figures and its rating settings. */
export type ReadRole = RoleHolding<"figure" | "setting">;

const ROLES = Object.keys(COMPARATOR_COLUMNS) as ComparatorColumnRole[];

/** The roles that hold a comparator value, in the table's order. */
export const VALUE_ROLES: readonly ValueRole[] = ROLES.filter(
  (role): role is ValueRole => COMPARATOR_COLUMNS[role].holds === "figure"
);

/**
 * Whether a column is read for each row (a figure or a setting), not the indicator or notes.
 * @example isReadRole("england") // true; isReadRole("notes") // false
 */
export function isReadRole(role: ComparatorColumnRole): role is ReadRole {
  const { holds } = COMPARATOR_COLUMNS[role];
  return holds === "figure" || holds === "setting";
}

/** How the analyst's messages name each column. */
export const COLUMN_LABELS = Object.fromEntries(
  ROLES.map((role) => [role, COMPARATOR_COLUMNS[role].label])
) as Readonly<Record<ComparatorColumnRole, string>>;

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

const ROLE_BY_HEADING = vocabulary(COMPARATOR_COLUMNS, (def: ColumnDef) => def.headings);

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
  const exact = ROLE_BY_HEADING.lookup(key);
  if (exact !== undefined) return exact;
  const stripped = key.replace(QUALIFIERS, " ").replace(/\s+/g, " ").trim();
  if (/^region(al)?\b/.test(stripped)) return "region";
  // "Figure" alone names the headline column, but as a qualifier it is dropped ("England figure").
  return stripped === "" ? undefined : ROLE_BY_HEADING.lookup(stripped);
}
