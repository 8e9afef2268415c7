import { formatMonthLong, type MonthKey } from "../domain/period/month";
import { capitalise } from "../domain/text/capitalise";

/** The month a refresh reports, or why there is nothing to report: the previous scorecard then stays. */
export type ReportingMonthChoice =
  | { readonly ok: true; readonly month: MonthKey }
  | { readonly ok: false; readonly message: string };

/**
 * Where one setting of a refresh came from, so that a message about it names the place the
 * analyst can change it: the settings sheet, or given to this refresh in its place, by a
 * command-line option when `option` says which (the host supplies the label; nothing is inferred
 * from the value).
 */
export type SettingSource =
  | { readonly kind: "settings sheet" }
  | {
      readonly kind: "given";
      /** The option as the analyst wrote it: `{ name: "--month", value: "2030-01" }`. */
      readonly option?: { readonly name: string; readonly value: string };
    };

/** Where the reporting month and the data sheet of one refresh came from. */
export interface SettingSources {
  readonly reportingMonth: SettingSource;
  readonly dataSheet: SettingSource;
}

/** Every setting from the settings sheet, as an ordinary refresh has them. */
export const FROM_SETTINGS_SHEET: SettingSources = {
  reportingMonth: { kind: "settings sheet" },
  dataSheet: { kind: "settings sheet" },
};

/**
 * Chooses the reporting month: the one the settings name, else the latest month with figures. A
 * refresh with nothing to say must not replace a good scorecard with blanks, so it is refused when
 * the data sheet holds no figures (empty, or a header alone), when the month the settings name has
 * no figures, or when that month is still to come. The refusal names where the month and the data
 * sheet came from (the settings sheet, or `--month` and `--sheet`).
 * @param data figures by measure id and month, as the data sheet reader gives them
 * @param named the reporting month of the settings (or given in their place), if any
 * @param now the analyst's current calendar month
 * @example chooseReportingMonth("CSC Data", data, undefined, monthKey(2015, 6)) // { ok: true, month: May 2015 } for data ending May 2015
 */
export function chooseReportingMonth(
  sheet: string,
  data: ReadonlyMap<string, ReadonlyMap<MonthKey, number>>,
  named: MonthKey | undefined,
  now: MonthKey,
  sources: SettingSources = FROM_SETTINGS_SHEET
): ReportingMonthChoice {
  const months = monthsWithFigures(data);
  const latest = months.reduce<MonthKey | undefined>(
    (max, month) => (max === undefined || month > max ? month : max),
    undefined
  );
  const dataSheet = dataSheetPhrase(sheet, sources.dataSheet);
  if (latest === undefined) {
    return {
      ok: false,
      message: `${capitalise(dataSheet)} has no figures to report: it is empty or holds only its headings. Add the months' figures under the month headings, then refresh.`,
    };
  }
  if (named === undefined) return { ok: true, month: latest };
  const month = sources.reportingMonth;
  const given = `${monthPhrase(month)} is ${formatMonthLong(named)}`;
  if (named > now) {
    const instead =
      month.kind === "settings sheet"
        ? `Name a month up to ${formatMonthLong(now)}, or leave it blank`
        : `Give a month up to ${formatMonthLong(now)}, or ${month.option === undefined ? "none" : `leave out ${month.option.name}`}`;
    return {
      ok: false,
      message: `${given}, which has not happened yet. ${instead} for the latest month with figures (${formatMonthLong(latest)}).`,
    };
  }
  if (!months.includes(named)) {
    const instead =
      month.kind === "settings sheet" ? "change the reporting month" : "give another month";
    return {
      ok: false,
      message: `${given}, but ${dataSheet} has no figures for it (its latest month is ${formatMonthLong(latest)}). Add that month's figures, or ${instead}.`,
    };
  }
  return { ok: true, month: named };
}

/**
 * Why a refresh cannot read its data sheet: the workbook has no sheet of that name.
 * @example missingDataSheetMessage("Monthly", { kind: "given", option: { name: "--sheet", value: "Monthly" } }) // 'There is no sheet named "Monthly", the data sheet given (--sheet Monthly). …'
 */
export function missingDataSheetMessage(sheet: string, source: SettingSource): string {
  if (source.kind === "settings sheet") {
    return `There is no sheet named "${sheet}" with the monthly data. Add one, or name yours in the settings sheet (Data sheet).`;
  }
  const instead =
    source.option === undefined
      ? "Name a sheet the workbook has."
      : `Name a sheet the workbook has, or leave out ${source.option.name} for the settings sheet's data sheet.`;
  return `There is no sheet named "${sheet}", ${dataSheetPhrase(sheet, source)}. ${instead}`;
}

/**
 * Why a refresh will not read its data sheet: it is a sheet the add-in writes, and the scorecard
 * read as data would be refreshed from itself.
 * @example generatedDataSheetMessage("Scorecard", { kind: "settings sheet" }) // 'The settings sheet names "Scorecard" as the data sheet, but that is a sheet this add-in writes. …'
 */
export function generatedDataSheetMessage(sheet: string, source: SettingSource): string {
  if (source.kind === "settings sheet") {
    return `The settings sheet names "${sheet}" as the data sheet, but that is a sheet this add-in writes. Name the sheet that holds the monthly figures (Data sheet in the settings sheet).`;
  }
  return `${capitalise(dataSheetPhrase(sheet, source))} is a sheet this add-in writes, not the monthly figures. Give the sheet that holds them.`;
}

/** @example monthPhrase({ kind: "given", option: { name: "--month", value: "2030-01" } }) // "The reporting month given (--month 2030-01)" */
function monthPhrase(source: SettingSource): string {
  if (source.kind === "settings sheet") return "The settings sheet's reporting month";
  return source.option === undefined
    ? "The reporting month given for this refresh"
    : `The reporting month given (${optionText(source.option)})`;
}

/** @example dataSheetPhrase("CSC Data", { kind: "settings sheet" }) // '"CSC Data"' */
function dataSheetPhrase(sheet: string, source: SettingSource): string {
  if (source.kind === "settings sheet") return `"${sheet}"`;
  return source.option === undefined
    ? `the data sheet given for this refresh ("${sheet}")`
    : `the data sheet given (${optionText(source.option)})`;
}

/**
 * An option as it would be typed again, its value quoted when it holds a space or a quote.
 * @example optionText({ name: "--sheet", value: "Monthly data" }) // '--sheet "Monthly data"'
 */
function optionText(option: { readonly name: string; readonly value: string }): string {
  const value = /[\s"']/.test(option.value) ? JSON.stringify(option.value) : option.value;
  return `${option.name} ${value}`;
}

/** Months in which any measure but the population has a figure. */
function monthsWithFigures(data: ReadonlyMap<string, ReadonlyMap<MonthKey, number>>): MonthKey[] {
  const months = new Set<MonthKey>();
  for (const [id, figures] of data) {
    if (id === "population") continue;
    for (const month of figures.keys()) months.add(month);
  }
  return [...months];
}
