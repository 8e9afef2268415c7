import workbook from "../../docs/example-workbook.json";
import { loadBenchmarks } from "../../src/domain/benchmarks/load-benchmarks";
import { INDICATORS } from "../../src/domain/indicators/indicator-catalogue";
import { monthKey } from "../../src/domain/period/month";
import { builtInBenchmarks } from "../../src/refresh/built-in-benchmarks";
import { runRefresh } from "../../src/refresh/run-refresh";
import { scorecardInputs } from "../../src/refresh/scorecard-inputs";
import { readComparatorsSheet } from "../../src/sheet/comparators/read-comparators-sheet";
import type { RawCell } from "../../src/sheet/grid";
import { readSettingsSheet } from "../../src/sheet/settings/read-settings-sheet";
import { memoryHost } from "./memory-host";

// The example workbook: Peterborough's figures to May 2015 (its comparators sheet types
// statistical neighbours, England and region for eight indicators, re-referrals among them).
const NOW = new Date("2015-06-02T09:30:00Z");
const sheets = workbook.sheets as Array<{ name: string; values: RawCell[][] }>;
const withSettings = (...rows: RawCell[][]) =>
  sheets.map((sheet) =>
    sheet.name === "CSC Settings" ? { ...sheet, values: [...sheet.values, ...rows] } : sheet
  );
const comparatorsGrid = {
  sheet: "CSC Comparators",
  values: sheets.find((s) => s.name === "CSC Comparators")!.values,
};
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

async function peterboroughInputs(method?: string) {
  const settings = readSettingsSheet({
    sheet: "CSC Settings",
    values: [["Benchmark authority", "Peterborough"], ...(method ? [["SN average", method]] : [])],
  }).settings;
  const data = await loadBenchmarks();
  const builtIn = builtInBenchmarks(settings, data, monthKey(2015, 5), INDICATORS);
  const reading = readComparatorsSheet(comparatorsGrid);
  return scorecardInputs(settings, reading, INDICATORS, builtIn.benchmarks ?? undefined);
}

describe("built-in benchmarks for the authority the settings name", () => {
  it("fills the comparators the sheet leaves blank from the latest year ended by the reporting month", async () => {
    const inputs = await peterboroughInputs();
    // d3 2015 (2014/15): England 16.6%, East of England 17.1%; Peterborough's 10 neighbours'
    // percentages 14.4, 11, 14.3, 13.3, 3.6, 13.3, 18.7, 16.2, 12.6, 19.9.
    const repeat = inputs.comparators.cpp_repeat_pct!;
    expect(repeat.england).toBe(16.6);
    expect(repeat.region).toBe(17.1);
    expect(repeat.statNeighbours).toBeCloseTo(
      mean([14.4, 11, 14.3, 13.3, 3.6, 13.3, 18.7, 16.2, 12.6, 19.9]),
      10
    );
    expect(inputs.years.cpp_repeat_pct).toEqual({
      england: "2014/15",
      region: "2014/15",
      statNeighbours: "2014/15",
    });
    const source = inputs.sources.cpp_repeat_pct?.statNeighbours;
    expect(source?.kind === "published" && source.benchmark.neighbours).toEqual({
      used: 10,
      of: 10,
      method: "mean",
    });
    expect(source?.kind === "published" && source.benchmark.release).toMatch(/Children in need/);
  });

  it("keeps what the analyst typed, marked local", async () => {
    const inputs = await peterboroughInputs();
    expect(inputs.comparators.rereferral_pct).toMatchObject({
      target: 20,
      statNeighbours: 23.6,
      england: 22.3,
      region: 21.8,
    });
    expect(inputs.sources.rereferral_pct).toEqual({
      statNeighbours: { kind: "local" },
      england: { kind: "local" },
      region: { kind: "local" },
    });
  });

  it("uses the median or pooled figure when the settings ask", async () => {
    const median = await peterboroughInputs("median");
    expect(median.comparators.cpp_repeat_pct?.statNeighbours).toBeCloseTo((13.3 + 14.3) / 2, 10);
    const pooled = await peterboroughInputs("pooled");
    const source = pooled.sources.cpp_repeat_pct?.statNeighbours;
    expect(source?.kind === "published" && source.benchmark.neighbours?.method).toBe("pooled");
  });

  it("warns of an authority the published tables do not know, and uses the sheet alone", async () => {
    const data = await loadBenchmarks();
    const settings = readSettingsSheet({
      sheet: "CSC Settings",
      values: [["Benchmark authority", "Sample Borough"]],
    }).settings;
    const builtIn = builtInBenchmarks(settings, data, monthKey(2015, 5), INDICATORS);
    expect(builtIn.benchmarks).toBeNull();
    expect(builtIn.issues.map((i) => [i.severity, i.code])).toEqual([
      ["warning", "UNKNOWN_AUTHORITY"],
    ]);
  });

  it("notes what a replaced authority gets: England and its region, no neighbours", async () => {
    const data = await loadBenchmarks();
    const settings = readSettingsSheet({
      sheet: "CSC Settings",
      values: [["Benchmark authority", "Cumbria"]],
    }).settings;
    const builtIn = builtInBenchmarks(settings, data, monthKey(2025, 5), INDICATORS);
    expect(builtIn.issues.map((i) => i.code)).toEqual(["REORGANISED_AUTHORITY"]);
    expect(builtIn.issues[0]?.message).toMatch(/Cumberland \(942\) and Westmorland and Furness/);
    const rereferrals = builtIn.benchmarks?.indicators.rereferral_pct;
    expect(rereferrals?.published.england?.value).toBe(22.6);
    expect(rereferrals?.published.region?.areaName).toBe("North West");
    expect(rereferrals?.published.statNeighbours).toBeUndefined();
    expect(rereferrals?.missing.statNeighbours).toMatch(
      /not in the DfE statistical neighbour model/
    );
  });
});

describe("a refresh with a Benchmark authority", () => {
  it("loads the dataset and rates against the filled comparators, on every host's one path", async () => {
    const host = memoryHost(withSettings(["Benchmark authority", "874"]));
    const outcome = await runRefresh(host, NOW);
    if (!outcome.ok) throw new Error(outcome.message);
    const repeat = outcome.report.indicators.find((i) => i.id === "cpp_repeat_pct");
    expect(repeat?.comparators.england).toBe(16.6);
    const rereferrals = outcome.report.indicators.find((i) => i.id === "rereferral_pct");
    expect(rereferrals?.comparators.england).toBe(22.3);
  });

  it("cites every filled benchmark's year, release and neighbours in the notes, with the attribution", async () => {
    const host = memoryHost(withSettings(["Benchmark authority", "874"]));
    const outcome = await runRefresh(host, NOW);
    if (!outcome.ok) throw new Error(outcome.message);
    const notes = host.plans[0]?.sheets.find((s) => s.role === "notes");
    const cells = notes?.blocks.flatMap((b) => b.values.flat()).map(String) ?? [];
    const repeat = cells.find((c) => c.startsWith("Plans that are a second or subsequent plan: "));
    expect(repeat).toMatch(/statistical neighbours 13\.7% \(mean of 10 of 10 neighbours\)/);
    expect(repeat).toMatch(
      /England 16\.6%, East of England 17\.1%: 2014\/15, DfE Children in need/
    );
    expect(repeat).toMatch(/table D3/);
    // Re-referrals' three benchmarks are all typed: nothing published to cite.
    expect(cells.some((c) => c.includes("Re-referrals within 12 months: statistical"))).toBe(false);
    // Plans open 2 years or more: 4 of Peterborough's 10 neighbours' 2014/15 figures are withheld.
    expect(cells.find((c) => c.startsWith("Plans open 2 years or more: "))).toMatch(
      /mean of 6 of 10 neighbours/
    );
    expect(
      cells.some((c) =>
        c.includes(
          "Contains public sector information licensed under the Open Government Licence v3.0."
        )
      )
    ).toBe(true);
  });

  it("takes the authority a host gives in place of the settings sheet's (the command line's --authority)", async () => {
    const host = memoryHost(sheets);
    const outcome = await runRefresh(host, NOW, undefined, { authority: "E06000031" });
    if (!outcome.ok) throw new Error(outcome.message);
    const repeat = outcome.report.indicators.find((i) => i.id === "cpp_repeat_pct");
    expect(repeat?.comparators.region).toBe(17.1);
  });

  it("leaves a workbook that names no authority as it was", async () => {
    const outcome = await runRefresh(memoryHost(sheets), NOW);
    if (!outcome.ok) throw new Error(outcome.message);
    const repeat = outcome.report.indicators.find((i) => i.id === "cpp_repeat_pct");
    expect(repeat?.comparators.england).toBeNull();
  });
});
