import * as React from "react";
import { Badge, Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { issueCount } from "../../sheet/issue-list";
import type { SheetIssue, Severity } from "../../sheet/sheet-issue";

const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];
const SEVERITY_LABEL: Record<Severity, string> = {
  error: "Error",
  warning: "Warning",
  info: "Note",
};
const SEVERITY_COLOUR: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    padding: 0,
    margin: 0,
    display: "grid",
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: "grid",
    gridTemplateColumns: "auto 1fr auto",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "start",
  },
});

export interface IssueListProps {
  readonly issues: readonly SheetIssue[];
  /** Selects the cell in Excel, so the analyst lands on the problem. */
  readonly onGoTo: (issue: SheetIssue) => void;
}

/** The problems found, most serious first, each with a way to go to its cell. */
export function IssueList({ issues, onGoTo }: IssueListProps): React.JSX.Element | null {
  const styles = useStyles();
  if (issues.length === 0) return null;
  // A grouped entry stands for many problems of its kind ("and 129,950 more unknown labels").
  const total = issueCount(issues);
  const sorted = [...issues].sort(
    (a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity)
  );
  return (
    <section aria-labelledby="issues-heading">
      <Text as="h2" id="issues-heading" weight="semibold" size={400}>
        {total === 1 ? "1 thing to check" : `${total.toLocaleString("en-GB")} things to check`}
      </Text>
      <ul className={styles.list}>
        {sorted.map((issue, i) => (
          <li key={`${issue.sheet}!${issue.cell}:${issue.code}:${i}`} className={styles.item}>
            <Badge appearance="tint" color={SEVERITY_COLOUR[issue.severity]}>
              {SEVERITY_LABEL[issue.severity]}
            </Badge>
            <Text size={200}>{issue.message}</Text>
            {/* A missing sheet has no cell to go to. */}
            {issue.code !== "SHEET_MISSING" && (
              <Button
                size="small"
                appearance="subtle"
                onClick={() => onGoTo(issue)}
                aria-label={`Go to ${issue.sheet} ${issue.cell}`}
              >
                Go to {issue.cell}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
