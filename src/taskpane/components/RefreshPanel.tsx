import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { RagRating } from "../../domain/compare/rag";
import type { RefreshSummary } from "../../refresh/refresh-outcome";
import type { SheetIssue } from "../../sheet/sheet-issue";
import type { RefreshState } from "../hooks/useRefresh";
import { IssueList } from "./IssueList";

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalM },
});

const RATING_ORDER: readonly RagRating[] = ["Red", "Amber", "Green", "Not rated"];

export interface RefreshPanelProps {
  readonly state: RefreshState;
  readonly onRefresh: () => void;
  readonly onGoTo: (issue: SheetIssue) => void;
  /** False when the data sheet is missing: there is nothing to refresh from. */
  readonly canRefresh: boolean;
}

/** The one-click refresh and what it did, in words (the status is announced to screen readers). */
export function RefreshPanel({
  state,
  onRefresh,
  onGoTo,
  canRefresh,
}: RefreshPanelProps): React.JSX.Element {
  const styles = useStyles();
  const running = state.status === "running";
  return (
    <section className={styles.root} aria-labelledby="refresh-heading">
      <Text as="h2" id="refresh-heading" weight="semibold" size={400}>
        Scorecard
      </Text>
      <div>
        <Button appearance="primary" onClick={onRefresh} disabled={running || !canRefresh}>
          Refresh scorecard
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {running && <Spinner size="tiny" label="Reading the data and writing the scorecard…" />}
        {state.status === "done" && state.outcome.ok && (
          <Summary summary={state.outcome.summary} notices={state.outcome.notices} />
        )}
        {state.status === "done" && !state.outcome.ok && (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>The scorecard was not refreshed</MessageBarTitle>
              {state.outcome.message}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {state.status === "done" && <IssueList issues={state.outcome.issues} onGoTo={onGoTo} />}
    </section>
  );
}

function Summary({
  summary,
  notices,
}: {
  summary: RefreshSummary;
  notices: readonly string[];
}): React.JSX.Element {
  const counts = RATING_ORDER.filter((rating) => summary.ratings[rating] > 0)
    .map((rating) => `${summary.ratings[rating]} ${rating === "Not rated" ? "not rated" : rating}`)
    .join(", ");
  return (
    <MessageBar intent="success">
      <MessageBarBody>
        <MessageBarTitle>Scorecard refreshed for {summary.reportingMonth}</MessageBarTitle>
        {summary.indicators} indicators: {counts}. Written to {summary.sheets.join(", ")}.
        {notices.map((notice) => (
          <Text as="p" key={notice}>
            {notice}
          </Text>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
