import { authorityChoices } from "../../../src/domain/benchmarks/authority-search";
import type { BenchmarkData } from "../../../src/domain/benchmarks/benchmark-dataset";
import { loadBenchmarks } from "../../../src/domain/benchmarks/load-benchmarks";
import {
  INDICATORS,
  type IndicatorCatalogue,
} from "../../../src/domain/indicators/indicator-catalogue";
import { monthKey } from "../../../src/domain/period/month";
import { builtInBenchmarks } from "../../../src/refresh/built-in-benchmarks";
import { authorityInUse } from "../../../src/taskpane/model/benchmark-authority";

let data: BenchmarkData;
beforeAll(async () => {
  data = await loadBenchmarks();
});

function paneNotes(text: string): readonly string[] {
  const inUse = authorityInUse(data, authorityChoices(data), text);
  if (inUse.kind !== "authority") throw new Error(`${text} is ${inUse.kind}`);
  return inUse.notes;
}

/** The refresh's notes on the authority, without the "'CSC Settings'!B2: Benchmark authority: " start. */
function refreshNotes(text: string): string[] {
  const built = builtInBenchmarks({ authority: text }, data, monthKey(2025, 5), INDICATORS);
  return built.issues.map((issue) => issue.message.replace(/^.*?Benchmark authority: /, ""));
}

describe("the notes the settings page shows on the benchmark authority", () => {
  it("are the refresh's notes, word for word, for every authority", () => {
    // Replaced (Cumbria), formed (Cumberland), formed and reporting jointly (North
    // Northamptonshire), reporting jointly (Kingston upon Thames), and none (Peterborough) among them.
    for (const choice of authorityChoices(data))
      expect(paneNotes(choice.code)).toEqual(refreshNotes(choice.code));
  });

  it("say what a joint workforce return means, and not that the scorecard uses it", () => {
    const [joint] = paneNotes("Kingston upon Thames");
    expect(joint).toBe(
      "DfE Children's social work workforce, reporting year 2025 publishes one return for Kingston upon Thames and Richmond upon Thames (Kingston upon Thames / Richmond upon Thames), and none for Kingston upon Thames alone: that return is Kingston upon Thames's own figure, so CSC.BENCHMARK gives it as Kingston upon Thames's, and it is not counted in its statistical neighbours' figure or among the authorities its figures are ranked against."
    );
    expect(paneNotes("West Northamptonshire")).toEqual([
      expect.stringMatching(/^Northamptonshire \(928\) was replaced by North Northamptonshire/),
      expect.stringMatching(/one return for North Northamptonshire and West Northamptonshire/),
    ]);
  });

  it("give the joint return only for a scorecard with an indicator it stands in for", () => {
    const noWorkforce: IndicatorCatalogue = Object.fromEntries(
      Object.entries(INDICATORS).filter(([id]) => !id.startsWith("sw_"))
    );
    const codesFor = (catalogue: IndicatorCatalogue) =>
      builtInBenchmarks({ authority: "314" }, data, monthKey(2025, 5), catalogue).issues.map(
        (issue) => issue.code
      );
    expect(codesFor(INDICATORS)).toEqual(["JOINT_RETURN"]);
    expect(codesFor(noWorkforce)).toEqual([]);
  });
});
