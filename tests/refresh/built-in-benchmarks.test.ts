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
    const rows = (notes?.blocks[0]?.values ?? []).map((row) => row.map(String));
    const detailOf = (name: string) => rows.find((r) => r[0] === "Benchmark" && r[1] === name)?.[3];
    const repeat = detailOf("Plans that are a second or subsequent plan");
    expect(repeat).toMatch(/^Statistical neighbours 13\.7% \(mean of 10 of 10 neighbours\)/);
    expect(repeat).toMatch(
      /England 16\.6%, East of England 17\.1%: 2014\/15, DfE Children in need/
    );
    expect(repeat).toMatch(/table D3/);
    // Re-referrals' three benchmarks are all typed: nothing published to cite.
    expect(detailOf("Re-referrals within 12 months")).toBeUndefined();
    // Plans open 2 years or more: 4 of Peterborough's 10 neighbours' 2014/15 figures are withheld.
    expect(detailOf("Plans open 2 years or more")).toMatch(/mean of 6 of 10 neighbours/);
    const source = rows.find((r) => r[0] === "Source");
    expect(source?.[3]).toContain(
      "Contains public sector information licensed under the Open Government Licence v3.0."
    );
    // Under their own heading, one line a benchmark, before the validation issues...
    const heading = (text: string) => rows.findIndex((r) => r[0] === text);
    const first = rows.findIndex((r) => r[0] === "Benchmark");
    expect(heading("Benchmarks used")).toBeGreaterThan(-1);
    expect(heading("Benchmarks used")).toBe(first - 1);
    expect(rows.findIndex((r) => r[0] === "Source")).toBeLessThan(heading("Validation issues"));
    // ...and not issues: the pane's list of things to check leaves them out.
    expect(outcome.issues.some((i) => i.code === "BUILT_IN_BENCHMARKS")).toBe(false);
    expect(outcome.issues.some((i) => i.message.includes("Open Government Licence"))).toBe(false);
  });

  it("takes the authority a host gives in place of the settings sheet's (the command line's --authority)", async () => {
    const host = memoryHost(sheets);
    const outcome = await runRefresh(host, NOW, undefined, { authority: "E06000031" });
    if (!outcome.ok) throw new Error(outcome.message);
    const repeat = outcome.report.indicators.find((i) => i.id === "cpp_repeat_pct");
    expect(repeat?.comparators.region).toBe(17.1);
  });

  it("puts what it says of the authority at the setting's own cell, for the pane's Go to", async () => {
    // The example's settings sheet with a Benchmark authority row added below its last row.
    const row = sheets.find((s) => s.name === "CSC Settings")!.values.length + 1;
    for (const [authority, code] of [
      ["Sample Borough", "UNKNOWN_AUTHORITY"],
      ["East of England", "UNKNOWN_AUTHORITY"],
      ["Cumbria", "REORGANISED_AUTHORITY"],
      ["Kingston upon Thames", "JOINT_RETURN"],
    ] as const) {
      const outcome = await runRefresh(
        memoryHost(withSettings(["Benchmark authority", authority])),
        NOW
      );
      const issue = outcome.issues.find((i) => i.code === code);
      expect([issue?.sheet, issue?.cell]).toEqual(["CSC Settings", `B${row}`]);
      expect(issue?.message).toMatch(new RegExp(`^'CSC Settings'!B${row}: Benchmark authority: `));
    }
    // An authority the command line gives is not the sheet's: its issue names no cell of it.
    const given = await runRefresh(
      memoryHost(withSettings(["Benchmark authority", "874"])),
      NOW,
      undefined,
      { authority: "Sample Borough" }
    );
    expect(given.issues.find((i) => i.code === "UNKNOWN_AUTHORITY")?.cell).toBe("A1");
  });

  it("leaves a workbook that names no authority as it was", async () => {
    const outcome = await runRefresh(memoryHost(sheets), NOW);
    if (!outcome.ok) throw new Error(outcome.message);
    const repeat = outcome.report.indicators.find((i) => i.id === "cpp_repeat_pct");
    expect(repeat?.comparators.england).toBeNull();
  });
});

describe("a refresh rating by quartile among all authorities (issue 15)", () => {
  // The example workbook ten years on (May 2025, so placements have published figures too), with
  // a month-end count of children with 3 or more placements: a second lower-is-better indicator.
  const LATER = new Date("2025-06-02T09:30:00Z");
  const tenYearsOn = (cell: RawCell): RawCell =>
    typeof cell === "string"
      ? cell.replace(/-1([45])$/, "-2$1").replace("May 2015", "May 2025")
      : cell;
  const withPlacements = (...rows: RawCell[][]) =>
    withSettings(...rows).map((sheet) => {
      const values = sheet.values.map((row) => row.map(tenYearsOn));
      return sheet.name === "CSC Data"
        ? {
            ...sheet,
            values: [...values, ["LAC with 3+ placements", ...Array<number>(13).fill(38), 40]],
          }
        : { ...sheet, values };
    });
  // The comparators sheet with a RAG basis column: the assessments row asks for a quartile.
  const withQuartileRow = (values: RawCell[][]) =>
    values.map((row, r) =>
      r === 2
        ? [...row, "RAG basis"]
        : r === 4
          ? [...row.slice(0, 5), "", ...row.slice(6), "LAIT quartile"]
          : [...row, ""]
    );

  // By hand from the dataset: every local authority's (or joint return's) published figure for
  // 2024/25, the year ended by May 2025, Peterborough's own left out; the scorecard's figure is
  // placed among them, ties sharing the best rank, and quartiles 1–2 are Green, 3 Amber, 4 Red.
  async function byHand(id: "rereferral_pct" | "placement_3plus_pct", value: number) {
    const data = await loadBenchmarks();
    const series = data.dataset.indicators[id]!;
    const row = series.value[series.years.indexOf(2025)]!;
    const others = data.dataset.areas.flatMap((area, i) => {
      const cell = row[i];
      const ranked = area.level === "la" || area.level === "joint";
      return ranked && area.code !== "874" && typeof cell === "number" ? [cell] : [];
    });
    const rank = others.filter((x) => x < value).length + 1; // lower is better for both
    const of = others.length + 1;
    const quartile = Math.min(4, Math.floor(((rank - 1) * 4) / of) + 1);
    return { rank, of, quartile, rating: ["green", "green", "amber", "red"][quartile - 1] };
  }

  it("rates each indicator by where its figure would rank among every authority's", async () => {
    const host = memoryHost(
      withPlacements(["Benchmark authority", "874"], ["RAG basis", "national quartile"])
    );
    const outcome = await runRefresh(host, LATER);
    if (!outcome.ok) throw new Error(outcome.message);
    const cells = host.plans[0]!.sheets.find((s) => s.role === "scorecard")!.blocks.flatMap((b) =>
      b.values.flat().map(String)
    );
    for (const id of ["rereferral_pct", "placement_3plus_pct"] as const) {
      const report = outcome.report.indicators.find((i) => i.id === id)!;
      const expected = await byHand(id, report.value!);
      expect(report.rag).toBe(expected.rating);
      expect(report.reason).toContain(`of ${expected.of} authorities`);
      expect(report.reason).toContain("in 2024/25");
      const ordinal = ["first", "second", "third", "fourth"][expected.quartile - 1];
      expect(report.reason).toContain(`in the ${ordinal} quartile`);
      // The scorecard's Against rating basis column says it short.
      const short = ["1st", "2nd", "3rd", "4th"][expected.quartile - 1];
      expect(cells).toContain(
        `${short} quartile, rank ${expected.rank} of ${expected.of} (2024/25)`
      );
    }
    // 40 of 358 children looked after: 11.2%.
    expect(
      outcome.report.indicators.find((i) => i.id === "placement_3plus_pct")?.value
    ).toBeCloseTo((40 / 358) * 100, 10);
  });

  it("does not rate by quartile without a Benchmark authority, and says why", async () => {
    const outcome = await runRefresh(memoryHost(withPlacements(["RAG basis", "quartile"])), LATER);
    if (!outcome.ok) throw new Error(outcome.message);
    const report = outcome.report.indicators.find((i) => i.id === "placement_3plus_pct")!;
    expect(report.rag).toBeNull();
    expect(report.reason).toBe(
      "Not rated: no Benchmark authority is chosen in the settings, so there are no authorities' figures to rank against."
    );
  });

  it("takes a quartile basis from a comparators row, and says an indicator the statistics do not publish is not rated", async () => {
    const books = withSettings(["Benchmark authority", "874"]).map((sheet) =>
      sheet.name === "CSC Comparators" ? { ...sheet, values: withQuartileRow(sheet.values) } : sheet
    );
    const outcome = await runRefresh(memoryHost(books), NOW);
    if (!outcome.ok) throw new Error(outcome.message);
    const report = outcome.report.indicators.find((i) => i.id === "assessment_45wd_pct")!;
    expect(report.value).not.toBeNull();
    expect(report.rag).toBeNull();
    expect(report.reason).toBe(
      "Not rated: the published statistics have no figures of all authorities for Assessments completed within 45 working days."
    );
  });
});
