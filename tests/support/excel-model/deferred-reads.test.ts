// These tests commit, on purpose, the mistakes the office-addins lint rules exist to catch (reading
// before load or sync), to prove the model raises the same errors Excel would.
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/no-navigational-load */
import { createExcelModel } from "./index";

describe("deferred reads", () => {
  it("refuses to read a property that was never loaded", async () => {
    const model = createExcelModel();
    model.addSheet("Data", [[1, 2]]);
    await model.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
      expect(() => range.values).toThrow(
        expect.objectContaining({
          code: "PropertyNotLoaded",
          message: expect.stringContaining("The property 'values' is not available."),
        })
      );
      await context.sync();
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("refuses to read a loaded property before the sync", async () => {
    const model = createExcelModel();
    model.addSheet("Data", [[1, 2]]);
    await model.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1").load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([[1, 2]]);
    });
  });

  it("returns the values as of the sync that loaded them", async () => {
    const model = createExcelModel();
    model.addSheet("Data", [[1]]);
    await model.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1");
      range.load("values");
      await context.sync();
      context.workbook.worksheets.getItem("Data").getRange("A1").values = [[99]];
      await context.sync();
      expect(range.values).toEqual([[1]]);
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([[99]]);
    });
  });

  it("loads item properties of a collection through the items/name path", async () => {
    const model = createExcelModel();
    model.addSheet("Data");
    model.addSheet("CSC Data");
    const names = await model.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((sheet) => sheet.name);
    });
    expect(names).toEqual(["Data", "CSC Data"]);
  });

  it("accepts the object and select forms of load", async () => {
    const model = createExcelModel();
    model.addSheet("Data", [["x"]]);
    await model.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1");
      range.load({ address: true, format: { font: { bold: true } } });
      const other = context.workbook.worksheets.getItem("Data").getRange("A1:B2");
      other.load({ select: "rowCount, columnCount" });
      await context.sync();
      expect(range.address).toBe("Data!A1");
      expect(range.format.font.bold).toBe(false);
      expect([other.rowCount, other.columnCount]).toEqual([2, 2]);
    });
  });

  it("reports an empty cell as an empty string", async () => {
    const model = createExcelModel();
    model.addSheet("Data", [[1, null, "x"]]);
    await model.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:D1").load("values");
      await context.sync();
      expect(range.values).toEqual([[1, "", "x", ""]]);
    });
  });

  it("tells a missing sheet from a present one with isNullObject after a sync", async () => {
    const model = createExcelModel();
    model.addSheet("Data");
    await model.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("data");
      expect(() => missing.isNullObject).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it("syncs what is still queued when the batch ends, as Excel.run does", async () => {
    const model = createExcelModel();
    model.addSheet("Data");
    await model.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("B2").values = [["late"]];
      return Promise.resolve();
    });
    expect(model.workbook.sheet("Data").values("B2")).toEqual([["late"]]);
    expect(model.syncCount).toBe(1);
  });

  it("refuses objects from a finished batch", async () => {
    const model = createExcelModel();
    model.addSheet("Data");
    const range = await model.run(async (context) =>
      Promise.resolve(context.workbook.worksheets.getItem("Data").getRange("A1"))
    );
    expect(() => range.load("values")).toThrow(
      expect.objectContaining({ code: "InvalidObjectPath" })
    );
  });
});
