import { createExcelModel, type ExcelModel, type ExcelModelContext } from "./index";

function seeded(): ExcelModel {
  const model = createExcelModel();
  model.addSheet("CSC Data", [
    ["Month", "Referrals"],
    ["Apr-15", 120],
    ["May-15", 130],
  ]);
  return model;
}

/** A small refresh: replace an output sheet, write, format, chart and name it. */
async function refresh(context: ExcelModelContext): Promise<void> {
  const sheets = context.workbook.worksheets;
  const old = sheets.getItemOrNullObject("Scorecard");
  await context.sync();
  if (!old.isNullObject) old.delete();
  const out = sheets.add("Scorecard");
  out.getRange("A1:B2").values = [
    ["Indicator", "Value"],
    ["Referrals", 250],
  ];
  out.getRange("A1:B1").format.font.bold = true;
  out.getRange("B:B").numberFormat = "#,##0" as unknown as string[][];
  out.activate();
  out.customProperties.add("CscScorecard", "1");
  out.charts.add("ColumnClustered", out.getRange("A1:B2"));
  const name = context.workbook.names.getItemOrNullObject("ScorecardValue");
  await context.sync();
  if (!name.isNullObject) name.delete();
  context.workbook.names.add("ScorecardValue", out.getRange("B2"));
  // Freeze panes act on the active view: after the sheet was activated.
  out.freezePanes.freezeRows(1);
  await context.sync();
}

describe("snapshots", () => {
  it("are equal for two models given the same operations", async () => {
    const a = seeded();
    const b = seeded();
    await a.run(refresh);
    await b.run(refresh);
    expect(a.snapshot()).toEqual(b.snapshot());
  });

  it("show that refreshing twice gives the same workbook and leaves the input sheet unchanged", async () => {
    const model = seeded();
    const before = model.snapshot();
    await model.run(refresh);
    const once = model.snapshot();
    await model.run(refresh);
    expect(model.snapshot()).toEqual(once);
    expect(model.snapshot().sheets[0]).toEqual(before.sheets[0]);
  });

  it("are plain JSON, detached from the model", async () => {
    const model = seeded();
    await model.run(refresh);
    const snap = model.snapshot();
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
    snap.sheets[0]!.cells["A1"] = { value: "changed" };
    expect(model.snapshot().sheets[0]?.cells["A1"]).toEqual({ value: "Month" });
  });

  it("differ when one operation differs", async () => {
    const a = seeded();
    const b = seeded();
    await a.run(refresh);
    await b.run(async (context) => {
      await refresh(context);
      context.workbook.worksheets.getItem("Scorecard").getRange("C5").format.fill.color = "#FFFF00";
      await context.sync();
    });
    expect(a.snapshot()).not.toEqual(b.snapshot());
  });
});
