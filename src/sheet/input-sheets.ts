/** The workbook's three input sheets, by the role they play. */
export type InputSheetRole = "data" | "comparators" | "settings";

export const DEFAULT_INPUT_SHEET_NAMES: Readonly<Record<InputSheetRole, string>> = {
  data: "CSC Data",
  comparators: "CSC Comparators",
  settings: "CSC Settings",
};

export interface InputSheetStatus {
  readonly role: InputSheetRole;
  /** The name the add-in looks for. */
  readonly expected: string;
  /** The sheet's name as the workbook spells it, when one matches. */
  readonly found: string | null;
  /** Whether the scorecard can be produced without it. */
  readonly required: boolean;
}

/**
 * Matches the workbook's sheet names against the input sheets the add-in reads. Excel treats sheet
 * names case-insensitively ("csc data" and "CSC Data" cannot coexist), so the match does too.
 * @example findInputSheets(["Cover", "csc data"]) // data found as "csc data"; comparators, settings missing
 */
export function findInputSheets(
  sheetNames: readonly string[],
  names: Readonly<Record<InputSheetRole, string>> = DEFAULT_INPUT_SHEET_NAMES
): InputSheetStatus[] {
  const byLowerName = new Map(sheetNames.map((name) => [name.toLocaleLowerCase("en-GB"), name]));
  const roles: InputSheetRole[] = ["data", "comparators", "settings"];
  return roles.map((role) => ({
    role,
    expected: names[role],
    found: byLowerName.get(names[role].toLocaleLowerCase("en-GB")) ?? null,
    required: role === "data",
  }));
}
