import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: {
    display: "grid",
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    maxWidth: "100%",
    boxSizing: "border-box",
  },
});

/**
 * The pane's page: its heading, then its content in one column that never grows wider than the
 * pane (320 to 450 px, or less at 200 % zoom). Inside Excel and outside it alike.
 * @example <PaneFrame><FunctionsView /></PaneFrame>
 */
export function PaneFrame({ children }: { readonly children: React.ReactNode }): React.JSX.Element {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <header>
        <Text as="h1" size={500} weight="semibold">
          CSC Scorecard
        </Text>
      </header>
      {children}
    </main>
  );
}
