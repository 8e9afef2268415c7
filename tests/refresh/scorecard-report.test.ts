import workbook from "../../docs/example-workbook.json";
import { monthKey } from "../../src/domain/period/month";
import type { IndicatorReport } from "../../src/refresh/indicator-report";
import { runRefresh } from "../../src/refresh/run-refresh";
import type { RawCell } from "../../src/sheet/grid";
import { memoryHost } from "./memory-host";

const NOW = new Date("2015-06-02T09:30:00Z");
const sheets = workbook.sheets as Array<{ name: string; values: RawCell[][] }>;
const sheet = (name: string) => sheets.find((s) => s.name === name)!;

async function report(host = memoryHost(sheets), overrides = {}) {
  const outcome = await runRefresh(host, NOW, () => undefined, overrides);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.report;
}

const byId = (rows: readonly IndicatorReport[], id: string) => rows.find((r) => r.id === id)!;

describe("the report a refresh carries", () => {
  it("names the authority, the period and its financial year", async () => {
    const r = await report();
    expect(r).toMatchObject({
      authority: "Peterborough",
      period: "2015-05",
      financialYear: "2015/16",
    });
  });

  it("lists every indicator with unrounded figures in percent units and its comparators", async () => {
    const r = await report();
    const rereferrals = byId(r.indicators, "rereferral_pct");
    expect(rereferrals.value).toBeCloseTo((92 / 416) * 100, 10);
    expect(rereferrals.previous).toBeCloseTo((70 / 319) * 100, 10);
    expect(rereferrals.ytd).toBeCloseTo((162 / 735) * 100, 10);
    expect(rereferrals.comparators).toEqual({
      target: 20,
      statisticalNeighbours: 23.6,
      england: 22.3,
      region: 21.8,
    });
    expect(rereferrals).toMatchObject({ unit: "percent", polarity: "lower", rag: "red" });
    expect(rereferrals.reason).toMatch(/target/);
  });

  it("gives null, never an absent key, for what cannot be computed or is not rated", async () => {
    const r = await report();
    const contacts = byId(r.indicators, "contacts");
    expect(contacts.rag).toBeNull();
    expect(contacts.comparators.target).toBeNull();
    const earlyHelp = byId(r.indicators, "early_help_per10k");
    expect(earlyHelp.value).toBeNull();
    for (const row of r.indicators) {
      for (const key of ["value", "previous", "ytd", "rolling12", "direction", "rag", "reason"])
        expect(row).toHaveProperty(key);
    }
  });

  it("says direction of travel in words, null for a context indicator", async () => {
    const r = await report();
    expect(byId(r.indicators, "rereferral_pct").direction).toBe("worsening");
    expect(byId(r.indicators, "cin").direction).toBeNull();
  });

  it("carries no withheld figure: with suppression on, a small count's figures are null", async () => {
    const data = sheet("CSC Data").values.map((row) =>
      row[0] === "(New LAC)" ? [row[0], ...row.slice(1, -1), 3] : row
    );
    const host = memoryHost([
      { name: "CSC Data", values: data },
      sheet("CSC Comparators"),
      sheet("CSC Settings"),
    ]);
    const starts = byId((await report(host)).indicators, "lac_starts_per10k");
    expect(starts).toMatchObject({
      value: null,
      ytd: null,
      rolling12: null,
      direction: null,
      rag: null,
    });
  });

  it("lists the printed figures that disagree with the counts, with both numbers", async () => {
    const data: RawCell[][] = [
      ["Measure", "Apr-15", "May-15", "YTD"],
      ["Contacts", 817, 857, 1674],
      ["Referrals", 319, 416, 753],
    ];
    const host = memoryHost([
      { name: "CSC Data", values: data },
      { name: "CSC Settings", values: [["Suppress small numbers", "No"]] },
    ]);
    const r = await report(host);
    expect(r.reconciliation).toEqual([
      expect.objectContaining({ sheet: "CSC Data", cell: "D3", reported: 753, recomputed: 735 }),
    ]);
  });
});

describe("overrides of the settings sheet for one refresh", () => {
  it("reports the month asked for instead of the settings sheet's", async () => {
    const r = await report(memoryHost(sheets), { reportingMonth: monthKey(2015, 4) });
    expect(r.period).toBe("2015-04");
  });

  it("reads the data sheet asked for instead of the settings sheet's", async () => {
    const host = memoryHost([
      { name: "Monthly", values: sheet("CSC Data").values },
      sheet("CSC Comparators"),
      { name: "CSC Settings", values: [["Local authority", "Peterborough"]] },
    ]);
    const r = await report(host, { dataSheet: "Monthly" });
    expect(r.period).toBe("2015-05");
    expect(host.reads).toEqual([["CSC Settings", "CSC Comparators", "CSC Data"], ["Monthly"]]);
  });

  it("refuses a month the data does not hold, as for the settings sheet's", async () => {
    const outcome = await runRefresh(memoryHost(sheets), NOW, () => undefined, {
      reportingMonth: monthKey(2013, 1),
    });
    expect(outcome.ok).toBe(false);
  });
});
