import peterborough from "../fixtures/sheet/data/peterborough-months-down.json";
import { monthKey } from "../../src/domain/period/month";
import { prepareRefresh } from "../../src/refresh/prepare-refresh";
import { readSettingsSheet } from "../../src/sheet/settings/read-settings-sheet";

/** Peterborough's contacts-to-referral table (months down, its own typo in May-14's Refs). */
describe("the notes of a refresh of Peterborough's table", () => {
  const prepared = prepareRefresh({
    settings: readSettingsSheet({
      sheet: "CSC Settings",
      values: [
        ["Setting", "Value"],
        ["Local authority", "Peterborough"],
        ["Data sheet", "CSC Data"],
        ["Population", 41400],
      ],
    }),
    comparators: null,
    data: { sheet: "CSC Data", values: peterborough.grid.values },
    now: { month: monthKey(2015, 6), iso: "2015-06-02T09:30:00.000Z" },
  });
  const notes = prepared.ok
    ? (prepared.plan.sheets.find((s) => s.role === "notes")?.blocks[0]?.values ?? [])
    : [];
  const reconciliation = notes.filter((row) =>
    ["Disagrees", "Cannot be checked", "Likely cause"].includes(String(row[0]))
  );

  it("names the count that explains the typos by the analyst's own label of its line", () => {
    const cause = reconciliation.find((row) => row[0] === "Likely cause");
    expect(String(cause?.[3])).toMatch(/^Refs for May 2014 \(B13\) reads 280; 260 would reconcile/);
  });

  it("names every reported figure in the analyst's words and months, never by id", () => {
    expect(reconciliation.length).toBeGreaterThan(0);
    for (const row of reconciliation) {
      expect(String(row[3])).not.toMatch(/\b[a-z]+_[a-z0-9_]+\b/);
      expect(String(row[3])).not.toMatch(/\b[A-Z][a-z]{2}-\d{2}\b/);
    }
    expect(reconciliation.map((row) => String(row[3])).join("\n")).toMatch(
      /% YTD of contacts progressing to referral/
    );
  });
});
