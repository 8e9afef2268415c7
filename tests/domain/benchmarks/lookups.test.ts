import type { BenchmarkData } from "../../../src/domain/benchmarks/benchmark-dataset";
import { benchmarkValue } from "../../../src/domain/benchmarks/benchmark-value";
import { findArea } from "../../../src/domain/benchmarks/find-area";
import { loadBenchmarks } from "../../../src/domain/benchmarks/load-benchmarks";
import { neighbourFigure } from "../../../src/domain/benchmarks/neighbour-figure";
import {
  authorityRank,
  positionAmong,
  quartileOf,
} from "../../../src/domain/benchmarks/rank-quartile";

let data: BenchmarkData;
beforeAll(async () => {
  data = await loadBenchmarks();
});

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

function valueOf(indicator: string, area: string, year?: number) {
  const found = benchmarkValue(data, indicator, area, year);
  if (!found.ok) throw new Error(found.reason.detail);
  return found.value;
}

function reasonOf(indicator: string, area: string, year?: number) {
  const found = benchmarkValue(data, indicator, area, year);
  if (found.ok) throw new Error(`expected no figure, got ${found.value.value}`);
  return found.reason;
}

describe("published figures", () => {
  // Each expected number is copied from the row of the published CSV named beside it.
  it.each([
    // c1 2025 National: referral_count 632830, rereferral_count 142900, rereferral_percent 22.6
    ["rereferral_pct", "E92000001", 2025, 22.6, 142900, 632830],
    // c1 2025 Peterborough (874): 3850 referrals, 761 re-referrals, 19.8%
    ["rereferral_pct", "874", 2025, 19.8, 761, 3850],
    // c1 2025 Barnsley (370): NFA 269 of 3241, 8.3%
    ["referral_nfa_pct", "370", 2025, 8.3, 269, 3241],
    // c1 2025 North East (E12000001): 6730 of 32490, 20.7%
    ["rereferral_pct", "E12000001", 2025, 20.7, 6730, 32490],
    // d3 2025 National: 15130 of 61840 plans, 24.5%
    ["cpp_repeat_pct", "E92000001", 2025, 24.5, 15130, 61840],
    // cla 2025 National, looked after on 31 March: 81770 of 12183016, rate 67
    ["lac_per10k", "E92000001", 2025, 67, 81770, 12183016],
    // placement stability 2025 National, 2.5 years: 19680 of 28710, 69%
    ["placement_long_term_pct", "E92000001", 2025, 69, 19680, 28710],
    // care leavers' activity 2025 National, 19 to 21: 20760 of 38440, 54%
    ["care_leavers_eet_pct", "E92000001", 2025, 54, 20760, 38440],
    // care leavers' activity 2025 National, 17 to 18: 9430 of 14800, 64%
    ["care_leavers_eet_17_18_pct", "E92000001", 2025, 64, 9430, 14800],
    // accommodation 2025 National, 19 to 21: 33810 of 38190, 89%
    ["care_leavers_accommodation_pct", "E92000001", 2025, 89, 33810, 38190],
    // csww 2025 National: agency 5415.9 FTE, in post 36186.3 FTE, rate 13
    ["sw_agency_pct", "E92000001", 2025, 13, 5415.9, 41602.2],
    // csww 2025 Peterborough: caseload 17.1 (1740 cases, 101.9 FTE)
    ["sw_caseload", "874", 2025, 17.1, 1740, 101.9],
  ])("%s for %s in %i is %d as published", (indicator, area, year, value, num, den) => {
    const figure = valueOf(indicator, area, year);
    expect(figure.value).toBe(value);
    expect(figure.numerator).toBe(num);
    expect(figure.denominator).toBe(den);
  });

  it("derives a CIN rate per 10,000 from the count and the ONS estimate of the mid-year before", () => {
    // c1 2025 Peterborough 3850 referrals; ONS 2024 Peterborough children aged 0-17.
    const figure = valueOf("referrals_per10k", "874", 2025);
    expect(figure.numerator).toBe(3850);
    expect(figure.value).toBe(Math.round((3850 / figure.denominator!) * 10000 * 10) / 10);
    // England: 632830 referrals, 12183016 children (the population the CLA release uses for 2025).
    expect(valueOf("referrals_per10k", "E92000001", 2025).value).toBe(519.4);
  });

  it("has no rate, and says why, where DfE published a count but the ONS file no population", () => {
    // c1 2019 (2018/19): Dorset County 4,686, Poole 1,194, Bournemouth 2,046 referrals; the ONS
    // mid-2018 estimates are on the boundaries since April 2019 and give "x" for all three. DfE
    // did not publish the rate as "x": the dataset cannot derive it.
    for (const [code, name, count] of [
      ["835", "Dorset", 4686],
      ["836", "Poole", 1194],
      ["837", "Bournemouth", 2046],
    ] as const) {
      const reason = reasonOf("referrals_per10k", code, 2019);
      expect(reason.code).toBe("NOT_DERIVED");
      expect(reason.detail).toBe(
        `Referral rate per 10,000 children for ${name} in 2018/19 is not in the dataset: DfE published the count, but there is no ONS population estimate on these boundaries (the mid-year estimates are on the boundaries since April 2019) to make it a rate per 10,000.`
      );
      expect(reason.detail).not.toMatch(/"x"/);
      const series = data.dataset.indicators.referrals_per10k!;
      const at = data.areaIndex.get(code)!;
      expect(series.num[series.years.indexOf(2019)]?.[at]).toBe(count);
    }
    for (const id of ["cin_per10k", "cpp_per10k"])
      expect(reasonOf(id, "837", 2013).code).toBe("NOT_DERIVED");
  });

  it("labels a year to 31 March as its financial year, the workforce census by its year", () => {
    expect(valueOf("rereferral_pct", "874", 2025).yearLabel).toBe("2024/25");
    expect(valueOf("sw_caseload", "874", 2025).yearLabel).toBe("2025");
  });

  it("gives the latest year when none is asked for", () => {
    expect(valueOf("rereferral_pct", "874").year).toBe(2025);
  });

  it("never turns a GSS symbol into a number: the symbol is the reason", () => {
    // d5 2025 Barnsley: 2_years_or_more_percent "c".
    const reason = reasonOf("cpp_open_2yrs_pct", "370", 2025);
    expect(reason.code).toBe("c");
    expect(reason.detail).toMatch(/"c".*confidentiality/);
    // cla 2025 City of London, looked after on 31 March: "c".
    expect(reasonOf("lac_per10k", "201", 2025).code).toBe("c");
    // cla 2025 Isles of Scilly: "z"; csww 2025 Sunderland's (394) agency rate "low".
    expect(reasonOf("lac_per10k", "420", 2025).code).toBe("z");
    expect(reasonOf("sw_agency_pct", "394", 2025).code).toBe("low");
  });

  it("says which years it has when asked for another", () => {
    const reason = reasonOf("rereferral_pct", "874", 2011);
    expect(reason.code).toBe("NO_YEAR");
    expect(reason.detail).toMatch(/2012\/13 to 2024\/25/);
  });
});

describe("reorganised and joint authorities", () => {
  it("gives Northamptonshire its own years and names its successors after", () => {
    // c1 2021 Northamptonshire (928) has a row; from 2021/22 North and West Northamptonshire do.
    expect(valueOf("rereferral_pct", "928", 2021).area.name).toBe("Northamptonshire");
    const reason = reasonOf("rereferral_pct", "928", 2025);
    expect(reason.code).toBe("REPLACED");
    expect(reason.detail).toMatch(
      /North Northamptonshire \(940\) and West Northamptonshire \(941\)/
    );
    expect(reasonOf("rereferral_pct", "940", 2021).code).toBe("NOT_YET_FORMED");
    expect(valueOf("rereferral_pct", "941", 2022).year).toBe(2022);
  });

  it("reads Cumbria's x and z after 2023 as its replacement by Cumberland and Westmorland and Furness", () => {
    // The CLA file keeps a Cumbria row for 2025 with x and z.
    const reason = reasonOf("lac_per10k", "909", 2025);
    expect(reason.code).toBe("REPLACED");
    expect(reason.detail).toMatch(/Cumberland \(942\) and Westmorland and Furness \(943\)/);
    expect(valueOf("lac_per10k", "909", 2023).value).toBe(82);
    expect(reasonOf("lac_per10k", "942", 2023).code).toBe("NOT_YET_FORMED");
    expect(valueOf("lac_per10k", "942", 2025).value).toBe(87);
  });

  it("has Bournemouth, Christchurch and Poole from 2019/20 and its predecessors before", () => {
    expect(reasonOf("rereferral_pct", "839", 2019).code).toBe("NOT_YET_FORMED");
    // d3 2020 BCP: 57 of 339 plans, 16.8%; its c1 2020 re-referrals are "x".
    expect(valueOf("cpp_repeat_pct", "839", 2020).value).toBe(16.8);
    expect(reasonOf("rereferral_pct", "839", 2020).code).toBe("x");
    expect(reasonOf("rereferral_pct", "837", 2020).code).toBe("REPLACED");
    expect(valueOf("rereferral_pct", "837", 2019).area.name).toBe("Bournemouth");
  });

  it("gives an authority that reports its workforce jointly the joint return, saying so", () => {
    // csww 2025 "314 / 318" Kingston upon Thames / Richmond upon Thames: agency rate 14.9.
    const kingston = valueOf("sw_agency_pct", "314", 2025);
    expect(kingston.value).toBe(14.9);
    expect(kingston.jointReturn?.name).toBe("Kingston upon Thames / Richmond upon Thames");
    expect(valueOf("sw_agency_pct", "941", 2025).value).toBe(19.5);
    // Their children's figures are their own.
    expect(valueOf("rereferral_pct", "314", 2025).jointReturn).toBeUndefined();
  });

  it("keys authorities by DfE code, so an ONS code change (Barnsley's in 2025) is the same area", () => {
    const found = findArea(data, "E08000038");
    expect(found.ok && found.value.code).toBe("370");
    expect(valueOf("sw_caseload", "370", 2025).value).toBe(15.2);
    expect(valueOf("sw_caseload", "370", 2024).area.code).toBe("370");
  });
});

describe("finding an authority", () => {
  it.each([
    ["874", "874"],
    ["E06000031", "874"],
    ["peterborough", "874"],
    ["PETERBOROUGH ", "874"],
    ["Kingston upon Hull", "810"],
    ["Dorset", "838"],
    ["E10000023", "815"],
    ["England", "E92000001"],
    ["North West", "E12000002"],
    ["Cumbria", "909"],
  ])("finds %s", (query, code) => {
    const found = findArea(data, query);
    expect(found.ok && found.value.code).toBe(code);
  });

  it("suggests names for one it cannot find", () => {
    const found = findArea(data, "Peterbrough");
    expect(found.ok).toBe(false);
    if (!found.ok) expect(found.reason.detail).toMatch(/Did you mean Peterborough/);
  });
});

describe("statistical neighbours", () => {
  // Peterborough's 10 neighbours in sn_model_2025_wide.csv: 331, 831, 312, 350, 852, 335, 821, 354,
  // 336, 883; their c1 2025 re-referral percentages in that order:
  const peterborough = [18.5, 23.1, 20.9, 20.5, 20.2, 19.7, 18.9, 17.2, 20.8, 16];

  it("takes the mean of the 10 neighbours' published figures by default", () => {
    const found = neighbourFigure(data, "rereferral_pct", "874", 2025);
    expect(found.ok && found.value.value).toBeCloseTo(mean(peterborough), 10);
    expect(found.ok && [found.value.used, found.value.of]).toEqual([10, 10]);
  });

  it("takes the median: the mean of the two middle values of 10", () => {
    // sorted: 16, 17.2, 18.5, 18.9, 19.7, 20.2, 20.5, 20.8, 20.9, 23.1
    const found = neighbourFigure(data, "rereferral_pct", "874", 2025, "median");
    expect(found.ok && found.value.value).toBeCloseTo((19.7 + 20.2) / 2, 10);
  });

  it("pools the neighbours' numerators over their denominators", () => {
    const found = neighbourFigure(data, "rereferral_pct", "874", 2025, "pooled");
    expect(found.ok && found.value.value).toBeCloseTo(19.837670777851592, 10);
  });

  it("skips withheld neighbours and says how many it used", () => {
    // d5 2025, plans open 2 years or more: 350, 821 and 883 are "c"; the others 3.5, 5.1, 7.9, 3.1, 0, 5.3, 11.7.
    const used = [3.5, 5.1, 7.9, 3.1, 0, 5.3, 11.7];
    const found = neighbourFigure(data, "cpp_open_2yrs_pct", "874", 2025);
    if (!found.ok) throw new Error(found.reason.detail);
    expect(found.value.value).toBeCloseTo(mean(used), 10);
    expect([found.value.used, found.value.of]).toEqual([7, 10]);
    const skipped = found.value.neighbours.flatMap((n) =>
      n.used ? [] : [[n.area.code, n.reason.code]]
    );
    expect(skipped).toEqual([
      ["350", "c"],
      ["821", "c"],
      ["883", "c"],
    ]);
    const median = neighbourFigure(data, "cpp_open_2yrs_pct", "874", 2025, "median");
    expect(median.ok && median.value.value).toBe(5.1);
    // Barnsley: 7 of 10 withheld, 1.9, 0 and 0 remain.
    const barnsley = neighbourFigure(data, "cpp_open_2yrs_pct", "370", 2025);
    expect(barnsley.ok && [barnsley.value.value, barnsley.value.used]).toEqual([1.9 / 3, 3]);
  });

  it("leaves out a neighbour whose figure is the authority's own joint return", () => {
    // Kingston's neighbours' csww 2025 agency rates; Richmond (318) shares Kingston's joint return.
    const found = neighbourFigure(data, "sw_agency_pct", "314", 2025);
    if (!found.ok) throw new Error(found.reason.detail);
    expect(found.value.value).toBeCloseTo(
      mean([25.8, 22.2, 7.4, 13.1, 9.8, 25.6, 29, 20.6, 23.2]),
      10
    );
    expect(found.value.used).toBe(9);
  });

  it("counts two neighbours sharing one joint return once", () => {
    // Swindon (866) has both North (940) and West (941) Northamptonshire, one return of 19.5.
    const found = neighbourFigure(data, "sw_agency_pct", "866", 2025);
    if (!found.ok) throw new Error(found.reason.detail);
    expect(found.value.value).toBeCloseTo(
      mean([20.7, 19.5, 19.4, 11.9, 25, 5.6, 41.7, 7.8, 13.2]),
      10
    );
    expect(found.value.used).toBe(9);
  });

  it("says an authority that was replaced has no neighbours in the 2025 model, and why", () => {
    const found = neighbourFigure(data, "rereferral_pct", "909", 2023);
    expect(found.ok).toBe(false);
    if (!found.ok) {
      expect(found.reason.code).toBe("NO_NEIGHBOURS");
      expect(found.reason.detail).toMatch(/Cumberland/);
    }
  });

  it("leaves out neighbours not yet formed in an earlier year", () => {
    // Cumberland's neighbours include Westmorland and Furness, which has no 2022/23 figure, and
    // 884, whose c1 2023 re-referral percentage is "u".
    const found = neighbourFigure(data, "rereferral_pct", "942", 2023);
    if (!found.ok) throw new Error(found.reason.detail);
    expect(found.value.used).toBe(8);
    const skipped = found.value.neighbours.flatMap((n) =>
      n.used ? [] : [[n.area.code, n.reason.code]]
    );
    expect(skipped).toEqual([
      ["943", "NOT_YET_FORMED"],
      ["884", "u"],
    ]);
    expect(found.value.value).toBeCloseTo(
      mean([21.6, 14.6, 15.6, 21.6, 13.2, 16.8, 25.2, 19.2]),
      10
    );
  });
});

describe("rank and quartile", () => {
  it("ranks lower-is-better from the lowest, ties sharing the best rank", () => {
    expect(positionAmong([10, 20, 20, 40], 20, "lower")).toEqual({
      rank: 2,
      of: 5,
      quartile: 1,
      tiedWith: 2,
      order: "best first",
    });
    expect(positionAmong([10, 20, 20, 40], 20, "higher").rank).toBe(2);
    expect(positionAmong([10, 20, 20, 40], 50, "higher").rank).toBe(1);
    expect(positionAmong([10, 20, 20, 40], 50, "lower").rank).toBe(5);
    expect(positionAmong([10, 20], 15, "range").order).toBe("lowest first");
  });

  it("puts the first quarter of ranks in quartile 1 and the last in quartile 4", () => {
    expect([1, 38, 39, 76, 77, 114, 115, 152].map((rank) => quartileOf(rank, 152))).toEqual([
      1, 1, 2, 2, 3, 3, 4, 4,
    ]);
    expect(quartileOf(1, 1)).toBe(1);
  });

  it("ranks Peterborough's 2024/25 re-referrals among the 153 authorities, with its two ties", () => {
    // 72 authorities published a lower percentage than 19.8 and two others 19.8 exactly.
    const found = authorityRank(data, "rereferral_pct", "874", 2025);
    if (!found.ok) throw new Error(found.reason.detail);
    expect([found.value.rank, found.value.of, found.value.tiedWith, found.value.quartile]).toEqual([
      73, 153, 2, 2,
    ]);
    const barnsley = authorityRank(data, "rereferral_pct", "370", 2025);
    expect(barnsley.ok && [barnsley.value.rank, barnsley.value.quartile]).toEqual([135, 4]);
  });

  it("ranks higher-is-better from the highest", () => {
    // Long-term stability 2025: 150 published numbers; 104 above Peterborough's 64, 6 others at 64.
    const found = authorityRank(data, "placement_long_term_pct", "874", 2025);
    if (!found.ok) throw new Error(found.reason.detail);
    expect([found.value.rank, found.value.of, found.value.tiedWith, found.value.quartile]).toEqual([
      105, 150, 6, 3,
    ]);
  });

  it("ranks a joint return once", () => {
    const found = authorityRank(data, "sw_agency_pct", "318", 2025);
    if (!found.ok) throw new Error(found.reason.detail);
    const other = authorityRank(data, "sw_agency_pct", "314", 2025);
    expect(other.ok && other.value.rank).toBe(found.value.rank);
    // 151 returns in csww 2025, two of them joint; 207, 213 ("x") and 394 ("low") are not ranked.
    expect(found.value.of).toBe(148);
  });
});
