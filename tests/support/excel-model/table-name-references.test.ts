import { createExcelModel, type ExcelModel, type ExcelModelContext } from "./index";

/** A scorecard sheet with a table and a sheet-scoped name, and a sheet of formulas that use them. */
async function withTableAndName(): Promise<ExcelModel> {
  const model = createExcelModel();
  model.addSheet("Scorecard", [
    ["Month", 42339],
    ["Indicator", "RAG"],
    ["Referrals", "Red"],
    ["Re-referrals", "Green"],
  ]);
  model.addSheet("Mine", [[null], [null], [null], [null]], {
    formulas: [
      ["=INDEX(CSC_Scorecard[RAG],2)"],
      ["=Scorecard!CSC_Month"],
      ['="CSC_Scorecard[RAG]"'],
      ["=ROWS(CSC_Scorecard)"],
    ],
  });
  await act(model, (context) => {
    const sheet = context.workbook.worksheets.getItem("Scorecard");
    sheet.tables.add("A2:B4", true).name = "CSC_Scorecard";
    sheet.names.add("CSC_Month", sheet.getRange("B1"));
  });
  return model;
}

function act(model: ExcelModel, what: (context: ExcelModelContext) => void): Promise<void> {
  return model.run(async (context) => {
    what(context);
    await context.sync();
  });
}

describe("structured references", () => {
  it("follow a renamed table, and nothing that only looks like one", async () => {
    const model = await withTableAndName();
    await act(model, (context) => {
      context.workbook.tables.getItem("CSC_Scorecard").name = "Old_Scorecard";
    });
    expect(model.workbook.sheet("Mine").formulas("A1:A4")).toEqual([
      ["=INDEX(Old_Scorecard[RAG],2)"],
      ["=Scorecard!CSC_Month"],
      ['="CSC_Scorecard[RAG]"'],
      ["=ROWS(Old_Scorecard)"],
    ]);
    expect(model.evaluate("Mine", "A1")).toBe("Green");
  });

  it("turn into #REF! when the table is deleted", async () => {
    const model = await withTableAndName();
    await act(model, (context) => context.workbook.tables.getItem("CSC_Scorecard").delete());
    const mine = model.workbook.sheet("Mine");
    expect(mine.formulas("A1")).toEqual([["=INDEX(#REF!,2)"]]);
    expect(mine.values("A1")).toEqual([["#REF!"]]);
    expect(mine.formulas("A4")).toEqual([["=ROWS(#REF!)"]]);
    expect(model.evaluate("Mine", "A1")).toBe("#REF!");
  });

  it("turn into #REF! when the sheet holding the table is deleted", async () => {
    const model = await withTableAndName();
    await act(model, (context) => context.workbook.worksheets.getItem("Scorecard").delete());
    expect(model.workbook.sheet("Mine").formulas("A1")).toEqual([["=INDEX(#REF!,2)"]]);
    expect(model.evaluate("Mine", "A1")).toBe("#REF!");
    expect(model.evaluate("Mine", "A2")).toBe("#REF!");
  });
});

describe("defined names", () => {
  it("that are deleted leave the formulas using them as they were, showing #NAME?", async () => {
    const model = await withTableAndName();
    await act(model, (context) =>
      context.workbook.worksheets.getItem("Scorecard").names.getItem("CSC_Month").delete()
    );
    const mine = model.workbook.sheet("Mine");
    expect(mine.formulas("A2")).toEqual([["=Scorecard!CSC_Month"]]);
    expect(mine.values("A2")).toEqual([["#NAME?"]]);
    expect(mine.values("A1")).not.toEqual([["#NAME?"]]);
    expect(model.evaluate("Mine", "A2")).toBe("#NAME?");
  });

  it("of the workbook break bare uses, but not a sheet's own name of that spelling", async () => {
    const model = createExcelModel();
    model.addSheet("Data", [[5, 7]]);
    model.addSheet("Mine", [[null, null]], { formulas: [["=Month", "=Data!Month"]] });
    model.addSheet("Other", [[null]], { formulas: [["=Month"]] });
    await act(model, (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      context.workbook.names.add("Month", data.getRange("A1"));
      context.workbook.worksheets.getItem("Other").names.add("Month", data.getRange("B1"));
    });
    expect(model.evaluate("Mine", "A1")).toBe(5);
    expect(model.evaluate("Other", "A1")).toBe(7);
    await act(model, (context) => context.workbook.names.getItem("Month").delete());
    expect(model.workbook.sheet("Mine").values("A1")).toEqual([["#NAME?"]]);
    expect(model.workbook.sheet("Other").values("A1")).toEqual([[""]]);
    expect(model.evaluate("Mine", "A1")).toBe("#NAME?");
    expect(model.evaluate("Other", "A1")).toBe(7);
  });
});
