import { createExcelModel, type ExcelModel, type ExcelModelContext } from "./index";
import { shiftFormula } from "./range-copy";

function act(model: ExcelModel, what: (context: ExcelModelContext) => void): Promise<void> {
  return model.run(async (context) => {
    what(context);
    await context.sync();
  });
}

/** A source sheet with values, a formula, formats, a custom width and height; an empty target. */
async function twoSheets(): Promise<ExcelModel> {
  const model = createExcelModel();
  model.addSheet("From", [
    ["Month", 42339],
    ["Total", null],
  ]);
  model.addSheet("To");
  await act(model, (context) => {
    const from = context.workbook.worksheets.getItem("From");
    from.getRange("B2").formulas = [["=B1*2"]];
    from.getRange("B1").numberFormat = [["mmm yyyy"]];
    from.getRange("A1:B1").format.fill.color = "#1F3864";
    from.getRange("A:A").format.columnWidth = 120;
    from.getRange("1:1").format.rowHeight = 30;
  });
  return model;
}

const copy =
  (
    destination: string,
    source: string,
    ...rest: [
      copyType?: "All" | "Formulas" | "Values" | "Formats",
      skipBlanks?: boolean,
      transpose?: boolean,
    ]
  ) =>
  (context: ExcelModelContext) =>
    context.workbook.worksheets
      .getItem("To")
      .getRange(destination)
      .copyFrom(source, ...rest);

describe("Range.copyFrom", () => {
  it("copies values, formulas and formats across sheets, expanding a one-cell destination", async () => {
    const model = await twoSheets();
    await act(model, copy("A1", "From!A1:B2"));
    const to = model.workbook.sheet("To");
    expect(to.formulas("A1:B2")).toEqual([
      ["Month", 42339],
      ["Total", "=B1*2"],
    ]);
    expect(to.numberFormats("B1")).toEqual([["mmm yyyy"]]);
    expect(to.cell("A1").format).toMatchObject({ "fill.color": "#1F3864" });
  });

  it("does not copy column widths or row heights", async () => {
    const model = await twoSheets();
    await act(model, copy("A1", "From!A1:B2"));
    const to = model.workbook.sheet("To");
    expect(to.columnWidth("A")).toBe(48);
    expect(to.rowHeight(1)).toBe(15);
  });

  it("moves relative references with the cells and keeps absolute ones", async () => {
    const model = await twoSheets();
    await act(model, copy("C3", "From!B2"));
    expect(model.workbook.sheet("To").formulas("C3")).toEqual([["=C2*2"]]);
    expect(shiftFormula("=A1+$B$1+'My sheet'!C$3", 1, 2)).toBe("=C2+$B$1+'My sheet'!E$3");
    expect(shiftFormula("=A1", -1, 0)).toBe("=#REF!");
  });

  it("clears what the destination held where the source is blank, unless skipBlanks", async () => {
    const model = await twoSheets();
    await act(model, (context) => {
      const to = context.workbook.worksheets.getItem("To");
      to.getRange("A1:C3").values = [
        ["x", "x", "x"],
        ["x", "x", "x"],
        ["x", "x", "x"],
      ];
      to.getRange("A1:C3").format.font.bold = true;
    });
    await act(model, copy("A1:C3", "From!A1:C3"));
    const to = model.workbook.sheet("To");
    expect(to.values("C1:C3")).toEqual([[""], [""], [""]]);
    expect(to.cell("C3").format).toBeUndefined();
    await act(model, (context) => {
      context.workbook.worksheets.getItem("To").getRange("C1").values = [["kept"]];
    });
    await act(model, copy("A1:C1", "From!A1:C1", "All", true));
    expect(to.values("C1")).toEqual([["kept"]]);
  });

  it("copies only what copyType says", async () => {
    const model = await twoSheets();
    await act(model, copy("A1", "From!A1:B2", "Values"));
    const to = model.workbook.sheet("To");
    expect(to.formulas("B2")).toEqual([[""]]);
    expect(to.cell("A1").format).toBeUndefined();
    await act(model, copy("D1", "From!A1:B2", "Formats"));
    expect(to.values("D1")).toEqual([[""]]);
    expect(to.cell("D1").format).toMatchObject({ "fill.color": "#1F3864" });
    await act(model, copy("G1", "From!A1:B2", "Formulas"));
    expect(to.formulas("H2")).toEqual([["=H1*2"]]);
    expect(to.numberFormats("H1")).toEqual([["General"]]);
  });

  it("repeats the source over a destination that is an exact multiple of it, as office-js#2674 reports", async () => {
    const model = await twoSheets();
    await act(model, copy("A1:B4", "From!A1:B2", "Values"));
    expect(model.workbook.sheet("To").values("A3:A4")).toEqual([["Month"], ["Total"]]);
    await act(model, copy("D1:E3", "From!A1:B2", "Values"));
    expect(model.workbook.sheet("To").values("D3")).toEqual([[""]]);
  });

  it("transposes", async () => {
    const model = await twoSheets();
    await act(model, copy("A1", "From!A1:B2", "Values", false, true));
    expect(model.workbook.sheet("To").values("A1:B2")).toEqual([
      ["Month", "Total"],
      // The model does not calculate: B2's formula shows what it was written with.
      [42339, ""],
    ]);
  });

  it("keeps a table under the destination, whose header cells take the copied text", async () => {
    const model = await twoSheets();
    await act(model, (context) => {
      const to = context.workbook.worksheets.getItem("To");
      to.getRange("A1:B3").values = [
        ["Month", "Old"],
        [1, 2],
        [3, 4],
      ];
      to.tables.add("A1:B3", true).name = "Kept";
    });
    await act(model, copy("A1:B3", "From!A1:B3"));
    expect(model.workbook.tables()).toEqual([
      expect.objectContaining({ name: "Kept", address: "To!A1:B3" }),
    ]);
    expect(model.workbook.sheet("To").values("A1:B1")).toEqual([["Month", 42339]]);
  });

  it("refuses, as not modelled, a source holding a whole table", async () => {
    const model = await twoSheets();
    await act(model, (context) => {
      context.workbook.worksheets.getItem("From").tables.add("A1:B2", true);
    });
    await expect(act(model, copy("A1", "From!A1:B2"))).rejects.toThrow(
      /does not copy a source holding a whole table/
    );
    await act(model, copy("A1", "From!A1:B1"));
    await act(model, copy("A2", "From!A2:B2"));
    expect(model.workbook.tables()).toHaveLength(1);
  });

  it("refuses a copy onto a protected sheet", async () => {
    const model = await twoSheets();
    await act(model, (context) => context.workbook.worksheets.getItem("To").protection.protect());
    await expect(act(model, copy("A1", "From!A1:B2"))).rejects.toMatchObject({
      code: "AccessDenied",
    });
  });
});
