import * as React from "react";
import { createRoot } from "react-dom/client";
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  webLightTheme,
} from "@fluentui/react-components";
import { readWorkbookSheetNames } from "../excel/read-sheet-names";
import { describeRefresh, lastRefresh, subscribeToRefreshes } from "../excel/refresh/refresh-log";
import { refreshThisWorkbook } from "../excel/refresh/refresh-workbook";
import { runExcel } from "../excel/run-excel";
import { selectCell } from "../excel/select-cell";
import type { SheetIssue } from "../sheet/sheet-issue";
import { App } from "./components/App";
import { IssueList } from "./components/IssueList";

const refresh = () => refreshThisWorkbook("pane");
const goTo = (issue: SheetIssue) =>
  runExcel((context) => selectCell(context, issue.sheet, issue.cell));

/**
 * A refresh started from the ribbon, shown at the top of the pane (the ribbon has no way to show
 * it: src/commands/commands.ts). The pane's own refreshes show in its panel, as before.
 */
function RibbonRefresh(): React.JSX.Element | null {
  const record = React.useSyncExternalStore(subscribeToRefreshes, lastRefresh);
  const [goToFailure, setGoToFailure] = React.useState<string | null>(null);
  if (record?.source !== "ribbon") return null;
  const { ok, title, detail } = describeRefresh(record);
  const onGoTo = (issue: SheetIssue) => {
    setGoToFailure(null);
    goTo(issue).catch((error: unknown) =>
      setGoToFailure(
        `Could not go to ${issue.sheet}!${issue.cell}: ${error instanceof Error ? error.message : String(error)}`
      )
    );
  };
  return (
    <div role="status" aria-live="polite" style={{ display: "grid", rowGap: 8, padding: 16 }}>
      <MessageBar intent={ok ? "success" : "error"}>
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          {detail}
        </MessageBarBody>
      </MessageBar>
      <IssueList issues={record.outcome.issues} onGoTo={onGoTo} />
      {goToFailure !== null && (
        <MessageBar intent="warning">
          <MessageBarBody>{goToFailure}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

void Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container element");
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <RibbonRefresh />
      <App readSheetNames={readWorkbookSheetNames} refresh={refresh} goTo={goTo} />
    </FluentProvider>
  );
});
