import { createExcelModel } from "./index";

async function addSheet(name: string, existing: string[] = ["Data"]) {
  const model = createExcelModel();
  for (const sheet of existing) model.addSheet(sheet);
  await model.run(async (context) => {
    context.workbook.worksheets.add(name);
    await context.sync();
  });
  return model;
}

describe("worksheets", () => {
  it("refuses sheet names that break Excel's rules", async () => {
    const bad = [
      "",
      "x".repeat(32),
      "Q1/Q2",
      "a[b]",
      "a:b",
      "a*b",
      "a?b",
      "a\\b",
      "'quoted",
      "quoted'",
      "History",
      "history",
    ];
    for (const name of bad) {
      await expect(addSheet(name)).rejects.toMatchObject({ code: "InvalidArgument" });
    }
  });

  it("accepts a name of up to 31 characters with spaces and apostrophes inside", async () => {
    const name = "Children's social care, 2015-16";
    const model = await addSheet(name);
    expect(model.workbook.sheetNames()).toEqual(["Data", name]);
  });

  it("refuses a duplicate name regardless of case", async () => {
    await expect(addSheet("DATA")).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  it("names unnamed sheets Sheet1, Sheet2... and adds them at the end", async () => {
    const model = createExcelModel();
    model.addSheet("Sheet1");
    await model.run(async (context) => {
      context.workbook.worksheets.add();
      context.workbook.worksheets.add();
      await context.sync();
    });
    expect(model.workbook.sheetNames()).toEqual(["Sheet1", "Sheet2", "Sheet3"]);
  });

  it("reports a missing sheet at sync with ItemNotFound", async () => {
    const model = createExcelModel();
    model.addSheet("Data");
    await expect(
      model.run(async (context) => {
        context.workbook.worksheets.getItem("Missing").getRange("A1").load("values");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("refuses to delete or hide the last visible sheet", async () => {
    const model = createExcelModel();
    model.addSheet("Only");
    await expect(
      model.run(async (context) => {
        context.workbook.worksheets.getItem("Only").delete();
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    await expect(
      model.run(async (context) => {
        context.workbook.worksheets.getItem("Only").visibility = "Hidden";
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("renames under the same rules and keeps the proxy bound to its sheet", async () => {
    const model = createExcelModel();
    model.addSheet("Data");
    model.addSheet("Other");
    await model.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.name = "CSC Data";
      sheet.getRange("A1").values = [["kept"]];
      await context.sync();
    });
    expect(model.workbook.sheet("CSC Data").values("A1")).toEqual([["kept"]]);
    await expect(
      model.run(async (context) => {
        context.workbook.worksheets.getItem("CSC Data").name = "other";
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  it("moves, hides and activates sheets", async () => {
    const model = createExcelModel();
    model.addSheet("A");
    model.addSheet("B");
    model.addSheet("C");
    await model.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.getItem("C").position = 0;
      sheets.getItem("B").visibility = "Hidden";
      sheets.getItem("A").activate();
      await context.sync();
    });
    expect(model.workbook.sheetNames()).toEqual(["C", "A", "B"]);
    expect(model.workbook.sheet("B").visibility).toBe("Hidden");
    expect(model.workbook.activeSheet()).toBe("A");
  });

  it("records worksheet custom properties, overwriting by key regardless of case", async () => {
    const model = createExcelModel();
    model.addSheet("Scorecard");
    await model.run(async (context) => {
      const props = context.workbook.worksheets.getItem("Scorecard").customProperties;
      props.add("CscScorecard", "v1");
      props.add("cscscorecard", "v2");
      const found = props.getItemOrNullObject("CSCSCORECARD");
      const missing = props.getItemOrNullObject("Other");
      found.load("value");
      await context.sync();
      expect(found.value).toBe("v2");
      expect(missing.isNullObject).toBe(true);
    });
    expect(model.workbook.sheet("Scorecard").snapshot().customProperties).toEqual({
      CscScorecard: "v2",
    });
  });

  it("opens an unseeded model with an empty Sheet1, like a new workbook", async () => {
    const model = createExcelModel();
    await model.run(async (context) => {
      context.workbook.worksheets.load("items/name");
      await context.sync();
    });
    expect(model.workbook.sheetNames()).toEqual(["Sheet1"]);
  });
});
