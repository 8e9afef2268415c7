import type { Tolerance } from "../../domain/compare/rag";
import { DEFAULT_SUPPRESSION_THRESHOLD } from "../../domain/format/suppression";
import { DEFAULT_FY_START_MONTH } from "../../domain/period/financial-year";
import type { MonthKey } from "../../domain/period/month";
import type { RagBasisChoice } from "../comparators/rag-basis-choice";
import { DEFAULT_INPUT_SHEET_NAMES } from "../input-sheets";

/** The workbook-wide choices of the settings sheet, with every default filled in. */
export interface WorkbookSettings {
  /** The council's name, for titles ("Peterborough"); no default. */
  readonly localAuthority?: string;
  /** The month the scorecard reports; default: the latest month with data. */
  readonly reportingMonth?: MonthKey;
  /** First month of the financial year, 1–12; default 4 (April). */
  readonly fyStartMonth: number;
  /** What ratings are judged against when a row sets no basis; default: the engine's `defaultRagBasis`. */
  readonly ragBasis?: RagBasisChoice;
  /** How far past the line is still amber, when a row sets none; default 5% of the comparator. */
  readonly tolerance?: Tolerance;
  /** Disclosure control: off unless asked; counts 1–5 shown as c when on. */
  readonly suppression: { readonly enabled: boolean; readonly threshold: number };
  /** Children aged 0–17 (ONS mid-year estimate), for rates per 10,000; no default. */
  readonly population?: number;
  /** The sheet holding the monthly data; default "CSC Data". */
  readonly dataSheet: string;
  /** Moves no bigger than this, in each indicator's unit, are "No change"; default 0. */
  readonly noChangeThreshold?: number;
}

/** The settings of a workbook whose settings sheet is empty or missing. */
export const DEFAULT_WORKBOOK_SETTINGS: WorkbookSettings = {
  fyStartMonth: DEFAULT_FY_START_MONTH,
  suppression: { enabled: false, threshold: DEFAULT_SUPPRESSION_THRESHOLD },
  dataSheet: DEFAULT_INPUT_SHEET_NAMES.data,
};

/** The keys of the settings sheet. */
export type SettingKey =
  | "localAuthority"
  | "reportingMonth"
  | "fyStartMonth"
  | "ragBasis"
  | "tolerance"
  | "toleranceType"
  | "suppression"
  | "suppressionThreshold"
  | "population"
  | "dataSheet"
  | "noChangeThreshold"
  | "alias";

/** One key of the settings sheet, as the README documents it. */
export interface SettingDoc {
  readonly id: SettingKey;
  /** The key as the template writes it. */
  readonly key: string;
  /** Other spellings accepted (case and punctuation never matter). */
  readonly synonyms: readonly string[];
  readonly meaning: string;
  readonly defaultValue: string;
  readonly example: string;
}

/** Every key the settings sheet reads, in the order the template lists them. */
export const SETTINGS_TABLE: readonly SettingDoc[] = [
  {
    id: "localAuthority",
    key: "Local authority",
    synonyms: ["LA", "Authority", "Council", "LA name"],
    meaning: "The council's name, shown in titles.",
    defaultValue: "none",
    example: "Peterborough",
  },
  {
    id: "reportingMonth",
    key: "Reporting month",
    synonyms: ["Month", "Report month", "Reporting period"],
    meaning: "The month the scorecard reports: a date cell, or text such as May 2015 or 2015-05.",
    defaultValue: "the latest month with data",
    example: "May 2015",
  },
  {
    id: "fyStartMonth",
    key: "Financial year start month",
    synonyms: ["Financial year start", "FY start", "FY start month", "Year start month"],
    meaning: "The first month of the financial year, as a number 1–12 or a month name.",
    defaultValue: "April (4)",
    example: "April",
  },
  {
    id: "ragBasis",
    key: "RAG basis",
    synonyms: ["Rate against", "Default RAG basis"],
    meaning:
      "What ratings are judged against when the comparators sheet sets none: target, stat neighbours, England, region, band or last year.",
    defaultValue: "band for range indicators, else target, then stat neighbours, then England",
    example: "Stat neighbours",
  },
  {
    id: "tolerance",
    key: "RAG tolerance",
    synonyms: ["Tolerance", "Amber tolerance"],
    meaning:
      "How far on the wrong side is still amber: 5% is 5% of the comparator, 2 points is 2 in the indicator's unit.",
    defaultValue: "5%",
    example: "5%",
  },
  {
    id: "toleranceType",
    key: "RAG tolerance type",
    synonyms: ["Tolerance type"],
    meaning: "Whether a bare tolerance number is relative (%) or absolute (points).",
    defaultValue: "none: write 5% or 2 points",
    example: "points",
  },
  {
    id: "suppression",
    key: "Suppress small numbers",
    synonyms: ["Suppression", "Suppress", "Small number suppression"],
    meaning:
      "Whether small counts, and rates and percentages built on them, are shown as c: yes or no.",
    defaultValue: "no",
    example: "yes",
  },
  {
    id: "suppressionThreshold",
    key: "Suppression threshold",
    synonyms: ["Suppress up to", "Small number threshold"],
    meaning: "Counts from 1 to this whole number are suppressed.",
    defaultValue: "5",
    example: "5",
  },
  {
    id: "population",
    key: "Population",
    synonyms: ["Population 0-17", "Child population", "Population aged 0-17"],
    meaning: "Children aged 0–17 (ONS mid-year estimate), for rates per 10,000.",
    defaultValue: "none: rates are not computed",
    example: "45000",
  },
  {
    id: "dataSheet",
    key: "Data sheet",
    synonyms: ["Data sheet name"],
    meaning: "The name of the sheet holding the monthly data.",
    defaultValue: DEFAULT_INPUT_SHEET_NAMES.data,
    example: "Monthly data",
  },
  {
    id: "noChangeThreshold",
    key: "No change threshold",
    synonyms: ["No change", "Direction of travel threshold"],
    meaning: "Moves no bigger than this, in each indicator's unit, show as no change.",
    defaultValue: "0",
    example: "0.5",
  },
  {
    id: "alias",
    key: "Alias",
    synonyms: ["Row alias", "Extra alias"],
    meaning:
      "Maps one of the analyst's own row labels to a measure id: the label in the next cell, the measure id in the one after. A section headed Aliases (label | measure id) does the same for many.",
    defaultValue: "none",
    example: "Alias | Contacts in month | contacts",
  },
];
