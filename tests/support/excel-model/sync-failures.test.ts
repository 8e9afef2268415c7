import { createExcelModel, REQUEST_PAYLOAD_LIMIT } from "./index";

describe("syncs that fail", () => {
  it("keeps the operations applied before the failing one, as Excel has no rollback", async () => {
    const model = createExcelModel();
    model.addSheet("Data");
    await expect(
      model.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        sheet.getRange("A1").values = [["first"]];
        sheet.getRange("A2:B2").values = [["wrong shape"]];
        sheet.getRange("A3").values = [["never"]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(model.workbook.sheet("Data").values("A1:A3")).toEqual([["first"], [""], [""]]);
    expect(model.syncs[0]?.failed).toContain("InvalidArgument");
  });

  it("applies the first k operations of a sync planned to fail, then rejects with GeneralException", async () => {
    const model = createExcelModel();
    model.addSheet("Data");
    model.failSync(2, { afterOperations: 2 });
    await expect(
      model.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        sheet.getRange("A1").values = [[1]];
        await context.sync();
        sheet.getRange("B1").values = [[2]];
        sheet.getRange("C1").values = [[3]];
        sheet.getRange("D1").values = [[4]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(model.workbook.sheet("Data").values("A1:D1")).toEqual([[1, 2, 3, ""]]);
  });

  it("fails the next sync without applying anything by default", async () => {
    const model = createExcelModel();
    model.addSheet("Data");
    model.failSync(1);
    await expect(
      model.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1").values = [[1]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(model.workbook.sheet("Data").values("A1")).toEqual([[""]]);
    await model.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").values = [[1]];
      await context.sync();
    });
    expect(model.workbook.sheet("Data").values("A1")).toEqual([[1]]);
  });

  it("refuses a request over Excel on the web's 5 MB payload limit and applies none of it", async () => {
    const model = createExcelModel();
    model.addSheet("Data");
    const rows = 6000;
    const wide = Array.from({ length: rows }, () =>
      Array.from({ length: 10 }, () => "x".repeat(100))
    );
    await expect(
      model.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        sheet.getRange("Z1").values = [["before"]];
        sheet.getRange(`A1:J${rows}`).values = wide;
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(model.largestRequestBytes).toBeGreaterThan(REQUEST_PAYLOAD_LIMIT);
    expect(model.workbook.sheet("Data").values("Z1")).toEqual([[""]]);
  });

  it("accepts the same data split into requests under the limit", async () => {
    const model = createExcelModel();
    model.addSheet("Data");
    const rows = 3000;
    const half = Array.from({ length: rows }, () =>
      Array.from({ length: 10 }, () => "x".repeat(100))
    );
    await model.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange(`A1:J${rows}`).values = half;
      await context.sync();
      sheet.getRange(`A${rows + 1}:J${2 * rows}`).values = half;
      await context.sync();
    });
    expect(model.largestRequestBytes).toBeLessThan(REQUEST_PAYLOAD_LIMIT);
    expect(model.workbook.sheet("Data").usedAddress()).toBe("A1:J6000");
  });
});

describe("counting", () => {
  it("counts every property set, method call and load, per sync and in total", async () => {
    const model = createExcelModel();
    model.addSheet("Data");
    await model.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const range = sheet.getRange("A1:B2");
      range.values = [
        [1, 2],
        [3, 4],
      ];
      range.format.font.bold = true;
      range.format.autofitColumns();
      await context.sync();
      range.load("address");
      await context.sync();
    });
    expect(model.syncCount).toBe(2);
    expect(model.syncs.map((s) => s.operations)).toEqual([3, 1]);
    expect(model.operationCount).toBe(4);
  });

  it("counts a format applied through getRanges as one operation for all areas", async () => {
    const model = createExcelModel();
    model.addSheet("Data");
    await model.run(async (context) => {
      const areas = context.workbook.worksheets.getItem("Data").getRanges("A1:B2, D4:E5");
      areas.format.fill.color = "#FFC7CE";
      await context.sync();
    });
    expect(model.operationCount).toBe(1);
    const sheet = model.workbook.sheet("Data");
    expect(sheet.cell("B2").format?.["fill.color"]).toBe("#FFC7CE");
    expect(sheet.cell("E5").format?.["fill.color"]).toBe("#FFC7CE");
    expect(sheet.cell("C3").format).toBeUndefined();
  });

  it("records the suspend and calculation calls made on the application", async () => {
    const model = createExcelModel();
    await model.run(async (context) => {
      const app = context.workbook.application;
      app.suspendScreenUpdatingUntilNextSync();
      app.suspendApiCalculationUntilNextSync();
      app.calculationMode = "Manual";
      await context.sync();
      app.calculationMode = "Automatic";
      await context.sync();
    });
    expect(model.workbook.application).toEqual({
      calculationMode: "Automatic",
      calls: [
        "suspendScreenUpdatingUntilNextSync",
        "suspendApiCalculationUntilNextSync",
        "calculationMode=Manual",
        "calculationMode=Automatic",
      ],
    });
  });
});
