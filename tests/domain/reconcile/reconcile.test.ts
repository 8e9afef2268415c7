import croydonOverview from "../../fixtures/published/croydon-overview.json";
import peterborough from "../../fixtures/published/peterborough-contacts-to-referral.json";
import type { MeasureData } from "../../../src/domain/measures/measure-data";
import { monthKey, type MonthKey } from "../../../src/domain/period/month";
import { reconcile } from "../../../src/domain/reconcile/reconcile";
import type { ReportedFigure } from "../../../src/domain/reconcile/reported-figure";
import { inferDecimals } from "../../../src/domain/reconcile/reported-figure";

function isoMonth(text: string): MonthKey {
  const [year, month] = text.split("-").map(Number);
  return monthKey(year ?? 0, month ?? 0);
}

describe("reconcile: Peterborough's contacts-to-referral table", () => {
  const rows = peterborough.rows.map(([m, refs, contacts, pm, py], i) => ({
    month: isoMonth(m as string),
    refs: refs as number,
    contacts: contacts as number,
    pm: pm as number,
    py: py as number,
    line: i + 2,
  }));
  const data: MeasureData = new Map([
    ["referrals", new Map(rows.map((r) => [r.month, r.refs]))],
    ["contacts", new Map(rows.map((r) => [r.month, r.contacts]))],
  ]);
  const reported: ReportedFigure[] = rows.flatMap((r) => [
    {
      kind: "percentMonth",
      indicator: "contacts_to_referral_pct",
      month: r.month,
      value: r.pm,
      decimals: 1,
      cell: `D${r.line}`,
    },
    {
      kind: "percentYtd",
      indicator: "contacts_to_referral_pct",
      month: r.month,
      value: r.py,
      decimals: 1,
      cell: `E${r.line}`,
    },
  ]);
  const cells = new Map([["referrals", new Map(rows.map((r) => [r.month, `B${r.line}`]))]]);
  const result = reconcile(data, reported, { cells });
  const byCell = (cell: string) => result.findings.find((f) => f.figure.cell === cell);

  it("says a year to date reaching before the data cannot be checked, and does not flag it", () => {
    expect(byCell("E2")?.status).toBe("uncheckable");
    expect(byCell("E2")?.message).toMatch(/the data has no April 2013 or May 2013\.$/);
    expect(byCell("E2")?.reason).toBe("the data has no April 2013 or May 2013");
    expect(
      result.findings
        .filter((f) => f.figure.month < isoMonth("2014-04") && f.figure.kind === "percentYtd")
        .every((f) => f.status === "uncheckable")
    ).toBe(true);
  });

  it("agrees with figures that match their counts within rounding", () => {
    expect(byCell("D2")?.status).toBe("agrees");
    expect(byCell("E12")?.status).toBe("agrees");
  });

  it("reports a disagreement with both values", () => {
    const may = byCell("D13");
    expect(may?.status).toBe("disagrees");
    expect(may?.recomputed).toBeCloseTo((280 / 767) * 100, 10);
    expect(may?.message).toBe(
      "% Mnth of contacts progressing to referral for May 2014 (D13) reads 33.9% but the counts give 36.5%."
    );
  });

  it("names the one count that explains the run of disagreements and the value that reconciles it", () => {
    expect(result.explanations).toHaveLength(1);
    const [explanation] = result.explanations;
    expect(explanation).toMatchObject({
      measure: "referrals",
      month: isoMonth("2014-05"),
      cell: "B13",
      current: 280,
      reconcilingValue: 260,
    });
    expect(explanation?.explains.map((f) => f.cell)).toEqual(
      expect.arrayContaining([
        "D13",
        "E13",
        "E14",
        "E16",
        "E17",
        "E18",
        "E19",
        "E20",
        "E21",
        "E22",
        "E23",
      ])
    );
    expect(explanation?.message).toMatch(
      /^Referrals for May 2014 \(B13\) reads 280; 260 would reconcile 11 reported figures: % Mnth of contacts progressing to referral for May 2014 \(D13\) and % YTD of contacts progressing to referral in 10 months from May 2014 to March 2015 \(E13:E14, E16:E23\)\.$/
    );
  });

  it("still reports the disagreements the count does not explain", () => {
    expect(byCell("E15")?.status).toBe("disagrees");
    expect(byCell("E24")?.status).toBe("disagrees");
  });
});

describe("reconcile: Croydon's overview totals", () => {
  const months = croydonOverview.months.map(isoMonth);
  const data: MeasureData = new Map(
    croydonOverview.rows.map((r) => [
      r.measure,
      new Map(months.map((m, i) => [m, r.values[i] ?? 0])),
    ])
  );
  const december = isoMonth("2013-12");
  const reported: ReportedFigure[] = croydonOverview.rows.map((r, i) => ({
    kind: "ytd",
    measure: r.measure,
    month: december,
    value: r.ytd,
    cell: `K${i + 2}`,
  }));
  const result = reconcile(data, reported);

  it("flags flows whose year to date shows the latest month instead of the sum", () => {
    const disagreeing = result.findings
      .filter((f) => f.status === "disagrees")
      .map((f) => f.figure);
    expect(disagreeing.map((f) => (f.kind === "ytd" ? f.measure : ""))).toEqual([
      "cpp_starts",
      "lac_starts",
    ]);
    expect(result.findings.find((f) => f.figure.cell === "K7")?.message).toBe(
      "YTD of child protection plans started for December 2013 (K7) reads 14 but the counts give 268."
    );
  });

  it("accepts stocks whose year to date is their latest month", () => {
    const lac = result.findings.find((f) => f.figure.kind === "ytd" && f.figure.measure === "lac");
    expect(lac?.status).toBe("agrees");
  });

  it("checks a total over the months it names", () => {
    const total = reconcile(data, [
      {
        kind: "total",
        measure: "referrals",
        month: december,
        from: isoMonth("2013-10"),
        value: 1057,
      },
    ]);
    expect(total.findings[0]?.status).toBe("agrees");
  });

  it("finds no single count to blame when the disagreements are unrelated", () => {
    expect(result.explanations).toEqual([]);
  });
});

describe("inferDecimals", () => {
  it("reads the places a figure is shown to", () => {
    expect([
      inferDecimals(30.1),
      inferDecimals(28),
      inferDecimals(4.25),
      inferDecimals(1e-9),
    ]).toEqual([1, 0, 2, 0]);
  });
});
