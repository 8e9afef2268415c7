/// <reference types="office-js" />
import { ROLE_KEY } from "../../refresh/output/markers";
import type { Grid } from "../../sheet/grid";
import { DEFAULT_INPUT_SHEET_NAMES } from "../../sheet/input-sheets";
import { readSettingsSheet } from "../../sheet/settings/read-settings-sheet";
import { readGrids } from "../read/read-grids";
import { runExcel, type ExcelRun } from "../run-excel";

/** What the task pane shows before a refresh: the sheets, the settings sheet and the data sheet. */
export interface PaneWorkbook {
  /** Every worksheet, in tab order. */
  readonly sheetNames: readonly string[];
  /** Sheets the add-in wrote (scorecard, charts, notes): never offered as the data sheet. */
  readonly generatedSheets: readonly string[];
  /** The settings sheet's used range, or null when there is none. */
  readonly settings: Grid | null;
  /** The data sheet the settings name (or "CSC Data"), or null when the workbook has none. */
  readonly data: Grid | null;
}

/**
 * Reads what the pane needs in one batch: the settings sheet first, because it names the data
 * sheet, then that sheet, with number formats (month headings may be dates).
 * @example const workbook = await readPaneWorkbook(); // workbook.settings?.sheet === "CSC Settings"
 */
export function readPaneWorkbook(run?: ExcelRun): Promise<PaneWorkbook> {
  return runExcel(async (context) => {
    const names = DEFAULT_INPUT_SHEET_NAMES;
    const first = await readGrids(context, [
      { sheet: names.settings, numberFormats: true },
      { sheet: names.data, numberFormats: true },
    ]);
    const settings = first.grids.get(names.settings)?.grid ?? null;
    const dataSheet = readSettingsSheet(settings ?? { sheet: names.settings, values: [] }).settings
      .dataSheet;
    const sameSheet =
      dataSheet.toLocaleLowerCase("en-GB") === names.data.toLocaleLowerCase("en-GB");
    const data = sameSheet
      ? first.grids.get(names.data)
      : (await readGrids(context, [{ sheet: dataSheet, numberFormats: true }])).grids.get(
          dataSheet
        );
    const { sheetNames, generatedSheets } = await sheetsAndMarkers(context);
    return {
      sheetNames,
      generatedSheets,
      settings,
      data: data === undefined || data === null || data.generated ? null : data.grid,
    };
  }, run);
}

/** The sheet names in tab order, and which carry the add-in's role marker: two syncs. */
async function sheetsAndMarkers(
  context: Excel.RequestContext
): Promise<{ sheetNames: string[]; generatedSheets: string[] }> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const markers = sheets.items.map((sheet) => ({
    name: sheet.name,
    marker: sheet.customProperties.getItemOrNullObject(ROLE_KEY).load("value"),
  }));
  await context.sync();
  return {
    sheetNames: markers.map(({ name }) => name),
    generatedSheets: markers.filter(({ marker }) => !marker.isNullObject).map(({ name }) => name),
  };
}
