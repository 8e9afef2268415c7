import { createExcelModel } from "./index";

function modelWithData() {
  const model = createExcelModel();
  model.addSheet("Data", [
    [1, 2],
    [3, 4],
  ]);
  return model;
}

describe("writing cells", () => {
  it("rejects a values array whose shape does not match the range, at sync, with InvalidArgument", async () => {
    const model = modelWithData();
    await expect(
      model.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1:B2").values = [[1, 2, 3]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(model.workbook.sheet("Data").values("A1:B2")).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it.each(["formulas", "numberFormat"] as const)("rejects mismatched %s too", async (write) => {
    const model = modelWithData();
    await expect(
      model.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Data").getRange("A1:B2");
        range[write] = [["0"], ["0"]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("fills the whole range from a single value", async () => {
    const model = modelWithData();
    await model.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B2");
      range.values = 7 as unknown as number[][];
      range.numberFormat = "0.0" as unknown as string[][];
      await context.sync();
    });
    expect(model.workbook.sheet("Data").values("A1:B2")).toEqual([
      [7, 7],
      [7, 7],
    ]);
    expect(model.workbook.sheet("Data").numberFormats("A1:B1")).toEqual([["0.0", "0.0"]]);
  });

  it("leaves a cell alone for null and clears it for an empty string", async () => {
    const model = modelWithData();
    await model.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1:B1").values = [[null, ""]];
      await context.sync();
    });
    expect(model.workbook.sheet("Data").values("A1:B1")).toEqual([[1, ""]]);
  });

  it("types text as Excel does: numbers, percentages, booleans, and text kept under the Text format", async () => {
    const model = createExcelModel();
    model.addSheet("Data");
    await model.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("A1:E1").values = [["42", "1,234.5", "12%", "true", "'007"]];
      sheet.getRange("A2").numberFormat = [["@"]];
      sheet.getRange("A2").values = [["007"]];
      await context.sync();
    });
    const sheet = model.workbook.sheet("Data");
    expect(sheet.values("A1:E1")).toEqual([[42, 1234.5, 0.12, true, "007"]]);
    expect(sheet.numberFormats("C1")).toEqual([["0%"]]);
    expect(sheet.values("A2")).toEqual([["007"]]);
  });

  it("stores formulas and reports them through formulas, with values cached when seeded", async () => {
    const model = createExcelModel();
    model.addSheet("Data", [[10, 20, 30]], { formulas: [[null, null, "=A1+B1"]] });
    await model.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("D1:E1").formulas = [["=SUM(A1:C1)", 5]];
      const read = sheet.getRange("A1:E1").load("values, formulas");
      await context.sync();
      expect(read.formulas).toEqual([[10, 20, "=A1+B1", "=SUM(A1:C1)", 5]]);
      expect(read.values).toEqual([[10, 20, 30, "", 5]]);
    });
  });

  it("evaluates a formula that is a plain constant", async () => {
    const model = createExcelModel();
    model.addSheet("Data");
    await model.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1:B1").formulas = [["=2.5", '="N/A"']];
      await context.sync();
    });
    expect(model.workbook.sheet("Data").values("A1:B1")).toEqual([[2.5, "N/A"]]);
  });

  it("keeps error values as their text and types them as errors", async () => {
    const model = createExcelModel();
    model.addSheet("Data", [["#N/A", 1]]);
    await model.run(async (context) => {
      const range = context.workbook.worksheets
        .getItem("Data")
        .getRange("A1:C1")
        .load("values, valueTypes");
      await context.sync();
      expect(range.values).toEqual([["#N/A", 1, ""]]);
      expect(range.valueTypes).toEqual([["Error", "Double", "Empty"]]);
    });
  });

  it("refuses NaN and Infinity rather than writing nothing", async () => {
    const model = createExcelModel();
    model.addSheet("Data");
    await expect(
      model.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1").values = [[Number.NaN]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("reads a set property back without a load, as Office keeps the value it sent", async () => {
    const model = createExcelModel();
    model.addSheet("Data");
    await model.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1");
      range.values = [["x"]];
      // Reading without load is the point: Office keeps the value it sent.
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
      expect(range.values).toEqual([["x"]]);
      await context.sync();
    });
  });
});
