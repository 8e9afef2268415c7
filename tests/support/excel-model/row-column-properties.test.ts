import { createExcelModel, type ExcelModel, type ExcelModelContext } from "./index";

function act(model: ExcelModel, what: (context: ExcelModelContext) => void): Promise<void> {
  return model.run(async (context) => {
    what(context);
    await context.sync();
  });
}

async function sized(): Promise<ExcelModel> {
  const model = createExcelModel();
  model.addSheet("Data", [["a", "b", "c"]]);
  await act(model, (context) => {
    const sheet = context.workbook.worksheets.getItem("Data");
    sheet.getRange("2:2").format.rowHeight = 30;
    sheet.getRange("B:B").format.columnWidth = 120;
  });
  return model;
}

describe("row and column properties", () => {
  it("read each row's height and each column's width in one call", async () => {
    const model = await sized();
    const read = await model.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:C3");
      const rows = range.getRowProperties({
        rowIndex: true,
        format: { rowHeight: true, useStandardHeight: true },
      });
      const columns = range.getColumnProperties({ format: { columnWidth: true } });
      await context.sync();
      // getRowProperties and getColumnProperties return ClientResults, which have no load(): the
      // rule takes `.value` for a proxy's property.
      // eslint-disable-next-line office-addins/load-object-before-read
      return { rows: rows.value, columns: columns.value };
    });
    expect(read.rows).toEqual([
      { rowIndex: 0, format: { rowHeight: 15, useStandardHeight: true } },
      { rowIndex: 1, format: { rowHeight: 30, useStandardHeight: false } },
      { rowIndex: 2, format: { rowHeight: 15, useStandardHeight: true } },
    ]);
    expect(read.columns.map((c) => c.format?.columnWidth)).toEqual([48, 120, 48]);
  });

  it("set them back, one entry per row or column", async () => {
    const model = await sized();
    await act(model, (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:C2");
      range.setRowProperties([
        { format: { rowHeight: 24 } },
        { format: { useStandardHeight: true } },
      ]);
      range.setColumnProperties([
        {},
        { format: { useStandardWidth: true } },
        { format: { columnWidth: 60 } },
      ]);
    });
    const sheet = model.workbook.sheet("Data");
    expect([sheet.rowHeight(1), sheet.rowHeight(2)]).toEqual([24, 15]);
    expect(["A", "B", "C"].map((c) => sheet.columnWidth(c))).toEqual([48, 48, 60]);
    expect(sheet.snapshot().rows).toEqual({ "1": { height: 24 } });
    await expect(
      act(model, (context) =>
        context.workbook.worksheets
          .getItem("Data")
          .getRange("A1:A3")
          .setRowProperties([{ format: { rowHeight: 24 } }])
      )
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("give rows and columns back the standard size with useStandardHeight and useStandardWidth", async () => {
    const model = await sized();
    const before = await model.run(async (context) => {
      const format = context.workbook.worksheets.getItem("Data").getRange("A1:C3").format;
      format.load("useStandardHeight, useStandardWidth");
      await context.sync();
      return [format.useStandardHeight, format.useStandardWidth];
    });
    expect(before).toEqual([null, null]);
    await act(model, (context) => {
      const format = context.workbook.worksheets.getItem("Data").getRange("A1:C3").format;
      format.useStandardHeight = true;
      format.useStandardWidth = true;
    });
    const sheet = model.workbook.sheet("Data");
    expect(sheet.snapshot().rows).toEqual({});
    expect(sheet.snapshot().columns).toEqual({});
  });
});
