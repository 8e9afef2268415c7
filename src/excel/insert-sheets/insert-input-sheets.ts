/// <reference types="office-js" />
import {
  POINTS_PER_CHARACTER,
  type InputSheetPlan,
  type InputSheetsPlan,
} from "../../plan/input-sheets/input-sheets-plan";
import { a1, columnLetters } from "../../sheet/a1";
import { asTypedValues } from "../apply-plan/typed-text";
import { analystMessage } from "../excel-errors";

/** What inserting input sheets did, in the analyst's words. */
export interface InsertReport {
  readonly ok: boolean;
  /** The sheets added, in tab order. */
  readonly inserted: readonly string[];
  /** Planned sheets left out because the workbook already has a sheet of that name (theirs). */
  readonly kept: readonly string[];
  readonly message: string;
}

/**
 * What to do when the workbook already has a sheet of a planned name: leave it alone and add the
 * others (the blank template beside the analyst's own settings sheet), or add nothing (the sample
 * must not be mixed with the analyst's own sheets).
 */
export type ExistingSheets = "skip" | "refuse";

/**
 * Adds a plan's input sheets at the end of the workbook, in two syncs: the sheet names, then every
 * sheet with its number formats (before the values, so text headings stay text), values (text that
 * would read as a formula goes with its apostrophe, as the scorecard's writer does), column widths
 * and bold rows; the first sheet added is shown. A sheet of the analyst's is never written over:
 * names match as Excel matches them, ignoring case.
 * @example await Excel.run((context) => insertInputSheets(context, blankTemplate(now), "skip"))
 */
export async function insertInputSheets(
  context: Excel.RequestContext,
  plan: InputSheetsPlan,
  existing: ExistingSheets
): Promise<InsertReport> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const taken = new Set(worksheets.items.map((sheet) => sheet.name.toLocaleLowerCase("en-GB")));
  const kept = plan.sheets
    .filter((sheet) => taken.has(sheet.name.toLocaleLowerCase("en-GB")))
    .map((sheet) => sheet.name);
  const adding = plan.sheets.filter((sheet) => !kept.includes(sheet.name));
  if (adding.length === 0 || (existing === "refuse" && kept.length > 0)) {
    return {
      ok: false,
      inserted: [],
      kept,
      message: `The workbook already has ${quotedList(kept)}, so ${plan.what} was not inserted: your own sheets are never written over. Nothing was changed.`,
    };
  }
  try {
    const added = adding.map((sheet) => writeSheet(worksheets.add(sheet.name), sheet));
    added[0]?.activate();
    await context.sync();
  } catch (error) {
    return {
      ok: false,
      inserted: [],
      kept,
      message: `Excel did not add ${plan.what}: ${analystMessage(error)}`,
    };
  }
  const inserted = adding.map((sheet) => sheet.name);
  const keptSentence =
    kept.length === 0
      ? ""
      : ` Your own ${quotedList(kept)} ${kept.length === 1 ? "was" : "were"} left as ${kept.length === 1 ? "it was" : "they were"}.`;
  return {
    ok: true,
    inserted,
    kept,
    message: `Inserted ${plan.what}: ${quotedList(inserted)}.${keptSentence}`,
  };
}

function writeSheet(worksheet: Excel.Worksheet, sheet: InputSheetPlan): Excel.Worksheet {
  const rows = sheet.values.length;
  const columns = Math.max(0, ...sheet.values.map((row) => row.length));
  if (rows > 0 && columns > 0) {
    const range = worksheet.getRange(`A1:${a1(rows - 1, columns - 1)}`);
    // Text is written as text ("@"): Excel would turn "May 2015" in a General cell into a date.
    range.numberFormat = sheet.numberFormats.map((row, r) =>
      row.map((format, c) => (format === "General" && isText(sheet.values[r]?.[c]) ? "@" : format))
    ) as Excel.Range["numberFormat"];
    range.values = asTypedValues(sheet.values) as Excel.Range["values"];
    for (const row of sheet.boldRows) {
      worksheet.getRange(`${row + 1}:${row + 1}`).format.font.bold = true;
    }
  }
  sheet.columnWidths.forEach((characters, column) => {
    const letters = columnLetters(column);
    worksheet.getRange(`${letters}:${letters}`).format.columnWidth =
      characters * POINTS_PER_CHARACTER;
  });
  return worksheet;
}

/** Text that is not blank: a blank cell keeps General, so a number typed into it stays a number. */
function isText(cell: unknown): boolean {
  return typeof cell === "string" && cell !== "";
}

function quotedList(names: readonly string[]): string {
  const quoted = names.map((name) => `"${name}"`);
  if (quoted.length <= 1) return quoted.join("");
  return `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1] ?? ""}`;
}
