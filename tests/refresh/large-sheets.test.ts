import { monthKey } from "../../src/domain/period/month";
import { prepareRefresh } from "../../src/refresh/prepare-refresh";
import type { RawCell } from "../../src/sheet/grid";
import { ISSUE_LIMITS, issueCount, issueCounts } from "../../src/sheet/issue-list";
import { readSettingsSheet } from "../../src/sheet/settings/read-settings-sheet";
import { SHEET_ISSUE_CODES } from "../../src/sheet/sheet-issue";

// An analyst points "Data sheet" at a record-level extract: one row a child, ~130,000 rows, every
// label unknown. The refresh must still finish, count every problem and list a readable few.
const ROWS = 130_000;
const NOW = { month: monthKey(2015, 7), iso: "2015-07-01T09:00:00.000Z" };
const childId = (i: number) => `C${String(i).padStart(6, "0")}`;

function extract(): RawCell[][] {
  const values: RawCell[][] = [
    ["Child ID", "Apr-15", "May-15", "Jun-15"],
    ["Referrals", 319, 416, 300],
  ];
  // Every 1,000th child has a negative count, so a second code is counted beyond its limit too.
  for (let i = 0; i < ROWS; i++) values.push([childId(i), i % 5, "x", i % 1000 === 0 ? -1 : 3]);
  return values;
}

function comparators(): RawCell[][] {
  const values: RawCell[][] = [["Indicator", "Target", "England"]];
  for (let i = 0; i < ROWS; i++) values.push([childId(i), 5, 6]);
  return values;
}

describe("a refresh over sheets of ~130,000 unrecognised rows", () => {
  const prepared = prepareRefresh({
    settings: readSettingsSheet({ sheet: "CSC Settings", values: [] }),
    comparators: { sheet: "CSC Comparators", values: comparators() },
    data: { sheet: "CSC Data", values: extract() },
    now: NOW,
  });

  it("finishes, and still writes the scorecard of what it could read", () => {
    expect(prepared.ok).toBe(true);
  });

  it("counts every issue, per code", () => {
    const counts = issueCounts(prepared.issues);
    expect(counts.get("UNKNOWN_MEASURE")).toBe(ROWS);
    expect(counts.get("NEGATIVE_COUNT")).toBe(ROWS / 1000);
    expect(counts.get("UNKNOWN_INDICATOR")).toBe(ROWS);
    expect(issueCount(prepared.issues)).toBe(
      [...counts.values()].reduce((sum, count) => sum + count, 0)
    );
    expect(issueCount(prepared.issues)).toBeGreaterThanOrEqual(2 * ROWS + ROWS / 1000);
  });

  it("lists a bounded few, the rest grouped under the first of each code that is not listed", () => {
    const codes = Object.keys(SHEET_ISSUE_CODES).length;
    expect(prepared.issues.length).toBeLessThanOrEqual(3 * (ISSUE_LIMITS.total + codes));
    const unknown = prepared.issues.filter((i) => i.code === "UNKNOWN_MEASURE");
    expect(unknown).toHaveLength(ISSUE_LIMITS.perCode + 1);
    const group = unknown.find((i) => i.count !== undefined);
    expect(group?.count).toBe(ROWS - ISSUE_LIMITS.perCode);
    // The first unknown label not listed: the header and Referrals take rows 1 and 2.
    expect(group?.cell).toBe(`A${ISSUE_LIMITS.perCode + 3}`);
    expect(group?.message).toMatch(
      /^'CSC Data'!A53: and 129,950 more unknown labels like this one, not listed one by one: "C000050"/
    );
  });
});
