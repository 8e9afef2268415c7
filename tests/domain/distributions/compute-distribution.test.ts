import fc from "fast-check";
import { computeDistribution } from "../../../src/domain/distributions/compute-distribution";
import { DISTRIBUTIONS } from "../../../src/domain/distributions/distribution-catalogue";
import { isWithheld } from "../../../src/domain/format/suppression";
import { MEASURES } from "../../../src/domain/measures/measure-catalogue";
import { measureIdForLabel } from "../../../src/domain/measures/measure-label";
import { monthlyValues, type MeasureData } from "../../../src/domain/measures/measure-data";
import { monthKey } from "../../../src/domain/period/month";

const APR13 = monthKey(2013, 4);
const DEC13 = monthKey(2013, 12);

/** Croydon's "timespan of completion of assessment forms", April to December 2013 (blank: 0). */
const CROYDON: Record<string, readonly number[]> = {
  "1 -15 days": [185, 189, 109, 49, 29, 17, 19, 157, 137],
  "16 - 25 days": [44, 20, 24, 3, 8, 0, 8, 32, 19],
  "26 - 35 days": [17, 46, 24, 11, 9, 12, 10, 13, 24],
  "36 - 45 days": [21, 13, 23, 1, 7, 7, 8, 2, 37],
  "45 days +": [44, 15, 33, 70, 82, 78, 70, 9, 49],
};

const croydon: MeasureData = new Map(
  Object.entries(CROYDON).map(([label, values]) => [
    measureIdForLabel(label) ?? label,
    monthlyValues(APR13, [...values]),
  ])
);

const assessments = (data: MeasureData, suppression = { enabled: false }) => {
  const result = computeDistribution(
    "assessment_duration",
    DISTRIBUTIONS.assessment_duration,
    data,
    DEC13,
    { suppression }
  );
  if (!result.ok) throw new Error(result.error.detail);
  return result.value;
};

describe("a distribution in bands, as Croydon reports assessments by days taken", () => {
  it("recognises Croydon's own row labels as the bands", () => {
    expect(Object.keys(CROYDON).map((label) => measureIdForLabel(label))).toEqual(
      DISTRIBUTIONS.assessment_duration.bands.map((band) => band.measure)
    );
  });

  it("gives the month's counts and shares (December: 266 assessments)", () => {
    const { month } = assessments(croydon);
    expect(month.total).toBe(266);
    expect(month.bands.map((b) => b.count)).toEqual([137, 19, 24, 37, 49]);
    expect(month.bands[0]?.share).toBeCloseTo((137 / 266) * 100, 10);
  });

  it("adds the year to date as the report's YTD column does (1,784 in all, 891 in 1–15 days)", () => {
    const { ytd } = assessments(croydon);
    expect(ytd?.total).toBe(1784);
    expect(ytd?.bands.map((b) => b.count)).toEqual([891, 158, 166, 119, 450]);
    expect(ytd?.bands[4]?.share).toBeCloseTo((450 / 1784) * 100, 10);
  });

  it("takes a stock's bands at the month end, with no year to date", () => {
    const plans: MeasureData = new Map([
      ["cpp_under_1yr", monthlyValues(APR13, [252])],
      ["cpp_1_2yrs", monthlyValues(APR13, [50])],
      ["cpp_open_2yrs", monthlyValues(APR13, [13])],
    ]);
    const result = computeDistribution("plan_duration", DISTRIBUTIONS.plan_duration, plans, APR13);
    expect(result.ok && result.value.month.total).toBe(315);
    expect(result.ok && result.value.ytd).toBeNull();
  });

  it("has no whole or shares when a band is missing a month, and names the month", () => {
    const gap = new Map(croydon);
    gap.set("assessments_16_25d", monthlyValues(APR13, [44, 20, 24, 3, 8, 0, 8, 32]));
    const { month, ytd } = assessments(gap);
    expect(month.total).toBeNull();
    expect(month.bands[1]?.count).toBeNull();
    expect(month.missingMonths).toEqual([DEC13]);
    expect(ytd?.bands[0]?.share).toBeNull();
  });

  it("is NO_DATA when no band has a figure for the month", () => {
    const result = computeDistribution(
      "assessment_duration",
      DISTRIBUTIONS.assessment_duration,
      new Map(),
      DEC13
    );
    expect(result.ok ? null : result.error.code).toBe("NO_DATA");
  });

  it("has bands that are measures of the catalogue, of one kind", () => {
    for (const def of Object.values(DISTRIBUTIONS)) {
      const kinds = new Set(def.bands.map((band) => MEASURES[band.measure].kind));
      expect(kinds.size).toBe(1);
    }
  });
});

describe("disclosure control over a distribution", () => {
  it("withholds a small band, the smallest other band, the whole and every share", () => {
    const { month } = assessments(croydon, { enabled: true });
    // December's bands are 137, 19, 24, 37, 49: none small, so all shown.
    expect(month.total).toBe(266);
    const small = new Map(croydon);
    small.set("assessments_16_25d", monthlyValues(APR13, [44, 20, 24, 3, 8, 0, 8, 32, 4]));
    const withheld = assessments(small, { enabled: true }).month;
    expect(withheld.bands.map((b) => (isWithheld(b.count) ? "c" : b.count))).toEqual([
      137,
      "c",
      "c",
      37,
      49,
    ]);
    expect(isWithheld(withheld.total)).toBe(true);
    expect(withheld.bands.every((b) => isWithheld(b.share))).toBe(true);
  });

  it("never leaves a small count readable or derivable, whatever the bands", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 5, maxLength: 5 }),
        (december) => {
          const data: MeasureData = new Map(
            DISTRIBUTIONS.assessment_duration.bands.map((band, i) => [
              band.measure,
              monthlyValues(DEC13, [december[i] ?? 0]),
            ])
          );
          const result = computeDistribution(
            "assessment_duration",
            DISTRIBUTIONS.assessment_duration,
            data,
            DEC13,
            { suppression: { enabled: true } }
          );
          if (!result.ok) return;
          const { bands, total } = result.value.month;
          const shown = bands.map((b) => (isWithheld(b.count) ? null : b.count));
          december.forEach((count, i) => {
            if (count >= 1 && count <= 5) expect(shown[i]).toBeNull();
          });
          const hidden = shown.filter((c) => c === null).length;
          // Withheld at all: at least two bands (so the whole, published elsewhere, less the
          // rest gives only their sum), one of them not small, and no whole or share to divide by.
          if (hidden > 0) {
            expect(hidden).toBeGreaterThanOrEqual(2);
            expect(isWithheld(total)).toBe(true);
            expect(bands.every((b) => isWithheld(b.share))).toBe(true);
            const hiddenSum = december.reduce((sum, c, i) => sum + (shown[i] === null ? c : 0), 0);
            const smallOnes = december.filter((c, i) => shown[i] === null && c >= 1 && c <= 5);
            // With the whole known, the bands shown give away only the hidden bands' sum; it must
            // take in a band that is not small, so no split of it pins a small count down.
            if (smallOnes.length > 0 && hidden < december.filter((c) => c > 0).length) {
              expect(hiddenSum).toBeGreaterThan(5);
              expect(december.some((c, i) => shown[i] === null && c > 5)).toBe(true);
            }
          }
        }
      )
    );
  });
});
