import workbook from "../../../docs/example-workbook.json";
import { refreshWorkbook } from "../../../src/excel/refresh/refresh-workbook";
import { createExcelModel } from "../../support/excel-model";
import { NOW, refreshSheets } from "./support/refreshed-file";

const GENERATED = ["Scorecard", "Scorecard charts", "Scorecard notes"];

describe("the .xlsx host and the Office.js host write the same scorecard", () => {
  it("gives every generated sheet the same values and number formats from the example workbook", async () => {
    const model = createExcelModel();
    for (const sheet of workbook.sheets) model.addSheet(sheet.name, sheet.values);
    const office = await model.run((context) =>
      refreshWorkbook(context as unknown as Excel.RequestContext, NOW)
    );
    if (!office.ok) throw new Error(office.message);
    const xlsx = await refreshSheets();
    expect(xlsx.outcome.ok).toBe(true);
    expect(office.ok && xlsx.outcome.ok && xlsx.outcome.summary).toEqual(
      office.ok && office.summary
    );
    expect(model.workbook.sheetNames().slice(-3)).toEqual(GENERATED);

    const reads = (await xlsx.host.readSheets(GENERATED)).sheets;
    for (const name of GENERATED) {
      const excel = model.workbook.sheet(name);
      const grid = reads.get(name)?.grid;
      expect({ name, address: grid?.origin }).toEqual({ name, address: { row: 0, column: 0 } });
      expect({ name, values: grid?.values }).toEqual({ name, values: excel.values() });
      expect({ name, formats: grid?.numberFormats }).toEqual({
        name,
        formats: excel.numberFormats(),
      });
    }
  });
});
