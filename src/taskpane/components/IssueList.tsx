import * as React from "react";
import { Badge, Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { issueCount } from "../../sheet/issue-list";
import type { SheetIssue, Severity } from "../../sheet/sheet-issue";

const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];
const SEVERITY_HEADING: Record<Severity, [one: string, many: string]> = {
  error: ["error", "errors"],
  warning: ["warning", "warnings"],
  info: ["note", "notes"],
};
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
  root: { display: "grid", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  group: { display: "grid", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  list: {
    listStyleType: "none",
    padding: 0,
    margin: 0,
    display: "grid",
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    alignItems: "start",
    minWidth: 0,
  },
  message: { overflowWrap: "anywhere", minWidth: 0 },
  goTo: { gridColumnStart: 2, justifySelf: "start", maxWidth: "100%" },
});

export interface IssueListProps {
  readonly issues: readonly SheetIssue[];
  /** Selects the cell in Excel, so the analyst lands on the problem. */
  readonly onGoTo: (issue: SheetIssue) => void;
}

/** The problems found, grouped by severity, most serious first, each with a way to go to its cell. */
export function IssueList({ issues, onGoTo }: IssueListProps): React.JSX.Element | null {
  const styles = useStyles();
  const headingId = React.useId();
  if (issues.length === 0) return null;
  // A grouped entry stands for many problems of its kind ("and 129,950 more unknown labels").
  const total = issueCount(issues);
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} weight="semibold" size={400}>
        {total === 1 ? "1 thing to check" : `${total.toLocaleString("en-GB")} things to check`}
      </Text>
      {SEVERITY_ORDER.map((severity) => {
        const group = issues.filter((issue) => issue.severity === severity);
        if (group.length === 0) return null;
        const count = issueCount(group);
        const [one, many] = SEVERITY_HEADING[severity];
        return (
          <section
            key={severity}
            className={styles.group}
            aria-label={`${count} ${count === 1 ? one : many}`}
          >
            <Text as="h3" weight="semibold" size={300}>
              {count.toLocaleString("en-GB")} {count === 1 ? one : many}
            </Text>
            <ul className={styles.list}>
              {group.map((issue, i) => (
                <li key={`${issue.sheet}!${issue.cell}:${issue.code}:${i}`} className={styles.item}>
                  <Badge appearance="tint" color={SEVERITY_COLOUR[severity]}>
                    {SEVERITY_LABEL[severity]}
                  </Badge>
                  <Text size={200} className={styles.message}>
                    {issue.message}
                  </Text>
                  {/* A missing sheet has no cell to go to. */}
                  {issue.code !== "SHEET_MISSING" && (
                    <Button
                      className={styles.goTo}
                      size="small"
                      appearance="secondary"
                      onClick={() => onGoTo(issue)}
                      aria-label={`Go to ${issue.cell} on ${issue.sheet}`}
                    >
                      Go to {issue.cell}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
