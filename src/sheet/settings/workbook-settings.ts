import { shownCell } from "../../domain/cell/shown-cell";
import { readCell } from "../../domain/cell/read-cell";
import { readToleranceType, type ToleranceType } from "../../domain/compare/tolerance-type";
import { DEFAULT_SUPPRESSION_THRESHOLD } from "../../domain/format/suppression";
import { DEFAULT_FY_START_MONTH } from "../../domain/period/financial-year";
import type { Calc } from "../../domain/result/calc";
import { POPULATION_RULE } from "../cell/number-rule";
import { readRagBasisChoice } from "../comparators/rag-basis-choice";
import { readTolerance } from "../comparators/tolerance-cell";
import { readNeighbourMethod } from "./neighbour-method";
import { readReportBy } from "./report-by";
import type { RawCell } from "../grid";
import { DEFAULT_INPUT_SHEET_NAMES } from "../input-sheets";
import {
  readMonthOfYear,
  readNumberSetting,
  readReportingMonth,
  readSheetName,
  readTextSetting,
  readYesNo,
} from "./setting-values";

/** One key of the settings sheet as the README documents it and the key column is matched. */
export interface SettingKeyDef {
  /** The key as the template writes it, and as messages name it. */
  readonly key: string;
  /** Other spellings accepted (case and punctuation never matter). */
  readonly synonyms: readonly string[];
  readonly meaning: string;
  /** The default, in words. */
  readonly defaultText: string;
  readonly example: string;
}

/**
 * A key whose value is in the next cell. `Uses` is what its reader needs of the keys read before it.
 * @typeParam T what the value cell holds, once read
 */
export interface SettingDef<T, Uses extends object = object> extends SettingKeyDef {
  /** Reads the value cell; `null` asks for the default ("Latest" for the reporting month). */
  readonly read: (cell: RawCell, format: string, earlier: Readonly<Uses>) => Calc<T | null>;
  /** The value when the key is absent or unusable; none where the engine has its own default. */
  readonly default?: T;
  /**
   * The keys whose values the reader uses ("RAG tolerance type" says how to read a bare tolerance):
   * they are read first, and live on in this key's value rather than as settings of their own.
   */
  readonly uses?: ReadonlyArray<keyof Uses & string>;
}

// Overloads keep a default's presence in the row's type, so the settings' type knows which keys
// always have a value.
function setting<T, Uses extends object = object>(
  def: SettingDef<T, Uses> & { readonly default: T }
): SettingDef<T, Uses> & { readonly default: T };
function setting<T, Uses extends object = object>(def: SettingDef<T, Uses>): SettingDef<T, Uses>;
function setting<T, Uses extends object>(def: SettingDef<T, Uses>): SettingDef<T, Uses> {
  return def;
}

/**
 * Every key the settings sheet reads, in the order the template lists them: what each is called,
 * how its value is read, its default and its documentation. The keys the reader matches, the order
 * values are read in, the defaults, the settings' type and the README's table all come from here.
 */
export const SETTINGS = {
  localAuthority: setting({
    key: "Local authority",
    synonyms: ["LA", "Authority", "Council", "LA name"],
    read: readTextSetting,
    meaning: "The council's name, shown in titles.",
    defaultText: "none",
    example: "Peterborough",
  }),
  authority: setting({
    key: "Benchmark authority",
    synonyms: [
      "LA code",
      "Authority code",
      "DfE LA code",
      "LA number",
      "Benchmarks for",
      "Benchmark LA",
      "Comparator authority",
    ],
    read: readTextSetting,
    meaning:
      "The English authority whose published figures fill the statistical neighbours, England and region comparators the comparators sheet leaves blank: its name, DfE code (874) or ONS code (E06000031).",
    defaultText: "none: only the comparators sheet's figures",
    example: "874",
  }),
  neighbourMethod: setting({
    key: "Stat neighbours average",
    synonyms: [
      "SN average",
      "Stat neighbour average",
      "Statistical neighbours average",
      "SN method",
    ],
    // No default here: absent, the built-in benchmarks take the mean (authorityBenchmarks's own).
    read: (cell) => readNeighbourMethod(shownCell(cell)),
    meaning:
      "How the built-in statistical-neighbour figure combines the 10 neighbours: mean (as LAIT did), median, or pooled (Σnumerator ÷ Σdenominator).",
    defaultText: "mean",
    example: "median",
  }),
  reportingMonth: setting({
    key: "Reporting month",
    synonyms: ["Month", "Report month", "Reporting period"],
    read: readReportingMonth,
    meaning: "The month the scorecard reports: a date cell, or text such as May 2015 or 2015-05.",
    defaultText: "the latest month with data",
    example: "May 2015",
  }),
  // Not "Reporting period": that has long been a way of writing "Reporting month".
  reportBy: setting({
    key: "Report by",
    synonyms: ["Reports by", "Reporting by", "Report frequency", "Reporting frequency"],
    read: (cell) => readReportBy(shownCell(cell)),
    default: "month" as const,
    meaning:
      "Whether the scorecard reports the month or the financial quarter it falls in: month, or quarter for a quarterly pack (Quarter 3 2015/16, April to December 2015), which adds the quarter so far beside the month and the year to date.",
    defaultText: "month",
    example: "quarter",
  }),
  fyStartMonth: setting({
    key: "Financial year start month",
    synonyms: ["Financial year start", "FY start", "FY start month", "Year start month"],
    read: readMonthOfYear,
    default: DEFAULT_FY_START_MONTH,
    meaning: "The first month of the financial year, as a number 1–12 or a month name.",
    defaultText: "April (4)",
    example: "April",
  }),
  ragBasis: setting({
    key: "RAG basis",
    synonyms: ["Rate against", "Default RAG basis"],
    read: (cell) => readRagBasisChoice(shownCell(cell)),
    meaning:
      "What ratings are judged against when the comparators sheet sets none: target, stat neighbours, England, region, band, last year or quartile (the place among all authorities; needs a Benchmark authority).",
    defaultText: "band for range indicators, else target, then stat neighbours, then England",
    example: "Stat neighbours",
  }),
  tolerance: setting({
    key: "RAG tolerance",
    synonyms: ["Tolerance", "Amber tolerance"],
    read: (cell, format, earlier: { readonly toleranceType?: ToleranceType }) =>
      readTolerance(readCell(cell, format), earlier.toleranceType),
    uses: ["toleranceType"],
    meaning:
      "How far on the wrong side is still amber: 5% is 5% of the comparator, 2 points is 2 in the indicator's unit.",
    defaultText: "5%",
    example: "5%",
  }),
  toleranceType: setting({
    key: "RAG tolerance type",
    synonyms: ["Tolerance type"],
    read: (cell) => readToleranceType(shownCell(cell)),
    meaning: "Whether a bare tolerance number is relative (%) or absolute (points).",
    defaultText: "none: write 5% or 2 points",
    example: "points",
  }),
  suppression: setting({
    key: "Suppress small numbers",
    synonyms: ["Suppression", "Suppress", "Small number suppression"],
    read: readYesNo,
    default: false,
    meaning:
      "Whether small counts, and rates and percentages built on them, are shown as c: yes or no.",
    defaultText: "no",
    example: "yes",
  }),
  suppressionThreshold: setting({
    key: "Suppression threshold",
    synonyms: ["Suppress up to", "Small number threshold"],
    read: (cell, format) =>
      readNumberSetting(cell, format, { min: 0, whole: true, what: "a suppression threshold" }),
    default: DEFAULT_SUPPRESSION_THRESHOLD,
    meaning: "Counts from 1 to this whole number are suppressed.",
    defaultText: String(DEFAULT_SUPPRESSION_THRESHOLD),
    example: "5",
  }),
  population: setting({
    key: "Population",
    synonyms: ["Population 0-17", "Child population", "Population aged 0-17"],
    read: (cell, format) => readNumberSetting(cell, format, POPULATION_RULE),
    meaning: "Children aged 0–17 (ONS mid-year estimate), for rates per 10,000.",
    defaultText: "none: rates are not computed",
    example: "45000",
  }),
  dataSheet: setting({
    key: "Data sheet",
    synonyms: ["Data sheet name"],
    read: readSheetName,
    default: DEFAULT_INPUT_SHEET_NAMES.data,
    meaning: "The name of the sheet holding the monthly data.",
    defaultText: DEFAULT_INPUT_SHEET_NAMES.data,
    example: "Monthly data",
  }),
  noChangeThreshold: setting({
    key: "No change threshold",
    synonyms: ["No change", "Direction of travel threshold"],
    read: (cell, format) =>
      readNumberSetting(cell, format, { min: 0, what: "a no change threshold" }),
    meaning: "Moves no bigger than this, in each indicator's unit, show as no change.",
    defaultText: "0",
    example: "0.5",
  }),
  // Read by the alias collector: an alias takes two cells, the label and the measure id.
  alias: {
    key: "Alias",
    synonyms: ["Row alias", "Extra alias"],
    meaning:
      "Maps one of the analyst's own row labels to a measure id: the label in the next cell, the measure id in the one after. A section headed Aliases (label | measure id) does the same for many.",
    defaultText: "none",
    example: "Alias | Contacts in month | contacts",
  },
} as const satisfies Record<string, SettingKeyDef>;

type Settings = typeof SETTINGS;

/** The keys of the settings sheet. */
export type SettingKey = keyof Settings;

/** The keys read from the one cell after them, by their row's reader. */
export type ValueKey = {
  [K in SettingKey]: Settings[K] extends { readonly read: unknown } ? K : never;
}[SettingKey];

/** What a key's value cell holds once read. */
export type SettingValue<K extends ValueKey> = Settings[K] extends {
  readonly read: (...args: never[]) => Calc<infer T | null>;
}
  ? T
  : never;

/** The values read so far, before defaults are filled in. */
export type GatheredSettings = { -readonly [K in ValueKey]?: SettingValue<K> };

type DefaultedKey = {
  [K in ValueKey]: Settings[K] extends { readonly default: unknown } ? K : never;
}[ValueKey];

/** The keys another key's reader uses, which live on in that key's value. */
type UsedKey = NonNullable<Settings[ValueKey]["uses"]>[number];

type ReadSettings = { readonly [K in DefaultedKey]: SettingValue<K> } & {
  readonly [K in Exclude<ValueKey, DefaultedKey | UsedKey>]?: SettingValue<K>;
};

/**
 * The workbook-wide choices of the settings sheet, with every default filled in: one property a
 * key, except that suppression and its threshold travel together as the engine takes them.
 */
export type WorkbookSettings = {
  readonly [
    K in keyof ReadSettings as K extends "suppression" | "suppressionThreshold" ? never : K
  ]: ReadSettings[K];
} & {
  readonly suppression: {
    readonly enabled: ReadSettings["suppression"];
    readonly threshold: ReadSettings["suppressionThreshold"];
  };
};

const DEFAULTS = Object.fromEntries(
  Object.entries(SETTINGS).flatMap(([key, def]) => ("default" in def ? [[key, def.default]] : []))
) as { readonly [K in DefaultedKey]: SettingValue<K> };

const USED_KEYS: readonly UsedKey[] = Object.values(SETTINGS).flatMap((def) =>
  "uses" in def ? def.uses : []
);

/**
 * The settings from the values read, with the table's default for every key that has one.
 * @example withDefaults({ localAuthority: "Croydon" })
 * // { fyStartMonth: 4, dataSheet: "CSC Data", localAuthority: "Croydon", suppression: { enabled: false, threshold: 5 } }
 */
export function withDefaults(gathered: Readonly<GatheredSettings>): WorkbookSettings {
  const { suppression, suppressionThreshold, ...read } = { ...DEFAULTS, ...gathered };
  for (const key of USED_KEYS) delete read[key];
  return { ...read, suppression: { enabled: suppression, threshold: suppressionThreshold } };
}

/** The settings of a workbook whose settings sheet is empty or missing. */
export const DEFAULT_WORKBOOK_SETTINGS: WorkbookSettings = withDefaults({});

/** Every key with its id, in the order the template lists them, as the README documents them. */
export const SETTINGS_TABLE: ReadonlyArray<SettingKeyDef & { readonly id: SettingKey }> =
  Object.entries(SETTINGS).map(([id, def]) => ({ ...def, id: id as SettingKey }));

/**
 * One value for every key of the table, such as its label or the words it is known by.
 * @example eachSetting((def) => def.key).fyStartMonth // "Financial year start month"
 */
export function eachSetting<V>(value: (def: SettingKeyDef) => V): Readonly<Record<SettingKey, V>> {
  return Object.fromEntries(
    Object.entries(SETTINGS).map(([id, def]) => [id, value(def)])
  ) as Record<SettingKey, V>;
}
