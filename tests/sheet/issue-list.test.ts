import fc from "fast-check";
import { issueCount, issueCounts, issueList } from "../../src/sheet/issue-list";
import {
  sheetIssue,
  SHEET_ISSUE_CODES,
  type Severity,
  type SheetIssue,
  type SheetIssueCode,
} from "../../src/sheet/sheet-issue";

const unknown = (row: number): SheetIssue =>
  sheetIssue("warning", "UNKNOWN_MEASURE", "CSC Data", `A${row}`, `"C${row}" is not a measure.`);

const anIssue: fc.Arbitrary<SheetIssue> = fc
  .record({
    severity: fc.constantFrom<Severity>("error", "warning", "info"),
    code: fc.constantFrom(...(Object.keys(SHEET_ISSUE_CODES) as SheetIssueCode[])),
    sheet: fc.constantFrom("CSC Data", "CSC Comparators"),
    row: fc.integer({ min: 1, max: 500 }),
  })
  .map(({ severity, code, sheet, row }) => sheetIssue(severity, code, sheet, `B${row}`, "…"));

describe("a bounded list of issues", () => {
  it("lists the first of a code, then one entry counting the rest at the first not listed", () => {
    const list = issueList({ total: 300, perCode: 2 });
    for (let row = 5; row < 10; row++) list.push(unknown(row));
    const issues = list.issues();
    expect(issues.map((i) => [i.cell, i.count])).toEqual([
      ["A5", undefined],
      ["A6", undefined],
      ["A7", 3],
    ]);
    expect(issues[2]?.message).toBe(
      `'CSC Data'!A7: and 3 more unknown labels like this one, not listed one by one: "C7" is not a measure.`
    );
  });

  it("lists one issue past the limit as itself, and says when a code's sentence need not be built", () => {
    const list = issueList({ total: 300, perCode: 1 });
    expect(list.lists("UNKNOWN_MEASURE")).toBe(true);
    list.push(unknown(5));
    expect(list.lists("UNKNOWN_MEASURE")).toBe(false);
    expect(list.lists("NEGATIVE_COUNT")).toBe(true);
    list.push(unknown(6));
    expect(list.issues()).toEqual([unknown(5), unknown(6)]);
  });

  it("takes a group from another list as the issues it counts", () => {
    const first = issueList({ total: 300, perCode: 1 });
    first.pushAll([unknown(1), unknown(2), unknown(3)]);
    const second = issueList({ total: 300, perCode: 1 });
    second.pushAll([unknown(10), ...first.issues()]);
    expect(issueCount(second.issues())).toBe(4);
    expect(second.issues()[1]?.message).toMatch(/A1: and 3 more unknown labels .*: "C1" is not/);
  });

  it("counts every issue pushed, per code, and lists no more than its limits allow", () => {
    fc.assert(
      fc.property(
        fc.array(anIssue, { maxLength: 400 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 10 }),
        (pushed, total, perCode) => {
          const list = issueList({ total, perCode });
          list.pushAll(pushed);
          const issues = list.issues();
          expect(issueCount(issues)).toBe(pushed.length);
          const expected = new Map<SheetIssueCode, number>();
          for (const i of pushed) expected.set(i.code, (expected.get(i.code) ?? 0) + 1);
          expect(new Map(issueCounts(issues))).toEqual(expected);
          const listed = issues.filter((i) => i.count === undefined);
          const groups = new Set(pushed.map((i) => `${i.sheet}/${i.code}`)).size;
          expect(issues.length).toBeLessThanOrEqual(total + groups);
          // An issue listed is listed as it was pushed, once; a group names a cell it was given.
          for (const issue of listed) expect(pushed.includes(issue)).toBe(true);
          expect(new Set(listed).size).toBe(listed.length);
          for (const issue of issues) expect(pushed.some((p) => p.cell === issue.cell)).toBe(true);
        }
      )
    );
  });
});
