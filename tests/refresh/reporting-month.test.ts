import { monthKey, type MonthKey } from "../../src/domain/period/month";
import {
  chooseReportingMonth,
  generatedDataSheetMessage,
  missingDataSheetMessage,
  type SettingSource,
  type SettingSources,
} from "../../src/refresh/reporting-month";

/** Referrals from April 2014 to May 2015, and a population in every month up to December 2015. */
const DATA = new Map<string, ReadonlyMap<MonthKey, number>>([
  [
    "referrals",
    new Map(
      Array.from({ length: 14 }, (_, i) => [monthKey(2014, 4) + i, 200] as [MonthKey, number])
    ),
  ],
  [
    "population",
    new Map(
      Array.from({ length: 21 }, (_, i) => [monthKey(2014, 4) + i, 42000] as [MonthKey, number])
    ),
  ],
]);
const NOW = monthKey(2015, 6);

const SETTINGS: SettingSource = { kind: "settings sheet" };
const option = (name: string, value: string): SettingSource => ({
  kind: "given",
  option: { name, value },
});
const sources = (
  reportingMonth: SettingSource,
  dataSheet: SettingSource = SETTINGS
): SettingSources => ({
  reportingMonth,
  dataSheet,
});
const refusal = (
  named: MonthKey | undefined,
  from: SettingSources,
  data = DATA,
  sheet = "CSC Data"
) => {
  const choice = chooseReportingMonth(sheet, data, named, NOW, from);
  if (choice.ok) throw new Error("expected a refusal");
  return choice.message;
};

describe("the reporting month", () => {
  it("is the latest month with a figure (the population does not count) when none is named", () => {
    expect(chooseReportingMonth("CSC Data", DATA, undefined, NOW)).toEqual({
      ok: true,
      month: monthKey(2015, 5),
    });
  });

  it("is the month named, when it has figures, wherever it was named", () => {
    for (const from of [sources(SETTINGS), sources(option("--month", "2015-02"))]) {
      expect(chooseReportingMonth("CSC Data", DATA, monthKey(2015, 2), NOW, from)).toEqual({
        ok: true,
        month: monthKey(2015, 2),
      });
    }
  });
});

describe("a refusal names where the month came from", () => {
  it("the settings sheet, for a month still to come", () => {
    expect(refusal(monthKey(2030, 1), sources(SETTINGS))).toBe(
      "The settings sheet's reporting month is January 2030, which has not happened yet. Name a month up to June 2015, or leave it blank for the latest month with figures (May 2015)."
    );
  });

  it("the command line's --month, for a month still to come", () => {
    expect(refusal(monthKey(2030, 1), sources(option("--month", "2030-01")))).toBe(
      "The reporting month given (--month 2030-01) is January 2030, which has not happened yet. Give a month up to June 2015, or leave out --month for the latest month with figures (May 2015)."
    );
  });

  it("the settings sheet, for a month without figures", () => {
    expect(refusal(monthKey(2012, 1), sources(SETTINGS))).toBe(
      "The settings sheet's reporting month is January 2012, but \"CSC Data\" has no figures for it (its latest month is May 2015). Add that month's figures, or change the reporting month."
    );
  });

  it("the command line's --month and --sheet, for a month without figures", () => {
    const from = sources(option("--month", "2012-01"), option("--sheet", "Monthly data"));
    expect(refusal(monthKey(2012, 1), from, DATA, "Monthly data")).toBe(
      'The reporting month given (--month 2012-01) is January 2012, but the data sheet given (--sheet "Monthly data") has no figures for it (its latest month is May 2015). Add that month\'s figures, or give another month.'
    );
  });

  it("a host that gives a month without saying how", () => {
    expect(refusal(monthKey(2030, 1), sources({ kind: "given" }))).toMatch(
      /^The reporting month given for this refresh is January 2030, .* Give a month up to June 2015, or none for/
    );
  });

  it("the data sheet, when it holds no figures", () => {
    const empty = new Map<string, ReadonlyMap<MonthKey, number>>();
    expect(refusal(undefined, sources(SETTINGS), empty)).toMatch(
      /^"CSC Data" has no figures to report/
    );
    expect(
      refusal(undefined, sources(SETTINGS, option("--sheet", "Other")), empty, "Other")
    ).toMatch(/^The data sheet given \(--sheet Other\) has no figures to report/);
  });
});

describe("a refusal names where the data sheet came from", () => {
  it("when the workbook has no sheet of that name", () => {
    expect(missingDataSheetMessage("Monthly", SETTINGS)).toBe(
      'There is no sheet named "Monthly" with the monthly data. Add one, or name yours in the settings sheet (Data sheet).'
    );
    expect(missingDataSheetMessage("Nothing here", option("--sheet", "Nothing here"))).toBe(
      'There is no sheet named "Nothing here", the data sheet given (--sheet "Nothing here"). Name a sheet the workbook has, or leave out --sheet for the settings sheet\'s data sheet.'
    );
  });

  it("when it is a sheet the add-in writes", () => {
    expect(generatedDataSheetMessage("Scorecard", SETTINGS)).toMatch(
      /^The settings sheet names "Scorecard" as the data sheet, but that is a sheet this add-in writes\./
    );
    expect(generatedDataSheetMessage("Scorecard", option("--sheet", "scorecard"))).toBe(
      "The data sheet given (--sheet scorecard) is a sheet this add-in writes, not the monthly figures. Give the sheet that holds them."
    );
  });
});
