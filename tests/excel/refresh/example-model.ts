import workbook from "../../../docs/example-workbook.json";
import { createExcelModel, type ExcelModel } from "../../support/excel-model";

/** The moment the example workbook is refreshed at: its May 2015 figures are the latest. */
export const NOW = new Date("2015-06-02T09:30:00Z");

/** The example workbook (docs/example-workbook.json) in the Excel model, counters at zero. */
export function exampleModel(): ExcelModel {
  const model = createExcelModel();
  for (const sheet of workbook.sheets) model.addSheet(sheet.name, sheet.values);
  model.resetCounters();
  return model;
}
