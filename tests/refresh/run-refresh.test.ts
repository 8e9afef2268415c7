import workbook from "../../docs/example-workbook.json";
import { monthKey } from "../../src/domain/period/month";
import { prepareRefresh } from "../../src/refresh/prepare-refresh";
import type { RefreshStep } from "../../src/refresh/refresh-step";
import { runRefresh } from "../../src/refresh/run-refresh";
import type { RawCell } from "../../src/sheet/grid";
import { readSettingsSheet } from "../../src/sheet/settings/read-settings-sheet";
import { memoryHost } from "./memory-host";

const NOW = new Date("2015-06-02T09:30:00Z");
const sheets = workbook.sheets as Array<{ name: string; values: RawCell[][] }>;
const sheet = (name: string) => sheets.find((s) => s.name === name)!;

describe("one refresh for every host", () => {
  it("reads the settings, comparators and data sheets in one read of an ordinary workbook", async () => {
    const host = memoryHost(sheets);
    const outcome = await runRefresh(host, NOW);
    expect(outcome.ok).toBe(true);
    expect(host.reads).toEqual([["CSC Settings", "CSC Comparators", "CSC Data"]]);
    expect(host.plans).toHaveLength(1);
  });

  it("names each scorecard sheet the analyst kept in the notes it plans, once", async () => {
    const kept = ["Scorecard May 2015 (final)", "Scorecard (copy)"];
    const host = memoryHost([
      ...sheets,
      ...kept.map((name) => ({ name, values: [["Kept"]], generated: true, kept: true })),
    ]);
    const outcome = await runRefresh(host, NOW);
    expect(
      outcome.issues.filter((i) => i.code === "KEPT_SCORECARD_SHEET").map((i) => i.sheet)
    ).toEqual(kept);
    const notes = host.plans[0]?.sheets.find((s) => s.role === "notes");
    const cells = notes?.blocks.flatMap((b) => b.values.flat()).map(String) ?? [];
    for (const name of kept) expect(cells.filter((c) => c.includes(name))).toHaveLength(1);
  });

  it("reads the data sheet the settings name after reading the settings", async () => {
    const host = memoryHost([
      { name: "Monthly", values: sheet("CSC Data").values },
      { name: "CSC Settings", values: [["Data sheet", "Monthly"]] },
    ]);
    const outcome = await runRefresh(host, NOW);
    expect(outcome).toMatchObject({ ok: true, summary: { reportingMonth: "May 2015" } });
    expect(host.reads).toEqual([["CSC Settings", "CSC Comparators", "CSC Data"], ["Monthly"]]);
  });

  it("does not read the data sheet twice when the settings name it in other letter case", async () => {
    const host = memoryHost([
      sheet("CSC Data"),
      { name: "CSC Settings", values: [["Data sheet", "csc data"]] },
    ]);
    await runRefresh(host, NOW);
    expect(host.reads).toHaveLength(1);
  });

  it("writes the plan the pure path prepares, so every host writes the same scorecard", async () => {
    const host = memoryHost(sheets);
    await runRefresh(host, NOW);
    const grid = (name: string) => ({ sheet: name, values: sheet(name).values });
    const prepared = prepareRefresh({
      settings: readSettingsSheet(grid("CSC Settings")),
      comparators: grid("CSC Comparators"),
      data: grid("CSC Data"),
      now: { month: monthKey(2015, 6), iso: NOW.toISOString() },
    });
    expect(prepared.ok && prepared.plan).toEqual(host.plans[0]);
  });

  it("names its steps in order: reading, checking, calculating, writing", async () => {
    const steps: RefreshStep[] = [];
    await runRefresh(memoryHost(sheets), NOW, (step) => steps.push(step));
    expect(steps).toEqual(["reading", "checking", "calculating", "writing"]);
  });

  it("asks the host to write nothing when there is no data sheet, and says which sheet is missing", async () => {
    const host = memoryHost([{ name: "Cover", values: [["Pack"]] }]);
    const outcome = await runRefresh(host, NOW);
    expect(outcome).toMatchObject({
      ok: false,
      message: expect.stringMatching(/no sheet named "CSC Data"/),
    });
    expect(host.plans).toEqual([]);
  });

  it("passes on the host's own words when the write fails, with the issues found", async () => {
    // No comparators sheet: an issue worth keeping however the write ends.
    const host = memoryHost([sheet("CSC Data"), sheet("CSC Settings")], () => ({
      ok: false,
      sheets: [],
      messages: ["The write failed.", "The previous scorecard is unchanged."],
    }));
    const outcome = await runRefresh(host, NOW);
    expect(outcome).toMatchObject({
      ok: false,
      message: "The write failed. The previous scorecard is unchanged.",
    });
    expect(outcome.issues).toContainEqual(expect.objectContaining({ code: "SHEET_MISSING" }));
  });

  it("reports the sheets the host wrote and its notices", async () => {
    const host = memoryHost(sheets, () => ({
      ok: true,
      sheets: ["Scorecard (2)", "Scorecard charts", "Scorecard notes"],
      messages: ['A sheet of yours is called "Scorecard", so the scorecard is "Scorecard (2)".'],
    }));
    const outcome = await runRefresh(host, NOW);
    expect(outcome).toMatchObject({
      ok: true,
      summary: { sheets: ["Scorecard (2)", "Scorecard charts", "Scorecard notes"] },
      notices: [expect.stringMatching(/Scorecard \(2\)/)],
    });
  });
});

describe("a refresh with nothing to say leaves the previous scorecard", () => {
  const refused = async (
    sheetsOf: Array<{ name: string; values: RawCell[][]; generated?: boolean }>,
    now = NOW
  ) => {
    const host = memoryHost(sheetsOf);
    const outcome = await runRefresh(host, now);
    expect(host.plans).toEqual([]);
    expect(outcome.ok).toBe(false);
    return outcome.ok ? "" : outcome.message;
  };
  const settings = (...rows: RawCell[][]) => ({ name: "CSC Settings", values: rows });

  it("refuses an empty data sheet, naming it", async () => {
    expect(await refused([{ name: "CSC Data", values: [] }])).toMatch(/"CSC Data" has no figures/);
  });

  it("refuses a data sheet that holds only its header", async () => {
    const header = sheet("CSC Data").values.slice(0, 1);
    expect(await refused([{ name: "CSC Data", values: header }])).toMatch(/no figures/);
  });

  it("refuses a reporting month the data sheet has no figures for", async () => {
    const message = await refused([sheet("CSC Data"), settings(["Reporting month", "2014-01"])]);
    expect(message).toMatch(/January 2014.*"CSC Data" has no figures for it/);
  });

  it("refuses a reporting month still to come", async () => {
    const message = await refused(
      [sheet("CSC Data"), settings(["Reporting month", "2015-05"])],
      new Date("2015-04-20T12:00:00Z")
    );
    expect(message).toMatch(/May 2015, which has not happened yet/);
  });

  it("refuses settings that name a sheet the add-in wrote as the data sheet", async () => {
    const message = await refused([
      { name: "Scorecard", values: sheet("CSC Data").values, generated: true },
      settings(["Data sheet", "Scorecard"]),
    ]);
    expect(message).toMatch(
      /names "Scorecard" as the data sheet, but that is a sheet this add-in writes/
    );
  });
});
