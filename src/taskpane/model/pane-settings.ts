import { formatMonthIso, formatMonthLong, type MonthKey } from "../../domain/period/month";
import type { PaneWorkbook } from "../../excel/pane/read-pane-workbook";
import type { RagBasisChoice } from "../../sheet/comparators/rag-basis-choice";
import { readDataSheet } from "../../sheet/data-sheet/read-data-sheet";
import { DEFAULT_INPUT_SHEET_NAMES } from "../../sheet/input-sheets";
import { readSettingsSheet } from "../../sheet/settings/read-settings-sheet";

/** The settings the pane shows and changes, as the settings sheet says them now. */
export interface PaneSettings {
  /** Whether the workbook has a settings sheet (the first change creates one). */
  readonly settingsSheet: boolean;
  readonly dataSheet: string;
  /** Whether the data sheet the settings name is in the workbook. */
  readonly dataFound: boolean;
  /** The months with figures on the data sheet, latest first. */
  readonly months: readonly MonthKey[];
  /** The month named by the settings; undefined for the latest. */
  readonly reportingMonth: MonthKey | undefined;
  readonly localAuthority: string;
  /** The Benchmark authority setting as the sheet holds it ("" for none). */
  readonly benchmarkAuthority: string;
  /** undefined: each indicator's own default basis. */
  readonly ragBasis: RagBasisChoice | undefined;
  readonly suppression: boolean;
  /** Sheets that could hold the data: the workbook's own, not the add-in's output. */
  readonly candidateDataSheets: readonly string[];
}

/** The RAG bases in the words the settings sheet reads back (parseRagBasisChoice). */
export const RAG_BASIS_LABELS: Readonly<Record<RagBasisChoice, string>> = {
  target: "Target",
  statNeighbours: "Stat neighbours",
  england: "England",
  region: "Region",
  band: "Band",
  lastYear: "Last year",
  quartile: "Quartile",
};

/**
 * What the settings sheet and data sheet say, read as a refresh reads them (so the pane offers
 * exactly the months a refresh can report).
 * @example paneSettings(workbook).months[0] // the latest month with figures
 */
export function paneSettings(workbook: PaneWorkbook): PaneSettings {
  const reading = readSettingsSheet(
    workbook.settings ?? { sheet: DEFAULT_INPUT_SHEET_NAMES.settings, values: [] }
  );
  const { settings } = reading;
  const months = new Set<MonthKey>();
  if (workbook.data !== null) {
    const data = readDataSheet(workbook.data, {
      extraAliases: reading.aliases,
      fyStartMonth: settings.fyStartMonth,
      catalogue: reading.catalogue,
    }).data;
    for (const [id, figures] of data) {
      if (id === "population") continue;
      for (const month of figures.keys()) months.add(month);
    }
  }
  const generated = new Set(workbook.generatedSheets);
  return {
    settingsSheet: workbook.settings !== null,
    dataSheet: settings.dataSheet,
    dataFound: workbook.data !== null,
    months: [...months].sort((a, b) => b - a),
    reportingMonth: settings.reportingMonth,
    localAuthority: settings.localAuthority ?? "",
    benchmarkAuthority: settings.authority ?? "",
    ragBasis: settings.ragBasis,
    suppression: settings.suppression.enabled,
    candidateDataSheets: workbook.sheetNames.filter(
      (name) => !generated.has(name) && name !== DEFAULT_INPUT_SHEET_NAMES.settings
    ),
  };
}

/** "May 2015". */
export const monthWords = formatMonthLong;
/** What the settings sheet is given for a month: "2015-05", which it reads back as that month. */
export const monthSetting = formatMonthIso;
