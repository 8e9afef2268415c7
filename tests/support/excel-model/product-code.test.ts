import { readSheetNames } from "../../../src/excel/read-sheet-names";
import { createExcelModel } from "./index";

describe("the model under product code", () => {
  it("serves src/excel code written against Excel.RequestContext, in one sync", async () => {
    const model = createExcelModel();
    model.addSheet("CSC Data");
    model.addSheet("Scorecard");
    const names = await model.run((context) =>
      readSheetNames(context as unknown as Excel.RequestContext)
    );
    expect(names).toEqual(["CSC Data", "Scorecard"]);
    expect(model.syncCount).toBe(1);
    expect(model.operationCount).toBe(1);
  });

  it("offers a standing context for code that takes one as a parameter", async () => {
    const model = createExcelModel();
    model.addSheet("Data");
    await expect(readSheetNames(model.context as unknown as Excel.RequestContext)).resolves.toEqual(
      ["Data"]
    );
  });
});
