import peterborough from "../../fixtures/sheet/data/peterborough-months-down.json";
import croydonOverview from "../../fixtures/sheet/data/croydon-overview.json";
import { reconcile } from "../../../src/domain/reconcile/reconcile";
import { readDataSheet } from "../../../src/sheet/data-sheet/read-data-sheet";
import { isoMonth, optionsOf } from "./golden-fixture";

describe("reading a sheet and reconciling its printed figures", () => {
  it("names the cell of Peterborough's May-14 referrals as the count that explains 11 printed figures", () => {
    const reading = readDataSheet(peterborough.grid, optionsOf(peterborough.options));
    const result = reconcile(reading.data, reading.reported, {
      cells: reading.cells,
      labels: reading.labels,
    });
    expect(result.explanations).toHaveLength(1);
    expect(result.explanations[0]).toMatchObject({
      measure: "referrals",
      month: isoMonth("2014-05"),
      cell: "B13",
      current: 280,
      reconcilingValue: 260,
    });
    expect(result.explanations[0]?.message).toMatch(
      /^Refs for May 2014 \(B13\) reads 280; 260 would reconcile 11 reported figures: % Mnth of contacts progressing to referral for May 2014 \(D13\) and % YTD of contacts progressing to referral in 10 months from May 2014 to March 2015 \(E13:E14, E16:E23\)\.$/
    );
    expect(result.findings.find((f) => f.figure.cell === "D13")?.status).toBe("disagrees");
  });

  it("flags Croydon's flows whose year to date shows December rather than the sum, by cell", () => {
    const reading = readDataSheet(croydonOverview.grid, optionsOf(croydonOverview.options));
    const result = reconcile(reading.data, reading.reported, { cells: reading.cells });
    const disagreeing = result.findings.filter((f) => f.status === "disagrees");
    expect(disagreeing.map((f) => f.figure.cell)).toEqual(["K14", "K16"]);
  });
});
