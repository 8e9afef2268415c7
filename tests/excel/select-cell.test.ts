import { readSheetNames } from "../../src/excel/read-sheet-names";
import { selectCell } from "../../src/excel/select-cell";
import { createExcelModel } from "../support/excel-model";

const asContext = (context: unknown) => context as Excel.RequestContext;

describe("the pane's small Office.js helpers", () => {
  it("lists the sheets in tab order in one sync", async () => {
    const model = createExcelModel();
    model.addSheet("Cover");
    model.addSheet("CSC Data");
    model.resetCounters();
    const names = await model.run((context) => readSheetNames(asContext(context)));
    expect(names).toEqual(["Cover", "CSC Data"]);
    expect(model.syncCount).toBe(1);
  });

  it("goes to an issue's cell: activates its sheet in one sync", async () => {
    const model = createExcelModel();
    model.addSheet("Cover");
    model.addSheet("CSC Data", [["Refs", 12]]);
    model.resetCounters();
    await model.run((context) => selectCell(asContext(context), "CSC Data", "B1"));
    expect(model.workbook.activeSheet()).toBe("CSC Data");
    expect(model.syncCount).toBe(1);
  });

  it("fails at the sync when the sheet has gone, so the pane can say so", async () => {
    const model = createExcelModel();
    model.addSheet("Cover");
    await expect(
      model.run((context) => selectCell(asContext(context), "CSC Data", "B1"))
    ).rejects.toMatchObject({
      code: expect.any(String),
    });
  });
});
