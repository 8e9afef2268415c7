import { INDICATORS } from "../../../src/domain/indicators/indicator-catalogue";
import { MEASURES } from "../../../src/domain/measures/measure-catalogue";
import { monthKey, type MonthKey } from "../../../src/domain/period/month";
import { missingPopulationIssue } from "../../../src/sheet/data-sheet/missing-population";
import {
  futureMonthIssues,
  monthGapIssues,
} from "../../../src/sheet/data-sheet/month-sequence-issues";
import { partAboveWholeIssues } from "../../../src/sheet/data-sheet/part-above-whole";
import { partWholePairs } from "../../../src/sheet/data-sheet/part-whole-pairs";
import { viewOf } from "../../../src/sheet/data-sheet/sheet-view";

const apr = monthKey(2015, 4);
const view = viewOf({ sheet: "CSC Data", values: [["", "a", "b", "c", "d"]] }, "months-across");

describe("checks across a data sheet", () => {
  it("derives part-of-whole pairs from the catalogue's percentages", () => {
    const pairs = partWholePairs(INDICATORS);
    expect(pairs).toContainEqual({ part: "rereferrals", wholes: ["referrals"] });
    expect(pairs).toContainEqual({
      part: "assessments_within_45wd",
      wholes: ["assessments_completed"],
    });
    expect(pairs.some((p) => p.part === "sw_agency_fte")).toBe(false);
    expect(pairs.some((p) => p.part === "missing_incidents")).toBe(false);
  });

  it("warns where a part exceeds its whole, naming both cells", () => {
    const data = new Map([
      ["referrals", new Map([[apr, 100]])],
      ["rereferrals", new Map([[apr, 120]])],
    ]);
    const cells = new Map([
      ["referrals", new Map([[apr, "B2"]])],
      ["rereferrals", new Map([[apr, "B3"]])],
    ]);
    const issues = partAboveWholeIssues(
      data,
      cells,
      [{ part: "rereferrals", wholes: ["referrals"] }],
      MEASURES,
      "CSC Data"
    );
    expect(issues.map((i) => [i.code, i.cell])).toEqual([["NUMERATOR_ABOVE_DENOMINATOR", "B3"]]);
    expect(issues[0]?.message).toMatch(/B3, 120.*B2, 100/);
  });

  it("names the months missing from a gap, at the month after it", () => {
    const months = [
      { position: 1, month: apr },
      { position: 2, month: (apr + 3) as MonthKey },
      { position: 3, month: (apr + 20) as MonthKey },
    ];
    const issues = monthGapIssues(view, 0, months);
    expect(issues.map((i) => i.cell)).toEqual(["C1", "D1"]);
    expect(issues[0]?.message).toMatch(/May 2015 and June 2015 are missing/);
    expect(issues[1]?.message).toMatch(/August 2015 to November 2016 are missing/);
  });

  it("warns of months after the current one", () => {
    const months = [
      { position: 1, month: apr },
      { position: 2, month: (apr + 1) as MonthKey },
    ];
    expect(futureMonthIssues(view, 0, months, apr).map((i) => i.cell)).toEqual(["C1"]);
  });

  it("asks for a population only when a rate of a count on the sheet needs one", () => {
    const referrals = new Map([["referrals", new Map([[apr, 319]])]]);
    expect(missingPopulationIssue(referrals, INDICATORS, undefined, "CSC Data", "A1")?.code).toBe(
      "MISSING_POPULATION"
    );
    expect(missingPopulationIssue(referrals, INDICATORS, 42000, "CSC Data", "A1")).toBeNull();
    const contacts = new Map([["contacts", new Map([[apr, 800]])]]);
    expect(missingPopulationIssue(contacts, INDICATORS, undefined, "CSC Data", "A1")).toBeNull();
  });
});
