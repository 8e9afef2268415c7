import { INDICATORS } from "../../src/domain/indicators/indicator-catalogue";
import { monthKey } from "../../src/domain/period/month";
import { computeScorecard, type ScorecardRow } from "../../src/domain/scorecard/compute-scorecard";
import { monthlyValues, type MeasureData } from "../../src/domain/measures/measure-data";
import type { ComparatorValues } from "../../src/domain/compare/comparator";
import { generateCommentary, type CommentaryLine } from "../../src/plan/commentary";
import { previousRatings } from "../../src/plan/previous-ratings";
import { benchmarkYearOf } from "../../src/plan/benchmark-years";

const APR = monthKey(2015, 4);
const MAY = monthKey(2015, 5);

/** Re-referrals: 24 of 100 in April, 30 of 100 in May; NFA: 10 then 8 of 100. */
function rows(comparators: Record<string, ComparatorValues> = {}): readonly ScorecardRow[] {
  const data = new Map([
    ["referrals", monthlyValues(APR, [100, 100])],
    ["rereferrals", monthlyValues(APR, [24, 30])],
    ["referrals_nfa", monthlyValues(APR, [10, 8])],
  ]);
  const catalogue = {
    rereferral_pct: INDICATORS.rereferral_pct,
    referral_nfa_pct: INDICATORS.referral_nfa_pct,
  };
  return computeScorecard(catalogue, data, MAY, comparators).rows;
}

/** The sample's front door and looked-after figures, April and May 2015. */
function sample(comparators: Record<string, ComparatorValues> = {}): readonly ScorecardRow[] {
  const data: MeasureData = new Map([
    ["referrals", monthlyValues(APR, [319, 416])],
    ["assessments_completed", monthlyValues(APR, [195, 205])],
    ["assessments_within_45wd", monthlyValues(APR, [152.2, 199])],
    ["lac", monthlyValues(APR, [345, 320])],
    ["population", monthlyValues(APR, [41400, 41400])],
  ]);
  const catalogue = {
    referrals: INDICATORS.referrals,
    assessment_45wd_pct: INDICATORS.assessment_45wd_pct,
    lac_per10k: INDICATORS.lac_per10k,
  };
  return computeScorecard(catalogue, data, MAY, comparators).rows;
}

const texts = (lines: readonly CommentaryLine[], topic: CommentaryLine["topic"]) =>
  lines.filter((l) => l.topic === topic).map((l) => l.text);

describe("generateCommentary", () => {
  it("opens with a RAG summary that counts the ratings and names the Red indicators", () => {
    const card = rows({ rereferral_pct: { target: 25 }, referral_nfa_pct: { target: 9 } });
    const [first] = generateCommentary(card, previousRatings(card), MAY);
    expect(first).toEqual({
      topic: "RAG summary",
      indicatorId: null,
      text: "In May 2015, all 2 indicators are rated: 1 Red and 1 Green. Red: Re-referrals within 12 months.",
    });
  });

  it("says when none is Red, and how many are not rated", () => {
    const card = rows({ rereferral_pct: { target: 35 } });
    expect(generateCommentary(card, {}, MAY)[0]?.text).toBe(
      "In May 2015, 1 of the 2 indicators is rated: 1 Green. None is Red. The other one is shown for context or not rated; the notes below give each reason."
    );
    expect(generateCommentary(rows(), {}, MAY)[0]?.text).toMatch(
      /^In May 2015, no indicator is rated/
    );
  });

  it("names an indicator whose RAG rating changed, with both figures and the change between them", () => {
    const card = rows({ rereferral_pct: { target: 25 } });
    const lines = generateCommentary(card, previousRatings(card), MAY);
    expect(texts(lines, "RAG change")).toEqual([
      "Re-referrals within 12 months moved from Green to Red since April 2015 (24.0% to 30.0%, +6.0 points).",
    ]);
  });

  it("tells no change of rating from no rating last month to compare with", () => {
    const card = rows({ rereferral_pct: { target: 35 } });
    expect(texts(generateCommentary(card, previousRatings(card), MAY), "RAG change")).toEqual([
      "No indicator changed its RAG rating since April 2015.",
    ]);
    expect(texts(generateCommentary(card, {}, MAY), "RAG change")).toEqual([
      "No indicator has a rating for both April 2015 and this month, so no change of rating is reported.",
    ]);
  });

  it("prefers the ratings it is given over ones derived from last month's figure", () => {
    const card = rows({ rereferral_pct: { target: 25 } });
    const lines = generateCommentary(card, previousRatings(card, { rereferral_pct: "Amber" }), MAY);
    expect(texts(lines, "RAG change")[0]).toMatch(
      /^Re-referrals within 12 months moved from Amber to Red/
    );
  });

  it("names the largest relative movements first, with sign and size, judged by polarity", () => {
    const lines = generateCommentary(rows(), {}, MAY);
    expect(texts(lines, "Movement")).toEqual([
      "Re-referrals within 12 months rose from 24.0% to 30.0% (+6.0 points) since April 2015, a worsening.",
      "Referrals resulting in no further action fell from 10.0% to 8.0% (−2.0 points) since April 2015, an improvement.",
    ]);
  });

  it("states a count's movement without repeating its unit, and a rate's unit once", () => {
    const lines = texts(generateCommentary(sample(), {}, MAY), "Movement");
    expect(lines).toContain("Referrals rose from 319 to 416 (+97) since April 2015.");
    expect(lines).toContain(
      "Children looked after rate per 10,000 children fell from 83.3 to 77.3 per 10,000 (−6.0) since April 2015."
    );
  });

  it("gives the difference of the figures it states, not of the unrounded ones", () => {
    // 152.2 of 195 is 78.05% (78.1% as stated), 199 of 205 is 97.07% (97.1%): 19.0 unrounded.
    const lines = texts(generateCommentary(sample(), {}, MAY), "Movement");
    expect(lines).toContain(
      "Assessments completed within 45 working days rose from 78.1% to 97.1% (+19.0 points) since April 2015, an improvement."
    );
    const data: MeasureData = new Map([
      ["assessments_completed", monthlyValues(APR, [100000, 100000])],
      ["assessments_within_45wd", monthlyValues(APR, [78040, 97070])],
    ]);
    const card = computeScorecard(
      { assessment_45wd_pct: INDICATORS.assessment_45wd_pct },
      data,
      MAY
    ).rows;
    expect(texts(generateCommentary(card, {}, MAY), "Movement")).toEqual([
      "Assessments completed within 45 working days rose from 78.0% to 97.1% (+19.1 points) since April 2015, an improvement.",
    ]);
  });

  it("names a move inside an indicator's band as a movement within the band", () => {
    const data = new Map([
      ["s47_enquiries", monthlyValues(APR, [1000, 1000])],
      ["icpcs", monthlyValues(APR, [417, 372])],
    ]);
    const banded = { ...INDICATORS.s47_to_icpc_pct, band: { low: 30, high: 45 } };
    const card = computeScorecard({ s47_to_icpc_pct: banded }, data, MAY).rows;
    expect(texts(generateCommentary(card, {}, MAY), "Movement")).toEqual([
      "Section 47 enquiries leading to an initial child protection conference fell from 41.7% to 37.2% (−4.5 points) since April 2015, within the band.",
    ]);
  });

  it("tells no movement from no figures for both months", () => {
    const flat = new Map([
      ["referrals", monthlyValues(APR, [100, 100])],
      ["rereferrals", monthlyValues(APR, [24, 24])],
    ]);
    const still = computeScorecard({ rereferral_pct: INDICATORS.rereferral_pct }, flat, MAY).rows;
    expect(texts(generateCommentary(still, {}, MAY), "Movement")).toEqual([
      "No indicator moved since April 2015.",
    ]);
    const onlyMay = new Map([
      ["referrals", monthlyValues(MAY, [100])],
      ["rereferrals", monthlyValues(MAY, [24])],
    ]);
    const once = computeScorecard({ rereferral_pct: INDICATORS.rereferral_pct }, onlyMay, MAY).rows;
    expect(texts(generateCommentary(once, {}, MAY), "Movement")).toEqual([
      "No indicator has figures for both April 2015 and this month that can be shown, so no movement is reported.",
    ]);
  });

  it("names the biggest gaps to statistical neighbours as the seeds write them, better or worse", () => {
    const card = rows({
      rereferral_pct: { statNeighbours: 21.9 },
      referral_nfa_pct: { statNeighbours: 9.2 },
    });
    const lines = generateCommentary(card, {}, MAY, { top: 1 });
    expect(texts(lines, "Statistical neighbours")).toEqual([
      "Re-referrals within 12 months stood at 30.0% against a statistical neighbour average of 21.9%, 8.1 points worse.",
    ]);
  });

  it("counts context indicators among the gaps, the looked-after rate above all, as above or below", () => {
    const card = sample({
      lac_per10k: { statNeighbours: 60 },
      assessment_45wd_pct: { statNeighbours: 90 },
    });
    expect(texts(generateCommentary(card, {}, MAY), "Statistical neighbours")).toEqual([
      "Children looked after rate per 10,000 children stood at 77.3 against a statistical neighbour average of 60.0 per 10,000, 17.3 above.",
      "Assessments completed within 45 working days stood at 97.1% against a statistical neighbour average of 90.0%, 7.1 points better.",
    ]);
  });

  it("sets every context rate beside its neighbours after the biggest gaps, however small its gap", () => {
    const card = sample({
      lac_per10k: { statNeighbours: 76 },
      assessment_45wd_pct: { statNeighbours: 60 },
    });
    expect(texts(generateCommentary(card, {}, MAY, { top: 1 }), "Statistical neighbours")).toEqual([
      "Assessments completed within 45 working days stood at 97.1% against a statistical neighbour average of 60.0%, 37.1 points better.",
      "Children looked after rate per 10,000 children stood at 77.3 against a statistical neighbour average of 76.0 per 10,000, 1.3 above.",
    ]);
  });

  it("says which year the neighbours' figure is from, when the comparators sheet says", () => {
    const card = rows({ rereferral_pct: { statNeighbours: 21.9 } });
    const yearOf = benchmarkYearOf({ rereferral_pct: { statNeighbours: "2014/15" } });
    expect(
      texts(generateCommentary(card, {}, MAY, { top: 1, yearOf }), "Statistical neighbours")
    ).toEqual([
      "Re-referrals within 12 months stood at 30.0% against a statistical neighbour average of 21.9% in 2014/15, 8.1 points worse.",
    ]);
  });

  it("states a rate per 10,000 to one decimal as the scorecard does, the neighbours' as published, and the gap between the two as stated", () => {
    const card = sample({ lac_per10k: { statNeighbours: 77.25 } });
    expect(texts(generateCommentary(card, {}, MAY), "Statistical neighbours")).toEqual([
      "Children looked after rate per 10,000 children stood at 77.3 against a statistical neighbour average of 77.25 per 10,000, 0.05 above.",
    ]);
  });

  it("says in line when the stated figures are equal", () => {
    const card = sample({ lac_per10k: { statNeighbours: 77.3 } });
    expect(texts(generateCommentary(card, {}, MAY), "Statistical neighbours")).toEqual([
      "Children looked after rate per 10,000 children stood at 77.3, in line with a statistical neighbour average of 77.3 per 10,000.",
    ]);
  });

  it("tells no comparator from no figure to compare with one", () => {
    expect(texts(generateCommentary(rows(), {}, MAY), "Statistical neighbours")).toEqual([
      "No statistical neighbour figures were given, so no gaps to them are reported.",
    ]);
    const data = new Map([["referrals", monthlyValues(APR, [100])]]);
    const empty = computeScorecard({ rereferral_pct: INDICATORS.rereferral_pct }, data, MAY, {
      rereferral_pct: { statNeighbours: 21.9 },
    }).rows;
    expect(texts(generateCommentary(empty, {}, MAY), "Statistical neighbours")).toEqual([
      "No indicator has both a figure this month and a statistical neighbour figure, so no gap to them is reported.",
    ]);
    const small = new Map([
      ["referrals", monthlyValues(MAY, [100])],
      ["rereferrals", monthlyValues(MAY, [3])],
    ]);
    const withheld = computeScorecard(
      { rereferral_pct: INDICATORS.rereferral_pct },
      small,
      MAY,
      { rereferral_pct: { statNeighbours: 21.9 } },
      { suppression: { enabled: true } }
    ).rows;
    expect(texts(generateCommentary(withheld, {}, MAY), "Statistical neighbours")).toEqual([
      "Statistical neighbour figures were given, but none beside a figure this month that can be shown, so no gap to them is reported.",
    ]);
  });

  it("ends with the achievements and the priorities, each indicator in one list, in plain words", () => {
    const card = sample({
      assessment_45wd_pct: { target: 85 },
      referrals: {},
    });
    const withRed = rows({ rereferral_pct: { target: 25 } });
    const lines = generateCommentary([...card, ...withRed], {}, MAY);
    const closing = lines.slice(-3);
    expect(closing).toEqual([
      {
        topic: "Achievement",
        indicatorId: "assessment_45wd_pct",
        text: "Assessments completed within 45 working days: Green at 97.1%, better than 78.1% in April 2015.",
      },
      {
        topic: "Achievement",
        indicatorId: "referral_nfa_pct",
        text: "Referrals resulting in no further action: improved from 10.0% to 8.0% since April 2015.",
      },
      {
        topic: "Priority",
        indicatorId: "rereferral_pct",
        text: "Re-referrals within 12 months: Red at 30.0%, worse than 24.0% in April 2015.",
      },
    ]);
  });

  it("says when a Green one slipped or a Red one improved, in the list its rating puts it in", () => {
    const card = rows({ rereferral_pct: { target: 35 }, referral_nfa_pct: { target: 5 } });
    const lines = generateCommentary(card, {}, MAY);
    expect(lines.filter((l) => l.topic === "Achievement" || l.topic === "Priority")).toEqual([
      {
        topic: "Achievement",
        indicatorId: "rereferral_pct",
        text: "Re-referrals within 12 months: Green at 30.0%, though worse than 24.0% in April 2015.",
      },
      {
        topic: "Priority",
        indicatorId: "referral_nfa_pct",
        text: "Referrals resulting in no further action: Red at 8.0%, though better than 10.0% in April 2015.",
      },
    ]);
  });

  it("says up or down, unjudged, for a move within the no-change threshold", () => {
    const data = new Map([
      ["referrals", monthlyValues(APR, [100, 100])],
      ["rereferrals", monthlyValues(APR, [24, 30])],
    ]);
    const card = computeScorecard(
      { rereferral_pct: INDICATORS.rereferral_pct },
      data,
      MAY,
      { rereferral_pct: { target: 35 } },
      { noChangeThreshold: 10 }
    ).rows;
    expect(texts(generateCommentary(card, {}, MAY), "Achievement")).toEqual([
      "Re-referrals within 12 months: Green at 30.0%, up from 24.0% in April 2015.",
    ]);
  });

  it("says so when a list is empty", () => {
    const flat = new Map([
      ["referrals", monthlyValues(APR, [100, 100])],
      ["rereferrals", monthlyValues(APR, [24, 24])],
    ]);
    const still = computeScorecard({ rereferral_pct: INDICATORS.rereferral_pct }, flat, MAY).rows;
    expect(
      generateCommentary(still, {}, MAY)
        .slice(-2)
        .map((l) => l.text)
    ).toEqual([
      "No indicator is rated Green or improving this month.",
      "No indicator is rated Red or worsening this month.",
    ]);
  });

  it("never quotes a figure under disclosure control", () => {
    const data = new Map([
      ["referrals", monthlyValues(APR, [100, 100])],
      ["rereferrals", monthlyValues(APR, [4, 3])],
    ]);
    const card = computeScorecard(
      { rereferral_pct: INDICATORS.rereferral_pct },
      data,
      MAY,
      { rereferral_pct: { statNeighbours: 21.9, target: 2 } },
      { suppression: { enabled: true } }
    ).rows;
    const lines = generateCommentary(card, { rereferral_pct: "Green" }, MAY);
    const text = lines.map((l) => l.text).join(" ");
    expect(text).not.toMatch(/3\.0%|4\.0%|1\.0 point/);
    expect(lines.some((l) => l.indicatorId === "rereferral_pct")).toBe(false);
  });
});
describe("previousRatings", () => {
  it("re-rates last month's figure against the same basis and comparators", () => {
    expect(previousRatings(rows({ rereferral_pct: { target: 25 } }))).toEqual({
      rereferral_pct: "Green",
    });
  });

  it("leaves out rows rated on a figure other than the month's", () => {
    const data = new Map([
      ["referrals", monthlyValues(monthKey(2015, 4), [100, 100])],
      ["rereferrals", monthlyValues(monthKey(2015, 4), [24, 30])],
    ]);
    const card = computeScorecard(
      { rereferral_pct: INDICATORS.rereferral_pct },
      data,
      MAY,
      { rereferral_pct: { target: 25 } },
      { indicators: { rereferral_pct: { headline: "ytd" } } }
    ).rows;
    expect(previousRatings(card)).toEqual({});
  });
});
