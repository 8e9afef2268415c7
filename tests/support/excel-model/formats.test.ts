import { createExcelModel } from "./index";

describe("formats", () => {
  it("stores fill, font and alignment per cell and reports mixed ranges as null", async () => {
    const model = createExcelModel();
    model.addSheet("Data");
    await model.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const header = sheet.getRange("A1:C1");
      header.format.fill.color = "#1f4e78";
      header.format.font.bold = true;
      header.format.font.color = "white";
      header.format.horizontalAlignment = "Center";
      header.format.wrapText = true;
      const mixed = sheet.getRange("A1:A2").format.load("horizontalAlignment");
      mixed.fill.load("color");
      await context.sync();
      expect(mixed.horizontalAlignment).toBeNull();
      expect(mixed.fill.color).toBeNull();
    });
    expect(model.workbook.sheet("Data").cell("B1")).toEqual({
      value: "",
      format: {
        "fill.color": "#1F4E78",
        "font.bold": true,
        "font.color": "#FFFFFF",
        horizontalAlignment: "Center",
        wrapText: true,
      },
    });
  });

  it("refuses a value Excel does not accept for a format property, at sync", async () => {
    const model = createExcelModel();
    model.addSheet("Data");
    await expect(
      model.run(async (context) => {
        const format = context.workbook.worksheets.getItem("Data").getRange("A1").format;
        format.horizontalAlignment = "Middle" as unknown as Excel.HorizontalAlignment;
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("clears a fill back to no fill", async () => {
    const model = createExcelModel();
    model.addSheet("Data");
    await model.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1");
      range.format.fill.color = "#FF0000";
      range.format.fill.clear();
      const fill = range.format.fill.load("color");
      await context.sync();
      expect(fill.color).toBe("#FFFFFF");
    });
    expect(model.workbook.sheet("Data").cell("A1").format).toBeUndefined();
  });

  it("puts a range's bottom edge on its last row, shared with the cell below", async () => {
    const model = createExcelModel();
    model.addSheet("Data");
    await model.run(async (context) => {
      const border = context.workbook.worksheets
        .getItem("Data")
        .getRange("A1:B2")
        .format.borders.getItem("EdgeBottom");
      border.style = "Continuous";
      border.weight = "Medium";
      border.color = "#000000";
      await context.sync();
    });
    const sheet = model.workbook.sheet("Data");
    expect(sheet.cell("B2").format).toMatchObject({
      "border.bottom.style": "Continuous",
      "border.bottom.weight": "Medium",
    });
    expect(sheet.cell("B3").format).toMatchObject({ "border.top.style": "Continuous" });
    expect(sheet.cell("B1").format).toBeUndefined();
  });

  it("sets column widths and row heights and autofits columns to their contents", async () => {
    const model = createExcelModel();
    model.addSheet("Data", [["Re-referrals within 12 months", 1]]);
    await model.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("B:B").format.columnWidth = 120;
      sheet.getRange("1:1").format.rowHeight = 30;
      sheet.getRange("A1").format.autofitColumns();
      await context.sync();
    });
    const sheet = model.workbook.sheet("Data");
    expect(sheet.columnWidth("B")).toBe(120);
    expect(sheet.rowHeight(1)).toBe(30);
    expect(sheet.columnWidth("A")).toBeGreaterThan(120);
    expect(sheet.columnWidth("C")).toBe(48);
  });

  it("formats a whole column cheaply and still reports each cell's format", async () => {
    const model = createExcelModel();
    model.addSheet("Data", [[0.25]]);
    await model.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("A:A").numberFormat = "0.0%" as unknown as string[][];
      sheet.getRange("A2").numberFormat = [["0"]];
      await context.sync();
    });
    const sheet = model.workbook.sheet("Data");
    expect(sheet.numberFormats("A1:A3")).toEqual([["0.0%"], ["0"], ["0.0%"]]);
    expect(sheet.snapshot().areaFormats).toEqual([
      { address: "A:A", attribute: "numberFormat", value: "0.0%" },
    ]);
  });

  it("records frozen panes and page layout", async () => {
    const model = createExcelModel();
    model.addSheet("Scorecard");
    await model.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Scorecard");
      sheet.freezePanes.freezeRows(2);
      sheet.pageLayout.orientation = "Landscape";
      sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      sheet.pageLayout.setPrintTitleRows("$1:$2");
      sheet.pageLayout.headersFooters.defaultForAllPages.centerHeader = "CSC Scorecard";
      await context.sync();
    });
    const snap = model.workbook.sheet("Scorecard").snapshot();
    expect(snap.frozen).toEqual({ rows: 2, columns: 0 });
    expect(snap.pageLayout).toEqual({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "Scorecard!$1:$2",
      "headersFooters.defaultForAllPages.centerHeader": "CSC Scorecard",
    });
  });

  it("refuses print title rows that are not whole rows", async () => {
    const model = createExcelModel();
    model.addSheet("Scorecard");
    await expect(
      model.run(async (context) => {
        context.workbook.worksheets.getItem("Scorecard").pageLayout.setPrintTitleRows("A1:B2");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("records a conditional format's type and the rule fields set on it", async () => {
    const model = createExcelModel();
    model.addSheet("Scorecard");
    await model.run(async (context) => {
      const cf = context.workbook.worksheets
        .getItem("Scorecard")
        .getRange("D2:D20")
        .conditionalFormats.add("CellValue");
      cf.cellValue.format.fill.color = "#FFC7CE";
      cf.cellValue.rule = { formula1: "=0.2", operator: "GreaterThan" };
      await context.sync();
    });
    expect(model.workbook.sheet("Scorecard").snapshot().conditionalFormats).toEqual([
      {
        type: "CellValue",
        address: "D2:D20",
        priority: 0,
        stopIfTrue: false,
        rules: {
          "cellValue.format.fill.color": "#FFC7CE",
          "cellValue.rule": { formula1: "=0.2", operator: "GreaterThan" },
        },
      },
    ]);
  });

  it("refuses rule fields of another conditional format type", async () => {
    const model = createExcelModel();
    model.addSheet("Scorecard");
    await expect(
      model.run(async (context) => {
        const cf = context.workbook.worksheets
          .getItem("Scorecard")
          .getRange("A1")
          .conditionalFormats.add("Custom");
        cf.cellValue.rule = { formula1: "=1", operator: "EqualTo" };
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
