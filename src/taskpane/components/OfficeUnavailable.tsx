import * as React from "react";
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";

/** Why the pane cannot work: office.js did not load, did not answer, or this is not Excel. */
export type Unavailability = "unreachable" | "no-answer" | "not-excel";

const WORDS: Readonly<Record<Unavailability, { title: string; body: string }>> = {
  unreachable: {
    title: "Office could not be reached",
    body: "The pane needs Office's script (office.js), and it did not load: this computer may be offline, or a firewall or proxy may block appsforoffice.microsoft.com. Check the connection, then close and reopen the pane.",
  },
  "no-answer": {
    title: "Office did not answer",
    body: "Office's script loaded but Excel did not start the add-in. Close and reopen the pane; if it happens again, restart Excel.",
  },
  "not-excel": {
    title: "Open this pane in Excel",
    body: "CSC Scorecard is an Excel add-in: it works inside Excel (desktop or on the web), not in a browser tab of its own.",
  },
};

const useStyles = makeStyles({ root: { padding: tokens.spacingHorizontalL } });

/** The pane when it cannot reach Excel: says so in words instead of a blank page. */
export function OfficeUnavailable({ reason }: { reason: Unavailability }): React.JSX.Element {
  const styles = useStyles();
  const { title, body } = WORDS[reason];
  return (
    <main className={styles.root}>
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          {body}
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}
