import { CANONICAL_MEASURE_IDS } from "../../src/domain/measures/measure-catalogue";
import { readDataSheet } from "../../src/sheet/data-sheet/read-data-sheet";
import { sampleFigures, SAMPLE_MONTHS } from "../../src/cli/sample/sample-figures";
import { SAMPLE_BANNER, sampleWorkbook } from "../../src/cli/sample/sample-workbook";

describe("the sample workbook", () => {
  it("is the same every time it is generated", () => {
    expect(sampleWorkbook()).toEqual(sampleWorkbook());
  });

  it("says on its data and comparators sheets that it is sample data", () => {
    const [data, comparators] = sampleWorkbook();
    expect(data?.values[0]?.[0]).toBe(SAMPLE_BANNER);
    expect(comparators?.values[0]?.[0]).toBe(SAMPLE_BANNER);
    expect(SAMPLE_BANNER).toMatch(/SAMPLE DATA/);
  });

  it("holds at least 24 months of every measure the catalogue knows", () => {
    const figures = sampleFigures();
    expect(SAMPLE_MONTHS.length).toBeGreaterThanOrEqual(24);
    for (const id of CANONICAL_MEASURE_IDS) expect(figures[id]).toHaveLength(SAMPLE_MONTHS.length);
  });

  it("copies Peterborough's published referrals and contacts", () => {
    const figures = sampleFigures();
    expect(figures.referrals.slice(-2)).toEqual([319, 416]);
    expect(figures.contacts.slice(0, 2)).toEqual([762, 894]);
  });

  it("keeps every part within its whole, and counts whole and non-negative", () => {
    const f = sampleFigures();
    const pairs: Array<[readonly number[], readonly number[]]> = [
      [f.rereferrals, f.referrals],
      [f.referrals_nfa, f.referrals],
      [f.referrals_to_assessment, f.referrals],
      [f.assessments_within_45wd, f.assessments_completed],
      [f.icpcs, f.s47_enquiries],
      [f.cpp_starts_repeat, f.cpp_starts],
      [f.cpp_ended_2yrs, f.cpp_ended],
      [f.cpp_open_2yrs, f.cpp],
      [f.cp_reviews_in_time, f.cp_reviews],
      [f.lac_3plus_placements, f.lac],
      [f.lac_long_term_stable, f.lac_long_term_cohort],
      [f.lac_reviews_in_time, f.lac_reviews],
      [f.care_leavers_eet, f.care_leavers],
      [f.care_leavers_suitable_accommodation, f.care_leavers],
      [f.missing_children, f.missing_incidents],
    ];
    for (const [part, whole] of pairs)
      part.forEach((p, i) => expect(p).toBeLessThanOrEqual(whole[i]!));
    for (const values of Object.values(f))
      for (const v of values) expect(v).toBeGreaterThanOrEqual(0);
  });

  it("moves its stocks by their flows", () => {
    const f = sampleFigures();
    for (let i = 1; i < SAMPLE_MONTHS.length; i++) {
      expect(f.cpp[i]).toBe(f.cpp[i - 1]! + f.cpp_starts[i]! - f.cpp_ended[i]!);
      expect(f.lac[i]).toBe(f.lac[i - 1]! + f.lac_starts[i]! - f.lac_ceased[i]!);
    }
    expect(f.cpp.at(-1)).toBe(215);
    expect(f.lac.at(-1)).toBe(350);
  });

  it("reads without errors, with its withheld month as the one problem in the cells", () => {
    const [data] = sampleWorkbook();
    const reading = readDataSheet({
      sheet: data!.name,
      values: data!.values,
      numberFormats: data!.numberFormats,
    });
    expect(reading.issues.filter((i) => i.severity !== "info")).toEqual([]);
    expect(reading.issues.map((i) => i.code)).toContain("SUPPRESSED_VALUE");
  });
});
