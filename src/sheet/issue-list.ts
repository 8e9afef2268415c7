import {
  issuePrefix,
  sheetIssue,
  SHEET_ISSUE_CODES,
  type Severity,
  type SheetIssue,
  type SheetIssueCode,
} from "./sheet-issue";

/** Where a reader's helpers put what they find: a plain array, or an `IssueList`. */
export interface IssueSink {
  push(issue: SheetIssue): unknown;
}

/** How many issues a list shows one by one: in all, and of any one code. */
export interface IssueLimits {
  readonly total: number;
  readonly perCode: number;
}

/**
 * Enough to read every kind of problem a sheet has, few enough for the task pane and the notes sheet:
 * a record-level extract read as the data sheet has one unknown label a row.
 */
export const ISSUE_LIMITS: IssueLimits = { total: 300, perCode: 50 };

/** Issues as a reader finds them, listed up to the limits and counted beyond them. */
export interface IssueList extends IssueSink {
  push(issue: SheetIssue): void;
  pushAll(issues: Iterable<SheetIssue>): void;
  /**
   * Whether the next issue of `code` will be listed one by one. When not, the issue is only counted,
   * so a costly sentence (a "did you mean") need not be worked out: push a plain one.
   */
  lists(code: SheetIssueCode): boolean;
  /**
   * The issues listed, in the order found, then for each sheet and code with more, one entry at the
   * first not listed, whose `count` is how many it stands for: "and 129,812 more unknown labels like
   * this one". Every issue pushed is counted once (see `issueCount`).
   */
  issues(): SheetIssue[];
}

interface Group {
  readonly first: SheetIssue;
  severity: Severity;
  count: number;
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 2, warning: 1, info: 0 };

/**
 * Starts an empty list. Nothing a reader finds is dropped: past the limits, issues of one code on
 * one sheet become one entry that counts them and quotes the first.
 * @example
 * const list = issueList({ total: 300, perCode: 1 });
 * list.push(unknownA5); list.push(unknownA6); list.push(unknownA7);
 * list.issues().map((i) => [i.cell, i.count]) // [["A5", undefined], ["A6", 2]]
 */
export function issueList(limits: IssueLimits = ISSUE_LIMITS): IssueList {
  const listed: SheetIssue[] = [];
  const listedOfCode = new Map<SheetIssueCode, number>();
  const groups = new Map<string, Group>();
  const lists = (code: SheetIssueCode) =>
    listed.length < limits.total && (listedOfCode.get(code) ?? 0) < limits.perCode;
  const push = (issue: SheetIssue) => {
    if (issue.count === undefined && lists(issue.code)) {
      listed.push(issue);
      listedOfCode.set(issue.code, (listedOfCode.get(issue.code) ?? 0) + 1);
      return;
    }
    const key = `${issue.sheet}\u0000${issue.code}`;
    const group = groups.get(key);
    if (group === undefined) {
      groups.set(key, { first: issue, severity: issue.severity, count: issue.count ?? 1 });
      return;
    }
    group.count += issue.count ?? 1;
    if (SEVERITY_RANK[issue.severity] > SEVERITY_RANK[group.severity])
      group.severity = issue.severity;
  };
  return {
    push,
    pushAll(issues) {
      for (const issue of issues) push(issue);
    },
    lists,
    issues: () => [...listed, ...[...groups.values()].map(groupEntry)],
  };
}

const NOT_LISTED = "like this one, not listed one by one: ";

function groupEntry({ first, severity, count }: Group): SheetIssue {
  if (first.count === undefined && count === 1) return first;
  const { sheet, code, cell } = first;
  const detail = `and ${count.toLocaleString("en-GB")} more ${SHEET_ISSUE_CODES[code].many} ${NOT_LISTED}${exampleOf(first)}`;
  return { ...sheetIssue(severity, code, sheet, cell, detail), count };
}

/** What an issue says after its cell; for a group pushed from another list, what its first said. */
function exampleOf(issue: SheetIssue): string {
  const prefix = issuePrefix(issue.sheet, issue.cell);
  const detail = issue.message.startsWith(prefix)
    ? issue.message.slice(prefix.length)
    : issue.message;
  const grouped = issue.count === undefined ? -1 : detail.indexOf(NOT_LISTED);
  return grouped < 0 ? detail : detail.slice(grouped + NOT_LISTED.length);
}

/**
 * How many problems a list of issues stands for, counting each entry's `count`.
 * @example issueCount(issueList().issues()) // 0
 */
export function issueCount(issues: readonly SheetIssue[]): number {
  let total = 0;
  for (const issue of issues) total += issue.count ?? 1;
  return total;
}

/**
 * How many problems of each code a list of issues stands for.
 * @example issueCounts([unknownA5, { ...unknownA6, count: 2 }]).get("UNKNOWN_MEASURE") // 3
 */
export function issueCounts(issues: readonly SheetIssue[]): ReadonlyMap<SheetIssueCode, number> {
  const counts = new Map<SheetIssueCode, number>();
  for (const issue of issues)
    counts.set(issue.code, (counts.get(issue.code) ?? 0) + (issue.count ?? 1));
  return counts;
}
