/// <reference types="office-js" />
import { readGrids } from "../read/read-grids";
import { a1 } from "../../sheet/a1";
import { DEFAULT_INPUT_SHEET_NAMES } from "../../sheet/input-sheets";
import { settingWrite } from "../../sheet/settings/setting-address";
import type { ValueKey } from "../../sheet/settings/workbook-settings";
import { typedValue } from "../apply-plan/typed-text";
import { runExcel, type ExcelRun } from "../run-excel";

/**
 * Writes one setting to the workbook's settings sheet, the one place every host reads it from (so
 * a colleague's pane and the command line give the same scorecard): into the key's own row, or a
 * new row (settingWrite), creating the sheet with its "Setting | Value" heading when the workbook
 * has none. The value is written as text ("@"), exactly as given: Excel would turn "May 2015"
 * typed into a General cell into a date of its own choosing. Only the cells of this key change.
 * @param text the value as the settings sheet reads it ("2015-05", "Latest", "yes"); "" for the default
 * @example await writeSetting("reportingMonth", "2015-05")
 */
export function writeSetting(key: ValueKey, text: string, run?: ExcelRun): Promise<void> {
  return runExcel(async (context) => {
    const name = DEFAULT_INPUT_SHEET_NAMES.settings;
    const reading = await readGrids(context, [{ sheet: name, numberFormats: false }]);
    const found = reading.grids.get(name);
    if (found?.generated === true) {
      throw new Error(`"${name}" is a sheet this add-in writes, so it cannot hold the settings.`);
    }
    const grid = found?.grid ?? null;
    const target = settingWrite(grid, key);
    const sheet =
      found === null || found === undefined
        ? context.workbook.worksheets.add(name)
        : context.workbook.worksheets.getItem(grid?.sheet ?? name);
    if (target.heading) {
      const heading = sheet.getRange("A1:B1");
      heading.values = [["Setting", "Value"]];
      heading.format.font.bold = true;
      sheet.getRange("A:A").format.columnWidth = 180;
      sheet.getRange("B:B").format.columnWidth = 180;
    }
    if (target.key !== null) {
      const keyCell = sheet.getRange(a1(target.row, target.keyColumn));
      keyCell.numberFormat = [["@"]];
      keyCell.values = [[typedValue(target.key)]];
    }
    const valueCell = sheet.getRange(a1(target.row, target.valueColumn));
    valueCell.numberFormat = [["@"]];
    valueCell.values = [[typedValue(text)]];
    await context.sync();
  }, run);
}
