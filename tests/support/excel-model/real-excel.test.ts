import { createExcelModel, type ExcelModel, type ExcelModelContext } from "./index";

/** Runs one act in a batch of its own and syncs it. */
function act(model: ExcelModel, what: (context: ExcelModelContext) => void): Promise<void> {
  return model.run(async (context) => {
    what(context);
    await context.sync();
  });
}

/** A workbook with a data sheet and a second sheet, the first one active. */
function twoSheets(): ExcelModel {
  const model = createExcelModel();
  model.addSheet("Data", [["Month", "Referrals"]]);
  model.addSheet("Other");
  return model;
}

describe("the calculation mode", () => {
  it("takes Excel's three modes and refuses any other", async () => {
    const model = createExcelModel();
    for (const mode of ["Manual", "AutomaticExceptTables", "Automatic"]) {
      await act(model, (context) => (context.workbook.application.calculationMode = mode));
      expect(model.workbook.application.calculationMode).toBe(mode);
    }
    await expect(
      model.run(async (context) => {
        context.workbook.application.calculationMode = "Semiautomatic";
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("getRanges addresses", () => {
  it("are cut at 8,192 characters, so the areas past the cut get nothing", async () => {
    const model = createExcelModel();
    model.addSheet("Data");
    const areas = Array.from({ length: 2000 }, (_, i) => `A${i + 1}`);
    const address = areas.join(",");
    expect(address.length).toBeGreaterThan(8192);
    await model.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRanges(address).format.font.bold = true;
      await context.sync();
    });
    const sheet = model.workbook.sheet("Data");
    expect(sheet.cell("A1").format).toMatchObject({ "font.bold": true });
    expect(sheet.cell("A2000").format).toBeUndefined();
  });
});

describe("sheets", () => {
  it("refuse to delete a very hidden sheet", async () => {
    const model = twoSheets();
    await expect(
      model.run(async (context) => {
        const other = context.workbook.worksheets.getItem("Other");
        other.visibility = "VeryHidden";
        other.delete();
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(model.workbook.sheetNames()).toEqual(["Data", "Other"]);
  });

  it("may give a new sheet the id of one deleted before it", async () => {
    const model = twoSheets();
    const ids = await model.run(async (context) => {
      const other = context.workbook.worksheets.getItem("Other").load("id");
      await context.sync();
      const before = other.id;
      other.delete();
      const added = context.workbook.worksheets.add("New").load("id");
      await context.sync();
      return { before, after: added.id };
    });
    expect(ids.after).toBe(ids.before);
  });
});

describe("charts", () => {
  it("get no series from charts.add over blank cells, and reaching into them is EmptyChartSeries", async () => {
    const model = twoSheets();
    await expect(
      model.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        const chart = sheet.charts.add("Line", sheet.getRange("D2:D10"), "Columns");
        chart.series.load("count");
        await context.sync();
        expect(chart.series.count).toBe(0);
        chart.series.getItemAt(0).name = "Referrals";
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "EmptyChartSeries" });
  });
});

describe("planned failures", () => {
  it.each(["InvalidSelection", "InactiveWorkbook", "EmptyChartSeries"] as const)(
    "fail a sync with %s when a test asks",
    async (code) => {
      const model = twoSheets();
      model.failSync(1, { code });
      await expect(
        model.run(async (context) => {
          context.workbook.worksheets.add("New");
          await context.sync();
        })
      ).rejects.toMatchObject({ code });
      expect(model.syncs[0]?.failed).toBe(`${code} (planned)`);
    }
  );
});

describe("cell-edit mode", () => {
  it("fails a batch run without delayForCellEdit", async () => {
    const model = twoSheets();
    model.enterCellEdit();
    await expect(
      model.run(async (context) => {
        context.workbook.worksheets.add("New");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    expect(model.workbook.sheetNames()).toEqual(["Data", "Other"]);
  });

  it("holds a batch run with delayForCellEdit until the cell is entered", async () => {
    const model = twoSheets();
    model.enterCellEdit();
    let done = false;
    const run = model
      .run({ delayForCellEdit: true }, async (context) => {
        context.workbook.worksheets.add("New");
        await context.sync();
      })
      .then(() => {
        done = true;
      });
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(done).toBe(false);
    expect(model.workbook.sheetNames()).toEqual(["Data", "Other"]);
    model.exitCellEdit();
    await run;
    expect(model.workbook.sheetNames()).toEqual(["Data", "Other", "New"]);
  });
});

describe("another workbook with focus", () => {
  it("fails add with GeneralException and delete with InvalidSelection, as documented", async () => {
    const model = twoSheets();
    model.focusAnotherWorkbook();
    await expect(
      model.run(async (context) => {
        context.workbook.worksheets.add("New");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "GeneralException" });
    await expect(
      model.run(async (context) => {
        context.workbook.worksheets.getItem("Other").delete();
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidSelection" });
  });

  it("fails them with InactiveWorkbook as newer builds report, and lets values through", async () => {
    const model = twoSheets();
    model.focusAnotherWorkbook("InactiveWorkbook");
    await model.run(async (context) => {
      context.workbook.worksheets.getItem("Other").getRange("A1").values = [["still written"]];
      await context.sync();
    });
    await expect(
      model.run(async (context) => {
        context.workbook.worksheets.getItem("Other").activate();
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InactiveWorkbook" });
    model.focusThisWorkbook();
    await model.run(async (context) => {
      context.workbook.worksheets.getItem("Other").activate();
      await context.sync();
    });
    expect(model.workbook.activeSheet()).toBe("Other");
  });
});

describe("freeze panes", () => {
  it("act only on the active sheet, one activated earlier in the same request included", async () => {
    const model = twoSheets();
    await expect(
      model.run(async (context) => {
        context.workbook.worksheets.getItem("Other").freezePanes.freezeRows(1);
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    // Frozen before its activation in the request: not in view yet.
    await expect(
      model.run(async (context) => {
        const other = context.workbook.worksheets.getItem("Other");
        other.freezePanes.freezeRows(1);
        other.activate();
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(model.workbook.sheet("Other").snapshot().frozen).toEqual({ rows: 0, columns: 0 });
    await model.run(async (context) => {
      const other = context.workbook.worksheets.getItem("Other");
      other.activate();
      other.freezePanes.freezeRows(2);
      await context.sync();
    });
    expect(model.workbook.sheet("Other").snapshot().frozen).toEqual({ rows: 2, columns: 0 });
    await model.run(async (context) => {
      const other = context.workbook.worksheets.getItem("Other");
      other.activate();
      await context.sync();
      other.freezePanes.freezeRows(1);
      await context.sync();
    });
    expect(model.workbook.sheet("Other").snapshot().frozen).toEqual({ rows: 1, columns: 0 });
  });
});

describe("protection", () => {
  it("of the structure stops sheets being added, renamed or deleted, and is read through the API", async () => {
    const model = twoSheets();
    const before = await model.run(async (context) => {
      context.workbook.protection.protect();
      const protection = context.workbook.protection.load("protected");
      await context.sync();
      return protection.protected;
    });
    expect(before).toBe(true);
    const refused: ((context: ExcelModelContext) => void)[] = [
      (c) => c.workbook.worksheets.add("New"),
      (c) => (c.workbook.worksheets.getItem("Other").name = "Renamed"),
      (c) => c.workbook.worksheets.getItem("Other").delete(),
    ];
    for (const what of refused) {
      await expect(act(model, what)).rejects.toMatchObject({ code: "AccessDenied" });
    }
    await expect(
      model.run(async (context) => {
        context.workbook.protection.protect();
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(model.workbook.sheetNames()).toEqual(["Data", "Other"]);
  });

  it("of a sheet stops its cells being written", async () => {
    const model = twoSheets();
    await model.run(async (context) => {
      context.workbook.worksheets.getItem("Other").protection.protect();
      await context.sync();
    });
    await expect(
      model.run(async (context) => {
        context.workbook.worksheets.getItem("Other").getRange("A1").values = [["x"]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "AccessDenied" });
    await expect(
      model.run(async (context) => {
        context.workbook.worksheets.getItem("Other").getRange("A1").format.font.bold = true;
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });
});

describe("loads", () => {
  it("nesting one collection's items in another's are refused when a test asks", async () => {
    const model = twoSheets();
    const nested = "items/name, items/customProperties/items/key";
    await model.run(async (context) => {
      context.workbook.worksheets.load(nested);
      await context.sync();
    });
    model.refuseNestedCollectionLoads();
    await expect(
      model.run(async (context) => {
        context.workbook.worksheets.load(nested);
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await model.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.customProperties.load("items/key");
      await context.sync();
    });
  });

  it("fail when a sync's response would pass Excel on the web's limit", async () => {
    const model = createExcelModel();
    model.addSheet(
      "Data",
      Array.from({ length: 100 }, () => ["x".repeat(100)])
    );
    model.limitResponses(5000);
    await expect(
      model.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1:A100").load("values");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    await model.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1:A40").load("values");
      await context.sync();
    });
    expect(model.syncs.at(-1)?.responseBytes).toBeGreaterThan(4000);
  });
});

describe("page set-up", () => {
  it("drops fit to pages without an error when a test asks, as office-js#1860 reports", async () => {
    const model = twoSheets();
    model.ignoreFitToPages();
    const zoom = await model.run(async (context) => {
      const layout = context.workbook.worksheets.getItem("Data").pageLayout;
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.load("zoom");
      await context.sync();
      return layout.zoom;
    });
    expect(zoom).toEqual({ scale: 100 });
  });
});
