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
import {
  CheckmarkCircle20Filled,
  DismissCircle20Filled,
  Info20Regular,
} from "@fluentui/react-icons";
import type { InputSheetStatus } from "../../sheet/input-sheets";
import type { InputSheetsState } from "../hooks/useInputSheets";

const ROLE_LABEL: Record<InputSheetStatus["role"], string> = {
  data: "Monthly data",
  comparators: "Targets and comparators",
  settings: "Settings",
};

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    padding: 0,
    margin: 0,
    display: "grid",
    rowGap: tokens.spacingVerticalS,
  },
  item: { display: "flex", alignItems: "flex-start", columnGap: tokens.spacingHorizontalS },
  found: { color: tokens.colorPaletteGreenForeground1, flexShrink: 0 },
  missing: { color: tokens.colorPaletteRedForeground1, flexShrink: 0 },
  optional: { color: tokens.colorNeutralForeground3, flexShrink: 0 },
  detail: { display: "block", color: tokens.colorNeutralForeground2 },
  actions: { marginTop: tokens.spacingVerticalM },
});

export interface InputSheetsPanelProps {
  readonly state: InputSheetsState;
  readonly onRecheck: () => void;
}

/** Tells the analyst which of the workbook's input sheets the add-in can see. */
export function InputSheetsPanel({ state, onRecheck }: InputSheetsPanelProps): React.JSX.Element {
  const styles = useStyles();
  if (state.status === "checking")
    return <Spinner size="tiny" label="Looking for the input sheets…" />;
  if (state.status === "failed") {
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          <MessageBarTitle>Could not read the workbook</MessageBarTitle>
          {state.message}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <section aria-labelledby="input-sheets-heading">
      <Text as="h2" id="input-sheets-heading" weight="semibold" size={400}>
        Input sheets
      </Text>
      <ul className={styles.list}>
        {state.sheets.map((sheet) => (
          <li key={sheet.role} className={styles.item}>
            <SheetIcon sheet={sheet} className={iconClass(sheet, styles)} />
            <span>
              <Text weight="semibold">{ROLE_LABEL[sheet.role]}</Text>
              <Text size={200} className={styles.detail}>
                {describe(sheet)}
              </Text>
            </span>
          </li>
        ))}
      </ul>
      <div className={styles.actions}>
        <Button appearance="secondary" onClick={onRecheck}>
          Check again
        </Button>
      </div>
    </section>
  );
}

function SheetIcon({
  sheet,
  className,
}: {
  sheet: InputSheetStatus;
  className: string;
}): React.JSX.Element {
  if (sheet.found !== null) return <CheckmarkCircle20Filled className={className} aria-hidden />;
  if (sheet.required) return <DismissCircle20Filled className={className} aria-hidden />;
  return <Info20Regular className={className} aria-hidden />;
}

function iconClass(sheet: InputSheetStatus, styles: ReturnType<typeof useStyles>): string {
  if (sheet.found !== null) return styles.found;
  return sheet.required ? styles.missing : styles.optional;
}

/** Words, not only icons and colours, carry the status (screen readers and colour-blind users). */
export function describe(sheet: InputSheetStatus): string {
  if (sheet.found !== null) return `Found: "${sheet.found}".`;
  if (sheet.required)
    return `Missing: add a sheet named "${sheet.expected}" with one row per measure and one column per month (or name your data sheet in "CSC Settings", key Data sheet).`;
  return `Not found: "${sheet.expected}" is optional; without it the scorecard has no targets or comparators from the workbook.`;
}
