import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  wrap: { overflowWrap: "anywhere" },
});

export interface GetStartedProps {
  readonly dataSheet: string;
  readonly busy: boolean;
  readonly onInsertTemplate: () => void;
  readonly onInsertSample: () => void;
}

/** The first run: no data sheet yet, so offer the blank template or the sample to try it on. */
export function GetStarted({
  dataSheet,
  busy,
  onInsertTemplate,
  onInsertSample,
}: GetStartedProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="get-started-heading">
      <Text as="h2" id="get-started-heading" weight="semibold" size={400}>
        Get started
      </Text>
      <Text className={styles.wrap}>
        This workbook has no data sheet (&quot;{dataSheet}&quot;) yet. Insert a blank template to
        type or paste your monthly figures into, or insert sample data, a fictional authority, to
        see what the scorecard does. Sheets you already have are never written over.
      </Text>
      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={busy} onClick={onInsertTemplate}>
          Insert a blank template
        </Button>
        <Button disabledFocusable={busy} onClick={onInsertSample}>
          Insert sample data
        </Button>
      </div>
    </section>
  );
}
