import peterborough from "../fixtures/sheet/data/peterborough-months-down.json";
import { INDICATORS } from "../../src/domain/indicators/indicator-catalogue";
import { monthKey } from "../../src/domain/period/month";
import { reconcile } from "../../src/domain/reconcile/reconcile";
import type { ReportedFigure } from "../../src/domain/reconcile/reported-figure";
import { computeScorecard } from "../../src/domain/scorecard/compute-scorecard";
import { buildScorecardPlan } from "../../src/plan/build-scorecard-plan";
import { NOTES_COLUMNS } from "../../src/plan/notes-sheet";
import type { PlanCell, ScorecardPlan, SheetPlan } from "../../src/plan/plan-types";
import { readDataSheet } from "../../src/sheet/data-sheet/read-data-sheet";
import { optionsOf } from "../sheet/data-sheet/golden-fixture";

const MAY = monthKey(2015, 5);

/** Peterborough's contacts-to-referral table, with its own typo, read and refreshed as a refresh does. */
function refreshed(): ScorecardPlan {
  const reading = readDataSheet(peterborough.grid, optionsOf(peterborough.options));
  const catalogue = {
    contacts: INDICATORS.contacts,
    referrals: INDICATORS.referrals,
    contacts_to_referral_pct: {
      ...INDICATORS.contacts_to_referral_pct,
      band: { low: 20, high: 30 },
    },
  };
  const scorecard = computeScorecard(catalogue, reading.data, MAY, {
    contacts_to_referral_pct: { statNeighbours: 30 },
  });
  const reconciliation = reconcile(reading.data, reading.reported, {
    catalogue,
    cells: reading.cells,
    labels: reading.labels,
  });
  return buildScorecardPlan({
    scorecard,
    catalogue,
    authority: "Peterborough",
    reportingMonth: MAY,
    dataSheetName: "CSC Data",
    refreshedAt: "2015-06-10T09:00:00Z",
    issues: reading.issues,
    reconciliation,
  });
}

function notes(plan: ScorecardPlan): SheetPlan {
  const found = plan.sheets.find((s) => s.role === "notes");
  if (found === undefined) throw new Error("no notes sheet");
  return found;
}

const grid = (s: SheetPlan): ReadonlyArray<readonly PlanCell[]> => s.blocks[0]?.values ?? [];

/** The rows of one group: from its heading to the next heading. */
function group(s: SheetPlan, heading: string): Array<readonly PlanCell[]> {
  const values = grid(s);
  const start = values.findIndex((row) => row[0] === heading);
  if (start < 0) throw new Error(`no group ${heading}`);
  const rows: Array<readonly PlanCell[]> = [];
  for (let r = start + 1; r < values.length; r++) {
    const row = values[r] ?? [];
    if (row[0] !== "" && row.slice(1).every((c) => c === "")) break;
    rows.push(row);
  }
  return rows;
}

/** Every cell the notes print (all but the code column). */
function printed(s: SheetPlan): string[] {
  return grid(s).flatMap((row) => row.slice(0, NOTES_COLUMNS.length - 1).map(String));
}

/** The cells of an A1 range within columns A–Z ("B3:D4" → B3, C3, D3, B4, C4, D4). */
function cellsOf(range: string): string[] {
  const [from = "", to = from] = range.split(":");
  const [c1, r1] = [from.charCodeAt(0), Number(from.slice(1))];
  const [c2, r2] = [to.charCodeAt(0), Number(to.slice(1))];
  const cells: string[] = [];
  for (let r = r1; r <= r2; r++)
    for (let c = c1; c <= c2; c++) cells.push(`${String.fromCharCode(c)}${r}`);
  return cells;
}

describe("the notes sheet", () => {
  const sheet = notes(refreshed());

  it("names reported figures by the analyst's own labels, never by an id", () => {
    const details = group(sheet, "Reconciliation with reported figures").map((r) => String(r[3]));
    expect(details.join("\n")).toMatch(/% YTD of contacts progressing to referral/);
    expect(details.join("\n")).toMatch(
      /^Refs for May 2014 \(B13\) reads 280; 260 would reconcile/m
    );
    for (const text of printed(sheet)) expect(text).not.toMatch(/\b[a-z]+(?:_[a-z0-9]+)+\b/);
  });

  it("writes every month in one style, May 2015, and never May-15", () => {
    const text = printed(sheet).join("\n");
    expect(text).toMatch(/May 2014/);
    expect(text).not.toMatch(/\b[A-Z][a-z]{2}-\d{2}\b/);
  });

  it("lists each line of the data sheet once per verdict, with its months and cells as ranges", () => {
    const rows = group(sheet, "Reconciliation with reported figures");
    const kinds = rows.map(
      (r) => `${String(r[0])} ${String(r[3]).split(/ (?:for|in|disagrees|cannot)/)[0]}`
    );
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(rows).toContainEqual([
      "Cannot be checked",
      "CSC Data",
      "E2:E11",
      "% YTD of contacts progressing to referral cannot be checked in 10 months from June 2013 to March 2014: the data has no April 2013 or May 2013.",
      "percentYtd",
    ]);
    expect(rows).toContainEqual([
      "Disagrees",
      "CSC Data",
      "D13",
      "% Mnth of contacts progressing to referral for May 2014 reads 33.9% but the counts give 36.5%.",
      "percentMonth",
    ]);
    const ytd = rows.find((r) => r[0] === "Disagrees" && r[4] === "percentYtd");
    expect(ytd?.[2]).toBe("E13:E24");
    expect(ytd?.[3]).toMatch(
      /^% YTD of contacts progressing to referral disagrees with the counts in 12 months from May 2014 to April 2015, by up to 1\.3 points\.$/
    );
  });

  it("keeps a withheld disagreement apart from the shown ones, quoting no number of it", () => {
    const reported: ReportedFigure[] = [5, 6, 7].map((month, i) => ({
      kind: "percentMonth",
      indicator: "rereferral_pct",
      month: monthKey(2015, month),
      value: 40,
      cell: `E${i + 2}`,
      label: "% rereferrals",
    }));
    const data = new Map([
      ["referrals", new Map([5, 6, 7].map((m) => [monthKey(2015, m), m === 6 ? 4 : 100]))],
      ["rereferrals", new Map([5, 6, 7].map((m) => [monthKey(2015, m), m === 6 ? 1 : 22]))],
    ]);
    const catalogue = { rereferral_pct: INDICATORS.rereferral_pct };
    const jul = monthKey(2015, 7);
    const plan = buildScorecardPlan({
      scorecard: computeScorecard(catalogue, data, jul, {}, { suppression: { enabled: true } }),
      catalogue,
      authority: "Rutland",
      reportingMonth: jul,
      dataSheetName: "CSC Data",
      refreshedAt: "2015-08-03T09:00:00Z",
      issues: [],
      reconciliation: reconcile(data, reported, { catalogue }),
    });
    const rows = group(notes(plan), "Reconciliation with reported figures");
    expect(rows.map((r) => [r[2], r[3]])).toEqual([
      [
        "E2, E4",
        "% rereferrals disagrees with the counts in 2 months from May 2015 to July 2015, by 18.0 points.",
      ],
      [
        "E3",
        "% rereferrals disagrees with the counts for June 2015; neither figure is quoted, since they are withheld under disclosure control.",
      ],
    ]);
  });

  it("closes the commentary with the achievements and priorities under their own heading", () => {
    const commentary = group(sheet, "Commentary");
    expect(commentary[0]?.[0]).toBe("RAG summary");
    expect(commentary.map((r) => r[0])).not.toContain("Achievement");
    const closing = group(sheet, "Achievements and priorities");
    expect(closing.map((r) => r[0])).toEqual(["Achievement", "Priority"]);
    expect(closing[1]).toEqual([
      "Priority",
      "Contacts progressing to referral",
      "",
      "Contacts progressing to referral: Red at 48.5%, worse than 39.0% in April 2015.",
      "",
    ]);
  });

  it("top-aligns every row below the header and wraps the indicator, cells and sentence", () => {
    const body = grid(sheet).length;
    const styled = (test: (style: SheetPlan["styles"][number]["style"]) => boolean) =>
      new Set(sheet.styles.filter((g) => test(g.style)).flatMap((g) => g.ranges.flatMap(cellsOf)));
    const top = styled((style) => style.verticalAlignment === "Top");
    const wrapped = styled((style) => style.wrapText === true);
    for (let row = 3; row <= body; row++) {
      for (const column of "ABCDE") expect(top.has(`${column}${row}`)).toBe(true);
      for (const column of "BCD") expect(wrapped.has(`${column}${row}`)).toBe(true);
      // A heading is not wrapped in its narrow first column: it runs on beside it.
      const heading =
        grid(sheet)
          [row - 1]?.slice(1)
          .every((c) => c === "") === true;
      expect(wrapped.has(`A${row}`)).toBe(!heading);
    }
  });

  it("prints on A4 landscape at full size: the printed columns fit between the margins", () => {
    expect(sheet.print).toMatchObject({
      paperSize: "A4",
      orientation: "Landscape",
      fitToPagesWide: 1,
      area: `A1:D${grid(sheet).length}`,
    });
    const printedWidth = NOTES_COLUMNS.slice(0, 4).reduce((sum, c) => sum + c.points, 0);
    // A4 is 842 pt wide; Excel's normal margins leave 0.7 in (50.4 pt) each side.
    expect(printedWidth).toBeLessThanOrEqual(842 - 2 * 50.4);
  });
});
