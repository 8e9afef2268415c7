import { createExcelModel, type ExcelModelContext } from "./index";

function seeded() {
  const model = createExcelModel();
  model.addSheet("Data", [
    ["Month", "Referrals", "Re-referrals"],
    ["Apr-15", 120, 30],
    ["May-15", 130, 25],
  ]);
  return model;
}

describe("tables", () => {
  it("adds a table with Excel's default name and style, and gives its header and body ranges", async () => {
    const model = seeded();
    await model.run(async (context) => {
      const table = context.workbook.worksheets.getItem("Data").tables.add("A1:C3", true);
      const header = table.getHeaderRowRange().load("address, values");
      const body = table.getDataBodyRange().load("address");
      table.load("name, style");
      await context.sync();
      expect([table.name, table.style]).toEqual(["Table1", "TableStyleMedium2"]);
      expect(header.address).toBe("Data!A1:C1");
      expect(header.values).toEqual([["Month", "Referrals", "Re-referrals"]]);
      expect(body.address).toBe("Data!A2:C3");
    });
    expect(model.workbook.tables()).toEqual([
      expect.objectContaining({ name: "Table1", sheet: "Data", address: "Data!A1:C3" }),
    ]);
  });

  it("refuses an invalid or duplicate table name and overlapping tables", async () => {
    const attempt = async (act: (context: ExcelModelContext) => void) => {
      const model = seeded();
      return model.run(async (context) => {
        const table = context.workbook.worksheets.getItem("Data").tables.add("A1:C3", true);
        table.name = "Referrals";
        act(context);
        await context.sync();
      });
    };
    await expect(
      attempt((context) => {
        context.workbook.worksheets.getItem("Data").tables.add("E1:F2", true).name = "referrals";
      })
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await expect(
      attempt((context) => {
        context.workbook.worksheets.getItem("Data").tables.add("E1:F2", true).name = "Bad Name";
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      attempt((context) => {
        context.workbook.worksheets.getItem("Data").tables.add("B2:D4", true);
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("appends rows to a table, moving what lies below it down", async () => {
    const model = seeded();
    model.addSheet("Below", [["h"], [1], [null], ["note"]]);
    await model.run(async (context) => {
      const table = context.workbook.worksheets.getItem("Below").tables.add("A1:A2", true);
      table.rows.add(undefined, [[2], [3]]);
      await context.sync();
    });
    expect(model.workbook.sheet("Below").values("A1:A6")).toEqual([
      ["h"],
      [1],
      [2],
      [3],
      [""],
      ["note"],
    ]);
    expect(model.workbook.tables()[0]?.address).toBe("Below!A1:A4");
  });

  it("renames blank and repeated headers as Excel does", async () => {
    const model = createExcelModel();
    model.addSheet("Data", [["Name", "", "Name"]]);
    await model.run(async (context) => {
      context.workbook.worksheets.getItem("Data").tables.add("A1:C1", true);
      await context.sync();
    });
    expect(model.workbook.sheet("Data").values("A1:C2")).toEqual([
      ["Name", "Column2", "Name2"],
      ["", "", ""],
    ]);
  });
});

describe("named items", () => {
  it("adds workbook and sheet-scoped names and follows a renamed sheet", async () => {
    const model = seeded();
    await model.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      context.workbook.names.add(
        "LatestMonth",
        sheet.getRange("A3"),
        "The month the scorecard reports"
      );
      sheet.names.add("Local", "=0.5");
      sheet.name = "CSC Data";
      const item = context.workbook.names
        .getItemOrNullObject("latestmonth")
        .load("formula, type, value");
      const missing = context.workbook.names.getItemOrNullObject("Nope");
      await context.sync();
      expect([item.formula, item.type, item.value]).toEqual([
        "='CSC Data'!$A$3",
        "Range",
        "'CSC Data'!$A$3",
      ]);
      expect(missing.isNullObject).toBe(true);
    });
    expect(model.workbook.names()).toEqual([
      {
        name: "LatestMonth",
        scope: "Workbook",
        formula: "='CSC Data'!$A$3",
        comment: "The month the scorecard reports",
        visible: true,
      },
      { name: "Local", scope: "CSC Data", formula: "=0.5", comment: "", visible: true },
    ]);
  });

  it.each([
    ["A1", "InvalidArgument"],
    ["XFD1048576", "InvalidArgument"],
    ["R1C1", "InvalidArgument"],
    ["has space", "InvalidArgument"],
    ["1st", "InvalidArgument"],
    ["existing", "ItemAlreadyExists"],
  ])("refuses the name %s with %s", async (name, code) => {
    const model = seeded();
    await expect(
      model.run(async (context) => {
        context.workbook.names.add("Existing", "=1");
        context.workbook.names.add(name, "=2");
        await context.sync();
      })
    ).rejects.toMatchObject({ code });
  });

  it("accepts names starting with an underscore or backslash", async () => {
    const model = seeded();
    await model.run(async (context) => {
      context.workbook.names.add("_csc.month", "=1");
      context.workbook.names.add("\\marker", "=2");
      await context.sync();
    });
    expect(model.workbook.names().map((n) => n.name)).toEqual(["_csc.month", "\\marker"]);
  });
});

describe("charts", () => {
  it("creates series from the source as Excel does and records titles, axes and position", async () => {
    const model = seeded();
    await model.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const chart = sheet.charts.add("Line", sheet.getRange("A1:C3"), "Auto");
      chart.title.text = "Referrals";
      chart.legend.position = "Bottom";
      chart.axes.valueAxis.title.text = "Count";
      chart.axes.getItem("Category").title.text = "Month";
      chart.setPosition("E2", "L16");
      chart.series.getItemAt(0).format.line.color = "#1F4E78";
      await context.sync();
    });
    const [chart] = model.workbook.sheet("Data").snapshot().charts;
    expect(chart).toMatchObject({
      name: "Chart 1",
      chartType: "Line",
      source: "Data!A1:C3",
      left: 4 * 48,
      top: 15,
      width: 8 * 48,
      height: 15 * 15,
      props: {
        "title.text": "Referrals",
        "title.visible": true,
        "legend.position": "Bottom",
        "axes.valueAxis.title.text": "Count",
        "axes.categoryAxis.title.text": "Month",
      },
    });
    expect(chart?.series).toEqual([
      {
        name: "Referrals",
        values: "Data!B2:B3",
        xValues: "Data!A2:A3",
        props: { "format.line.color": "#1F4E78" },
      },
      { name: "Re-referrals", values: "Data!C2:C3", xValues: "Data!A2:A3", props: {} },
    ]);
  });

  it("adds series by hand, lists charts and deletes them", async () => {
    const model = seeded();
    await model.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("B2:B3"), "Columns");
      chart.name = "Trend";
      const series = chart.series.add("Target");
      series.setValues(sheet.getRange("C2:C3"));
      series.setXAxisValues(sheet.getRange("A2:A3"));
      series.chartType = "Line";
      sheet.charts.load("items/name");
      await context.sync();
      expect(sheet.charts.items.map((c) => c.name)).toEqual(["Trend"]);
      expect(model.workbook.sheet("Data").snapshot().charts[0]?.series[1]).toEqual({
        name: "Target",
        chartType: "Line",
        values: "Data!C2:C3",
        xValues: "Data!A2:A3",
        props: {},
      });
      sheet.charts.getItem("Trend").delete();
      await context.sync();
    });
    expect(model.workbook.sheet("Data").snapshot().charts).toEqual([]);
  });

  it("refuses an unknown chart type", async () => {
    const model = seeded();
    await expect(
      model.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        sheet.charts.add("Sparkline", sheet.getRange("A1:B3"));
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
