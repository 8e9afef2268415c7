import { createExcelModel, type ExcelModel, type ExcelModelContext } from "./index";

function act(model: ExcelModel, what: (context: ExcelModelContext) => void): Promise<void> {
  return model.run(async (context) => {
    what(context);
    await context.sync();
  });
}

/** A table over A2:B4 of "Scorecard", and a formula on another sheet that reads it. */
async function withTable(): Promise<ExcelModel> {
  const model = createExcelModel();
  model.addSheet("Scorecard", [
    ["Title"],
    ["Indicator", "RAG"],
    ["Referrals", "Red"],
    ["Re-referrals", "Green"],
    ["Assessments", "Amber"],
  ]);
  model.addSheet("Mine", [[null]], { formulas: [["=INDEX(CSC_Scorecard[RAG],3)"]] });
  await act(model, (context) => {
    context.workbook.worksheets.getItem("Scorecard").tables.add("A2:B4", true).name =
      "CSC_Scorecard";
  });
  return model;
}

const resize = (address: string) => (context: ExcelModelContext) =>
  context.workbook.tables.getItem("CSC_Scorecard").resize(address);

describe("Table.resize", () => {
  it("grows and shrinks the table in place, keeping its name for its structured references", async () => {
    const model = await withTable();
    expect(model.evaluate("Mine", "A1")).toBe("#REF!");
    await act(model, resize("A2:B5"));
    expect(model.workbook.tables()).toEqual([
      expect.objectContaining({ name: "CSC_Scorecard", address: "Scorecard!A2:B5" }),
    ]);
    expect(model.evaluate("Mine", "A1")).toBe("Amber");
    await act(model, resize("A2:B3"));
    expect(model.workbook.tables()[0]?.address).toBe("Scorecard!A2:B3");
    expect(model.workbook.sheet("Scorecard").values("A5")).toEqual([["Assessments"]]);
  });

  it("takes a Range too, and names a blank header it takes in", async () => {
    const model = await withTable();
    await act(model, (context) => {
      const sheet = context.workbook.worksheets.getItem("Scorecard");
      context.workbook.tables.getItem("CSC_Scorecard").resize(sheet.getRange("A2:C4"));
    });
    expect(model.workbook.sheet("Scorecard").values("C2")).toEqual([["Column3"]]);
  });

  it.each([
    ["that does not overlap the table", "D2:E4"],
    ["whose top row is not the headers' row", "A3:B5"],
    ["of the headers alone", "A2:B2"],
    ["on another sheet", "Mine!A2:B4"],
  ])("refuses a range %s", async (_why, address) => {
    const model = await withTable();
    await expect(act(model, resize(address))).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(model.workbook.tables()[0]?.address).toBe("Scorecard!A2:B4");
  });

  it("refuses to grow over another table", async () => {
    const model = await withTable();
    await act(model, (context) => {
      context.workbook.worksheets.getItem("Scorecard").tables.add("D2:E3", true);
    });
    await expect(act(model, resize("A2:E4"))).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
