import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { REFRESH_STEPS, type RefreshStep } from "../../refresh/refresh-step";
import type { SheetIssue } from "../../sheet/sheet-issue";
import type { RefreshState } from "../hooks/useRefresh";
import { IssueList } from "./IssueList";
import { RefreshResults } from "./RefreshResults";

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  progress: { display: "grid", rowGap: tokens.spacingVerticalXS },
  wrap: { overflowWrap: "anywhere" },
});

/** Each step as the progress bar names it. */
export const STEP_WORDS: Readonly<Record<RefreshStep, string>> = {
  reading: "Reading the input sheets",
  checking: "Checking the data",
  calculating: "Calculating the indicators",
  writing: "Writing the scorecard",
};

export interface RefreshPanelProps {
  readonly state: RefreshState;
  readonly onRefresh: () => void;
  readonly onGoTo: (issue: SheetIssue) => void;
  readonly onOpenScorecard: (sheet: string) => void;
}

/**
 * The one-click refresh: the step it is on while it runs, then what it did. The progress and the
 * results are in a live region, so a screen reader announces them; a failure's MessageBar
 * announces itself.
 */
export function RefreshPanel({
  state,
  onRefresh,
  onGoTo,
  onOpenScorecard,
}: RefreshPanelProps): React.JSX.Element {
  const styles = useStyles();
  const running = state.status === "running";
  const stepNumber = running ? REFRESH_STEPS.indexOf(state.step) + 1 : 0;
  return (
    <section className={styles.root} aria-label="Refresh">
      <div>
        {/* disabledFocusable: the button keeps its place in the tab order while it cannot be pressed. */}
        <Button appearance="primary" onClick={onRefresh} disabledFocusable={running}>
          {running ? "Refreshing…" : "Refresh scorecard"}
        </Button>
      </div>
      <div role="status" aria-live="polite" className={styles.root}>
        {running && (
          <div className={styles.progress}>
            <Text id="refresh-step">
              {STEP_WORDS[state.step]} (step {stepNumber} of {REFRESH_STEPS.length})…
            </Text>
            <ProgressBar
              value={stepNumber - 0.5}
              max={REFRESH_STEPS.length}
              aria-labelledby="refresh-step"
              thickness="large"
            />
          </div>
        )}
        {state.status === "done" && state.outcome.ok && (
          <RefreshResults outcome={state.outcome} onOpenScorecard={onOpenScorecard} />
        )}
      </div>
      {/* Outside the live region: a MessageBar announces itself (App's AriaLiveAnnouncer). */}
      {state.status === "done" && !state.outcome.ok && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody className={styles.wrap}>
            <MessageBarTitle>The scorecard was not refreshed</MessageBarTitle>
            {state.outcome.message}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={onRefresh}>Try again</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.status === "done" && <IssueList issues={state.outcome.issues} onGoTo={onGoTo} />}
    </section>
  );
}
