import * as React from "react";
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { RefreshRecord } from "../../excel/refresh/refresh-log";
import { describeRefresh } from "../../excel/refresh/refresh-log";
import type { SheetIssue } from "../../sheet/sheet-issue";
import { IssueList } from "./IssueList";

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  wrap: { overflowWrap: "anywhere" },
});

/**
 * A refresh started from the ribbon, shown at the top of the pane (the ribbon has no way to show
 * it: src/commands/commands.ts). The pane's own refreshes show in its refresh panel.
 */
export function RibbonRefresh({
  record,
  onGoTo,
}: {
  record: RefreshRecord | null;
  onGoTo: (issue: SheetIssue) => void;
}): React.JSX.Element | null {
  const styles = useStyles();
  if (record?.source !== "ribbon") return null;
  const { ok, title, detail } = describeRefresh(record);
  return (
    // No live region: the MessageBar announces itself (App's AriaLiveAnnouncer), and a region
    // around it would read it twice.
    <div className={styles.root}>
      <MessageBar intent={ok ? "success" : "error"} layout="multiline">
        <MessageBarBody className={styles.wrap}>
          <MessageBarTitle>{title}</MessageBarTitle>
          {detail}
        </MessageBarBody>
      </MessageBar>
      <IssueList issues={record.outcome.issues} onGoTo={onGoTo} />
    </div>
  );
}
