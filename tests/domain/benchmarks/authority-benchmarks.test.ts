import { authorityBenchmarks } from "../../../src/domain/benchmarks/authority-benchmarks";
import { areaOf, type BenchmarkData } from "../../../src/domain/benchmarks/benchmark-dataset";
import { loadBenchmarks } from "../../../src/domain/benchmarks/load-benchmarks";
import { rankedValues } from "../../../src/domain/benchmarks/rank-quartile";

let data: BenchmarkData;
beforeAll(async () => {
  data = await loadBenchmarks();
});

function benchmarksOf(code: string, indicators: string[]) {
  const area = areaOf(data, code);
  if (area === undefined) throw new Error(`no area ${code}`);
  return authorityBenchmarks(data, area, { indicators });
}

describe("the authorities a scorecard's figure is ranked among", () => {
  it("are every other authority's published figure that year", () => {
    // c1 2025: 153 authorities published a re-referral percentage, Peterborough's among them.
    const others = benchmarksOf("874", ["rereferral_pct"]).indicators.rereferral_pct?.others;
    expect(others?.yearLabel).toBe("2024/25");
    expect(others?.values).toHaveLength(152);
  });

  it("leave out the joint return an authority reports its workforce in", () => {
    // csww 2025: Kingston upon Thames (314) has no return of its own; the joint return with
    // Richmond upon Thames (14.9% agency) is its own figure, not another authority's.
    const ranked = rankedValues(data, "sw_agency_pct", 2025);
    expect(ranked.get("314 / 318")).toBe(14.9);
    const others = benchmarksOf("314", ["sw_agency_pct"]).indicators.sw_agency_pct?.others;
    expect(others?.values).toHaveLength(ranked.size - 1);
  });
});
