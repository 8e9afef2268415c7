import { loadBenchmarks } from "../../../src/domain/benchmarks/load-benchmarks";
import type { PaneWorkbook } from "../../../src/excel/pane/read-pane-workbook";
import type { IndicatorReport } from "../../../src/refresh/indicator-report";
import type { RefreshOutcome } from "../../../src/refresh/refresh-outcome";
import { sheetIssue } from "../../../src/sheet/sheet-issue";
import type { PaneSeams } from "../../../src/taskpane/model/pane-seams";

export const RED: IndicatorReport = {
  id: "rereferral_pct",
  name: "Re-referrals within 12 months",
  unit: "percent",
  polarity: "lower",
  decimals: 1,
  value: 26.06,
  previous: 24.2,
  ytd: 25,
  rolling12: 25.5,
  direction: "worsening",
  comparators: { target: 20, statisticalNeighbours: 23.6, england: null, region: null },
  rag: "red",
  reason: "26.1% is 6.1 points worse than target (20.0%).",
  basis: { kind: "target" },
};

export const DONE: Extract<RefreshOutcome, { ok: true }> = {
  ok: true,
  summary: {
    reportingMonth: "May 2015",
    indicators: 27,
    ratings: { Red: 3, Amber: 4, Green: 10, "Not rated": 10 },
    sheets: ["Scorecard", "Scorecard charts", "Scorecard notes"],
  },
  issues: [
    sheetIssue(
      "info",
      "SUPPRESSED_VALUE",
      "CSC Data",
      "F9",
      "a withheld value (c): the month is missing, not 0."
    ),
    sheetIssue(
      "error",
      "TEXT_NOT_NUMBER",
      "CSC Data",
      "F7",
      'the text "n/a" is where a number belongs.'
    ),
    sheetIssue("warning", "UNKNOWN_MEASURE", "CSC Data", "A40", '"Foo" is not a measure.'),
  ],
  notices: ['Your own sheet "Scorecard" was left alone; the scorecard is in "Scorecard (2)".'],
  report: {
    authority: "Peterborough",
    period: "2015-05",
    financialYear: "2015/16",
    indicators: [RED, { ...RED, id: "x", name: "Contacts", rag: "green" }],
    reconciliation: [],
  },
};

/** A workbook with the example's data sheet (two months of referrals) and a settings sheet. */
export const WORKBOOK: PaneWorkbook = {
  sheetNames: ["Cover", "CSC Data", "CSC Settings", "Scorecard"],
  generatedSheets: ["Scorecard"],
  settings: {
    sheet: "CSC Settings",
    values: [
      ["Setting", "Value"],
      ["Local authority", "Peterborough"],
      ["Suppress small numbers", "no"],
    ],
  },
  data: {
    sheet: "CSC Data",
    values: [
      ["Measure", "Apr-15", "May-15"],
      ["Referrals", 319, 416],
    ],
  },
};

export const EMPTY_WORKBOOK: PaneWorkbook = {
  sheetNames: ["Sheet1"],
  generatedSheets: [],
  settings: null,
  data: null,
};

export function seams(overrides: Partial<PaneSeams> = {}): PaneSeams {
  return {
    readWorkbook: () => Promise.resolve(WORKBOOK),
    refresh: () => Promise.resolve(DONE),
    goTo: () => Promise.resolve(),
    showSheet: () => Promise.resolve(),
    writeSetting: () => Promise.resolve(),
    insertTemplate: () =>
      Promise.resolve({
        ok: true,
        inserted: ["CSC Data"],
        kept: [],
        message: "Inserted the blank template.",
      }),
    insertSample: () =>
      Promise.resolve({
        ok: true,
        inserted: ["CSC Data"],
        kept: [],
        message: "Inserted the sample data.",
      }),
    // The dataset itself: searching it by name and code is what the settings page is tested on.
    loadBenchmarks,
    ...overrides,
  };
}
