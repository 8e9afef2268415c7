import { INDICATORS } from "../../src/domain/indicators/indicator-catalogue";
import { measureDataFrom } from "../../src/domain/measures/measure-data";
import { monthKey } from "../../src/domain/period/month";
import { computeScorecard } from "../../src/domain/scorecard/compute-scorecard";
import { readComparatorsSheet } from "../../src/sheet/comparators/read-comparators-sheet";
import { readSettingsSheet } from "../../src/sheet/settings/read-settings-sheet";
import { scorecardInputs } from "../../src/refresh/scorecard-inputs";

const comparatorsGrid = {
  sheet: "CSC Comparators",
  values: [
    [
      "Indicator",
      "Target",
      "Stat neighbours",
      "England",
      "RAG basis",
      "Tolerance",
      "Band low",
      "Band high",
    ],
    ["rereferral_pct", 20, 21.4, 22.6, "England", "", "", ""],
    ["assessment_45wd_pct", 85, 82, 84.5, "", "", "", ""],
    ["cpp_repeat_pct", "", "", 24.5, "band", "", 12, 18],
    ["lac_per10k", "", 62, 67, "", "", "", ""],
  ],
};

describe("combining the settings and comparators sheets for the engine", () => {
  it("lets a row's basis win, gives other rows the workbook's basis, and the workbook's tolerance to all", () => {
    const { settings } = readSettingsSheet({
      sheet: "CSC Settings",
      values: [
        ["RAG basis", "Stat neighbours"],
        ["RAG tolerance", "10%"],
        ["Population", 45600],
      ],
    });
    const inputs = scorecardInputs(settings, readComparatorsSheet(comparatorsGrid), INDICATORS);
    const tolerance = { kind: "relative", fraction: 0.1 };
    expect(inputs.settings.indicators?.rereferral_pct?.rag).toEqual({
      kind: "comparator",
      comparator: "england",
      tolerance,
    });
    expect(inputs.settings.indicators?.assessment_45wd_pct?.rag).toEqual({
      kind: "comparator",
      comparator: "statNeighbours",
      tolerance,
    });
    expect(inputs.settings.indicators?.cpp_repeat_pct?.rag).toEqual({ kind: "band", tolerance });
    expect(inputs.settings.indicators?.lac_per10k).toBeUndefined();
    expect(inputs.settings.population).toBe(45600);
    expect(inputs.catalogue.cpp_repeat_pct?.band).toEqual({ low: 12, high: 18 });
    expect(INDICATORS.cpp_repeat_pct.band).not.toEqual({ low: 12, high: 18 });
  });

  it("leaves rating to the engine's defaults when the settings sheet sets no basis or tolerance", () => {
    const { settings } = readSettingsSheet({ sheet: "CSC Settings", values: [] });
    const inputs = scorecardInputs(settings, readComparatorsSheet(comparatorsGrid), INDICATORS);
    expect(inputs.settings.indicators?.assessment_45wd_pct).toBeUndefined();
    expect(inputs.settings.suppression).toEqual({ enabled: false, threshold: 5 });
  });

  it("gives computeScorecard what it needs to rate a row against the sheet's comparator", () => {
    const { settings } = readSettingsSheet({
      sheet: "CSC Settings",
      values: [["RAG basis", "England"]],
    });
    const inputs = scorecardInputs(settings, readComparatorsSheet(comparatorsGrid), INDICATORS);
    const may = monthKey(2015, 5);
    const data = measureDataFrom({ referrals: [[may, 100]], rereferrals: [[may, 30]] });
    const scorecard = computeScorecard(
      inputs.catalogue,
      data,
      may,
      inputs.comparators,
      inputs.settings
    );
    const row = scorecard.rows.find((r) => r.id === "rereferral_pct");
    expect(row?.rag.rating).toBe("Red");
    expect(row?.rag.reason).toContain("England (22.6%)");
  });
});
