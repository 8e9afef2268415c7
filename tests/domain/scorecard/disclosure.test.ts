import { INDICATORS } from "../../../src/domain/indicators/indicator-catalogue";
import { MEASURES } from "../../../src/domain/measures/measure-catalogue";
import { monthlyValues } from "../../../src/domain/measures/measure-data";
import { formatMonthLong, monthKey } from "../../../src/domain/period/month";
import { reconcile, type Reconciliation } from "../../../src/domain/reconcile/reconcile";
import type { ReportedFigure } from "../../../src/domain/reconcile/reported-figure";
import {
  disclosureOf,
  reportedFigureWithheld,
  withholdReconciliation,
} from "../../../src/domain/scorecard/disclosure";
import { buildMeasureTable } from "../../../src/domain/series/measure-table";

const APR = monthKey(2015, 4);
const MAY = monthKey(2015, 5);
const JUN = monthKey(2015, 6);

/** Re-referrals: 20 of 100 in April, 1 of 4 in May (small), 22 of 100 in June. */
const data = new Map([
  ["referrals", monthlyValues(APR, [100, 4, 100])],
  ["rereferrals", monthlyValues(APR, [20, 1, 22])],
]);
const table = buildMeasureTable(data, MEASURES);
const on = disclosureOf(table, { enabled: true }, MEASURES);

const reported: ReportedFigure[] = [
  { kind: "percentMonth", indicator: "rereferral_pct", month: MAY, value: 30, cell: "E5" },
  { kind: "percentMonth", indicator: "rereferral_pct", month: JUN, value: 25, cell: "F5" },
  { kind: "percentMonth", indicator: "rereferral_pct", month: APR, value: 20, cell: "D5" },
  { kind: "ytd", measure: "referrals", month: JUN, value: 999, cell: "G4" },
  { kind: "total", measure: "referrals", month: JUN, from: APR, value: 998, cell: "H4" },
  { kind: "total", measure: "rereferrals", month: APR, from: APR, value: 21, cell: "I5" },
];
const reconciliation = reconcile(data, reported);

/** The digits of a sentence once its cells, months and indicator names are taken out. */
function numbersIn(text: string): string[] {
  return (
    text
      .replace(/re-referrals within 12 months/gi, "")
      .replace(/\b[A-Z]{1,3}\d+\b/g, "")
      .replace(/\b[A-Z][a-z]+ \d{4}\b/g, "")
      .match(/\d+/g) ?? []
  );
}

describe("withholding the reconciliation written beside a scorecard", () => {
  const shown = withholdReconciliation(reconciliation, on, INDICATORS);

  it("quotes neither number of a disagreement about a withheld figure, but keeps its verdict and cell", () => {
    const may = shown.findings[0]!;
    expect(reconciliation.findings[0]?.message).toMatch(/reads 30% but the counts give 25\.0%/);
    expect(may.status).toBe("disagrees");
    expect(may.recomputed).toBeNull();
    expect(may.withheld).toBe(true);
    expect(may.message).toBe(
      "% Mnth of re-referrals within 12 months for May 2015 (E5) disagrees with the counts; neither figure is quoted, since they are withheld under disclosure control."
    );
  });

  it("quotes a disagreement about a figure that is shown, as before", () => {
    expect(shown.findings[1]).toBe(reconciliation.findings[1]);
    expect(shown.findings[1]?.message).toMatch(/reads 25% but the counts give 22\.0%/);
  });

  it("withholds a year to date or total with a small month inside, which subtraction would give back", () => {
    expect(numbersIn(shown.findings[3]!.message)).toEqual([]);
    expect(numbersIn(shown.findings[4]!.message)).toEqual([]);
    expect(reportedFigureWithheld(reported[4]!, on, INDICATORS)).toBe(true);
    expect(reportedFigureWithheld(reported[5]!, on, INDICATORS)).toBe(false);
  });

  it("changes nothing with suppression off", () => {
    const off = disclosureOf(table, { enabled: false }, MEASURES);
    expect(withholdReconciliation(reconciliation, off, INDICATORS)).toBe(reconciliation);
  });

  it("names the cell an explanation points at, without a small count or what would reconcile it", () => {
    const explained: Reconciliation = {
      findings: reconciliation.findings,
      explanations: [
        {
          measure: "referrals",
          label: "Refs",
          month: MAY,
          cell: "C4",
          current: 4,
          reconcilingValue: 40,
          explains: [reported[0]!, reported[3]!],
          message: `Refs for ${formatMonthLong(MAY)} (C4) reads 4; 40 would reconcile 2 reported figures: ….`,
        },
      ],
    };
    const message = withholdReconciliation(explained, on, INDICATORS).explanations[0]!.message;
    expect(message).toMatch(
      /^Correcting Refs for May 2015 \(C4\) would reconcile 2 reported figures/
    );
    expect(numbersIn(message)).toEqual(["2"]);
  });
});
