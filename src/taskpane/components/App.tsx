import * as React from "react";
import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { RefreshOutcome } from "../../refresh/refresh-outcome";
import type { SheetIssue } from "../../sheet/sheet-issue";
import { useInputSheets } from "../hooks/useInputSheets";
import { useRefresh } from "../hooks/useRefresh";
import { InputSheetsPanel } from "./InputSheetsPanel";
import { RefreshPanel } from "./RefreshPanel";

const useStyles = makeStyles({
  root: {
    display: "grid",
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
  },
  intro: { color: tokens.colorNeutralForeground2 },
});

/** What the pane needs from Excel: three seams, Office.js in the add-in, plain functions in tests. */
export interface AppProps {
  readonly readSheetNames: () => Promise<string[]>;
  readonly refresh: () => Promise<RefreshOutcome>;
  readonly goTo: (issue: SheetIssue) => Promise<void>;
}

export function App({ readSheetNames, refresh, goTo }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const inputs = useInputSheets(readSheetNames);
  const run = useRefresh(refresh);
  const { recheck } = inputs;
  // A refresh can be the first time the analyst added a sheet: look again once it has finished.
  React.useEffect(() => {
    if (run.state.status === "done") recheck();
  }, [run.state, recheck]);
  // The settings sheet may name another data sheet, so a missing "CSC Data" does not block a refresh:
  // the refresh itself says plainly when there is no data sheet at all.
  const canRefresh = inputs.state.status !== "checking";
  const [goToFailure, setGoToFailure] = React.useState<string | null>(null);
  const onGoTo = React.useCallback(
    (issue: SheetIssue) => {
      setGoToFailure(null);
      // Selecting fails if the sheet was deleted or renamed since the refresh: say so in the pane.
      goTo(issue).catch((error: unknown) =>
        setGoToFailure(
          `Could not go to ${issue.sheet}!${issue.cell}: ${error instanceof Error ? error.message : String(error)}`
        )
      );
    },
    [goTo]
  );
  return (
    <main className={styles.root}>
      <header>
        <Text as="h1" size={600} weight="semibold">
          CSC Scorecard
        </Text>
        <Text as="p" className={styles.intro}>
          Children&apos;s social care performance indicators from your monthly data, to the
          published definitions. Type <code>=CSC.</code> in any cell to use the functions.
        </Text>
      </header>
      <RefreshPanel
        state={run.state}
        onRefresh={run.start}
        onGoTo={onGoTo}
        canRefresh={canRefresh}
      />
      {goToFailure !== null && (
        <MessageBar intent="warning">
          <MessageBarBody>{goToFailure}</MessageBarBody>
        </MessageBar>
      )}
      <InputSheetsPanel state={inputs.state} onRecheck={inputs.recheck} />
    </main>
  );
}
