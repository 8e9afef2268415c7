import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import {
  CheckmarkCircle20Filled,
  DismissCircle20Filled,
  Info20Regular,
} from "@fluentui/react-icons";
import {
  DEFAULT_INPUT_SHEET_NAMES,
  findInputSheets,
  type InputSheetStatus,
} from "../../sheet/input-sheets";

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
  text: { minWidth: 0, overflowWrap: "anywhere" },
});

export interface InputSheetsPanelProps {
  readonly sheetNames: readonly string[];
  /** The data sheet the settings name. */
  readonly dataSheet: string;
}

/** Tells the analyst which of the workbook's input sheets the add-in can see. */
export function InputSheetsPanel({
  sheetNames,
  dataSheet,
}: InputSheetsPanelProps): React.JSX.Element {
  const styles = useStyles();
  const sheets = findInputSheets(sheetNames, { ...DEFAULT_INPUT_SHEET_NAMES, data: dataSheet });
  return (
    <section aria-labelledby="input-sheets-heading">
      <Text as="h2" id="input-sheets-heading" weight="semibold" size={400}>
        Input sheets
      </Text>
      <ul className={styles.list}>
        {sheets.map((sheet) => (
          <li key={sheet.role} className={styles.item}>
            <SheetIcon sheet={sheet} className={iconClass(sheet, styles)} />
            <span className={styles.text}>
              <Text weight="semibold">{ROLE_LABEL[sheet.role]}</Text>
              <Text size={200} className={styles.detail}>
                {describe(sheet)}
              </Text>
            </span>
          </li>
        ))}
      </ul>
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
    return `Missing: add a sheet named "${sheet.expected}" with one row per measure and one column per month, insert the blank template, or choose your data sheet in Settings.`;
  // Each optional sheet says what going without it means: they are not the same thing.
  if (sheet.role === "settings")
    return `Not found: "${sheet.expected}" is optional; without it the default settings are used, and the first change made on the Settings page adds it.`;
  return `Not found: "${sheet.expected}" is optional; without it the scorecard has no targets or comparators from the workbook.`;
}
