import { computeDistribution } from "../../src/domain/distributions/compute-distribution";
import { DISTRIBUTIONS } from "../../src/domain/distributions/distribution-catalogue";
import { monthlyValues, type MeasureData } from "../../src/domain/measures/measure-data";
import { monthKey } from "../../src/domain/period/month";
import { distributionNotes } from "../../src/plan/distribution-notes";

const APR13 = monthKey(2013, 4);
const DEC13 = monthKey(2013, 12);

/** Croydon's assessments by days taken, April to December 2013. */
const croydon: MeasureData = new Map([
  ["assessments_1_15d", monthlyValues(APR13, [185, 189, 109, 49, 29, 17, 19, 157, 137])],
  ["assessments_16_25d", monthlyValues(APR13, [44, 20, 24, 3, 8, 0, 8, 32, 19])],
  ["assessments_26_35d", monthlyValues(APR13, [17, 46, 24, 11, 9, 12, 10, 13, 24])],
  ["assessments_36_45d", monthlyValues(APR13, [21, 13, 23, 1, 7, 7, 8, 2, 37])],
  ["assessments_over_45d", monthlyValues(APR13, [44, 15, 33, 70, 82, 78, 70, 9, 49])],
]);

const notes = (data: MeasureData, enabled: boolean) => {
  const result = computeDistribution(
    "assessment_duration",
    DISTRIBUTIONS.assessment_duration,
    data,
    DEC13,
    { suppression: { enabled } }
  );
  if (!result.ok) throw new Error(result.error.detail);
  return distributionNotes([result.value], DEC13, 4);
};

describe("a distribution on the notes sheet", () => {
  it("lists each band's count of the whole and share, for the month and the year so far", () => {
    const rows = notes(croydon, false);
    expect(rows.map((r) => r[1])).toEqual([
      "1–15 days",
      "16–25 days",
      "26–35 days",
      "36–45 days",
      "Over 45 days",
    ]);
    expect(rows[0]).toEqual([
      "Assessments by days taken to complete",
      "1–15 days",
      "",
      "137 of 266 (51.5%) in December 2013; 891 of 1,784 (49.9%) in 2013/14 so far.",
      "assessment_duration",
    ]);
    expect(rows[1]?.[0]).toBe("");
  });

  it("shows c where disclosure control withheld a band, and no share or whole", () => {
    const small = new Map(croydon);
    small.set("assessments_16_25d", monthlyValues(APR13, [44, 20, 24, 3, 8, 0, 8, 32, 4]));
    const rows = notes(small, true);
    const texts = rows.map((r) => r[3]).join(" ");
    expect(texts).not.toMatch(/%|of \d/);
    expect(rows[1]?.[3]).toMatch(/^c in December 2013/);
    expect(texts).not.toMatch(/\b4\b/);
  });
});
