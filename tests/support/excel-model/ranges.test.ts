import { createExcelModel } from "./index";

describe("ranges", () => {
  it("gives an empty sheet's used range as A1", async () => {
    const model = createExcelModel();
    model.addSheet("Empty");
    await model.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Empty");
      const used = sheet.getUsedRange().load("address");
      const orNull = sheet.getUsedRangeOrNullObject();
      await context.sync();
      expect(used.address).toBe("Empty!A1");
      expect(orNull.isNullObject).toBe(true);
    });
  });

  it("bounds the used range by the non-empty cells, counting formatted cells unless valuesOnly", async () => {
    const model = createExcelModel();
    model.addSheet("CSC Data", [
      [null, null, null],
      [null, "x", null],
      [null, null, 5],
    ]);
    await model.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("CSC Data");
      sheet.getRange("E7").format.font.bold = true;
      const all = sheet
        .getUsedRange()
        .load("address, rowIndex, columnIndex, rowCount, columnCount");
      const values = sheet.getUsedRange(true).load("address");
      await context.sync();
      expect(all.address).toBe("'CSC Data'!B2:E7");
      expect([all.rowIndex, all.columnIndex, all.rowCount, all.columnCount]).toEqual([1, 1, 6, 4]);
      expect(values.address).toBe("'CSC Data'!B2:C3");
    });
  });

  it("re-evaluates the used range at each sync", async () => {
    const model = createExcelModel();
    model.addSheet("Data", [[1]]);
    await model.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const used = sheet.getUsedRange().load("address");
      await context.sync();
      expect(used.address).toBe("Data!A1");
      sheet.getRange("C3").values = [[3]];
      used.load("address");
      await context.sync();
      expect(used.address).toBe("Data!A1:C3");
    });
  });

  it("navigates with getCell, getResizedRange, getOffsetRange and getRangeByIndexes", async () => {
    const model = createExcelModel();
    model.addSheet("Data");
    await model.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const base = sheet.getRange("B2:C3");
      const cell = base.getCell(1, 1).load("address");
      const resized = base.getResizedRange(2, -1).load("address");
      const offset = base.getOffsetRange(-1, 2).load("address");
      const byIndexes = sheet.getRangeByIndexes(0, 0, 2, 3).load("address");
      const column = sheet.getRange("A:C").load("address, isEntireColumn");
      const rows = sheet.getRange("1:3").load("address, isEntireRow");
      await context.sync();
      expect(cell.address).toBe("Data!C3");
      expect(resized.address).toBe("Data!B2:B5");
      expect(offset.address).toBe("Data!D1:E2");
      expect(byIndexes.address).toBe("Data!A1:C2");
      expect([column.address, column.isEntireColumn]).toEqual(["Data!A:C", true]);
      expect([rows.address, rows.isEntireRow]).toEqual(["Data!1:3", true]);
    });
  });

  it("rejects a range that would fall off the sheet, at sync", async () => {
    const model = createExcelModel();
    model.addSheet("Data");
    await expect(
      model.run(async (context) => {
        context.workbook.worksheets
          .getItem("Data")
          .getRange("A1")
          .getOffsetRange(-1, 0)
          .load("address");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("rejects an address on another sheet", async () => {
    const model = createExcelModel();
    model.addSheet("Data");
    await expect(
      model.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("Other!A1").load("address");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("merges keeping only the top-left value and unmerges on clear", async () => {
    const model = createExcelModel();
    model.addSheet("Data", [["Title", "lost"]]);
    await model.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1:C1").merge();
      await context.sync();
    });
    expect(model.workbook.sheet("Data").values("A1:C1")).toEqual([["Title", "", ""]]);
    expect(model.workbook.sheet("Data").snapshot().merged).toEqual(["A1:C1"]);
    await model.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange().clear();
      await context.sync();
    });
    expect(model.workbook.sheet("Data").snapshot().merged).toEqual([]);
    expect(model.workbook.sheet("Data").usedAddress()).toBeUndefined();
  });
});
