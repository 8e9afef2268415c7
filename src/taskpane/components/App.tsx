import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useInputSheets } from "../hooks/useInputSheets";
import { InputSheetsPanel } from "./InputSheetsPanel";

const useStyles = makeStyles({
  root: {
    display: "grid",
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
  },
  intro: { color: tokens.colorNeutralForeground2 },
});

export interface AppProps {
  /** Reads the workbook's sheet names (Office.js in the add-in, plain data in tests). */
  readonly readSheetNames: () => Promise<string[]>;
}

export function App({ readSheetNames }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const { state, recheck } = useInputSheets(readSheetNames);
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
      <InputSheetsPanel state={state} onRecheck={recheck} />
    </main>
  );
}
