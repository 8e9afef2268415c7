import { ROLE_KEY } from "../../../src/refresh/output/markers";
import { readGrids } from "../../../src/excel/read/read-grids";
import { createExcelModel } from "../../support/excel-model";

const asContext = (context: unknown) => context as Excel.RequestContext;

describe("reading input sheets through Office.js", () => {
  it("reads the used ranges of the input sheets in two syncs, with their number formats", async () => {
    const model = createExcelModel();
    model.addSheet("Cover", [["Scorecard pack"]]);
    model.addSheet(
      "CSC Data",
      [
        ["", "", ""],
        ["", "Apr-15", "May-15"],
        ["Referrals", 319, 416],
      ],
      { at: "B2" }
    );
    model.addSheet(
      "CSC Settings",
      [
        ["Local authority", "Peterborough"],
        ["Population", 42000],
      ],
      {
        numberFormat: [
          ["General", "General"],
          ["General", "#,##0"],
        ],
      }
    );
    model.resetCounters();

    const { grids, stats } = await model.run((context) =>
      readGrids(asContext(context), [
        { sheet: "CSC Data", numberFormats: true },
        { sheet: "CSC Settings", numberFormats: true },
        { sheet: "CSC Comparators", numberFormats: true },
      ])
    );

    expect(stats.syncs).toBe(2);
    expect(model.syncCount).toBe(2);
    const data = grids.get("CSC Data")?.grid;
    expect(data?.origin).toEqual({ row: 2, column: 1 }); // B3: the seeded B2 row is empty
    expect(data?.values).toEqual([
      ["", "Apr-15", "May-15"],
      ["Referrals", 319, 416],
    ]);
    expect(grids.get("CSC Settings")?.grid.numberFormats?.[1]).toEqual(["General", "#,##0"]);
    expect(grids.get("CSC Comparators")).toBeNull();
  });

  it("lets a caller's loads ride on its first sync, and gives back what they read", async () => {
    const model = createExcelModel();
    model.addSheet("CSC Data", [["Referrals", 1]]);
    model.addSheet("Cover", [["Pack"]]);
    model.resetCounters();
    const { grids, alongside, stats } = await model.run((context) =>
      readGrids(asContext(context), [{ sheet: "CSC Data", numberFormats: false }], {
        alongside: () => {
          const active = context.workbook.worksheets.getActiveWorksheet().load("name");
          return () => active.name;
        },
      })
    );
    expect(alongside).toBe("CSC Data");
    expect(grids.get("CSC Data")?.grid.values).toEqual([["Referrals", 1]]);
    expect(stats.syncs).toBe(2);
    expect(model.syncs[0]?.labels).toContain("Worksheet.load");
  });

  it("gives an empty sheet as an empty grid, not as a missing one", async () => {
    const model = createExcelModel();
    model.addSheet("CSC Data");
    const { grids } = await model.run((context) =>
      readGrids(asContext(context), [{ sheet: "CSC Data", numberFormats: false }])
    );
    expect(grids.get("CSC Data")).toEqual({
      grid: { sheet: "CSC Data", values: [] },
      generated: false,
    });
  });

  it("reads 200,000 referral rows in row chunks once the whole is refused, each response well under 5 MB", async () => {
    const model = createExcelModel();
    const rows = Array.from({ length: 200_000 }, (_, i) => [
      `C${i % 70_000}`,
      42_000 + (i % 2000),
      "Police",
    ]);
    model.addSheet("Referrals", [["Child id", "Referral date", "Source"], ...rows]);
    model.resetCounters();
    const { grids, stats } = await model.run((context) =>
      readGrids(asContext(context), [{ sheet: "Referrals", numberFormats: true }])
    );
    expect(grids.get("Referrals")?.grid.values).toHaveLength(200_001);
    expect(grids.get("Referrals")?.grid.numberFormats?.[200_000]).toEqual([
      "General",
      "General",
      "General",
    ]);
    expect(grids.get("Referrals")?.grid.values[200_000]).toEqual(rows[199_999]);
    // The names, the whole sheet refused, its size, then as many 4 MB batches as it takes.
    const batches = Math.ceil(200_001 / Math.floor((4 * 1024 * 1024) / (3 * (24 + 12))));
    expect(model.syncs.map((s) => s.failed ?? "ok")).toEqual([
      "ok",
      "ResponsePayloadSizeLimitExceeded",
      "ok",
      ...Array.from({ length: batches }, () => "ok"),
    ]);
    expect(stats.syncs).toBe(3 + batches);
    expect(stats.largestResponseBytes).toBeLessThan(5 * 1024 * 1024);
  });

  it("leaves the sheets it reads unchanged", async () => {
    const model = createExcelModel();
    model.addSheet("CSC Data", [["Referrals", 1]]);
    const before = model.snapshot();
    await model.run((context) =>
      readGrids(asContext(context), [{ sheet: "CSC Data", numberFormats: true }])
    );
    expect(model.snapshot()).toEqual(before);
  });

  it("says which sheets the add-in wrote, by their marker, in the same syncs", async () => {
    const model = createExcelModel();
    model.addSheet("CSC Data", [["Referrals", 1]]);
    model.addSheet("Scorecard", [["Scorecard"]]);
    await model.run(async (context) => {
      context.workbook.worksheets.getItem("Scorecard").customProperties.add(ROLE_KEY, "scorecard");
      await context.sync();
    });
    model.resetCounters();
    const { grids, stats } = await model.run((context) =>
      readGrids(asContext(context), [
        { sheet: "CSC Data", numberFormats: true },
        { sheet: "Scorecard", numberFormats: true },
      ])
    );
    expect(grids.get("CSC Data")?.generated).toBe(false);
    expect(grids.get("Scorecard")?.generated).toBe(true);
    expect(stats.syncs).toBe(2);
  });

  it("reads a batch again in halves when Excel on the web refuses its response as too large", async () => {
    const model = createExcelModel();
    const rows = Array.from({ length: 200 }, (_, i) => [`${i} ${"long note ".repeat(20)}`, i]);
    model.addSheet("Notes", rows);
    model.limitResponses(30_000);
    model.resetCounters();
    const { grids, stats } = await model.run((context) =>
      readGrids(asContext(context), [{ sheet: "Notes", numberFormats: true }])
    );
    expect(grids.get("Notes")?.grid.values).toEqual(rows);
    expect(model.syncs.map((s) => s.failed ?? "ok")).toEqual([
      "ok",
      "ResponsePayloadSizeLimitExceeded",
      "ok",
      "ResponsePayloadSizeLimitExceeded",
      "ok",
      "ok",
    ]);
    expect(stats.syncs).toBe(6);
  });

  it("gives up, bounded, when even one row's response is too large", async () => {
    const model = createExcelModel();
    model.addSheet("Notes", [["x".repeat(5000)], ["y"]]);
    model.limitResponses(1000);
    model.resetCounters();
    await expect(
      model.run((context) =>
        readGrids(asContext(context), [{ sheet: "Notes", numberFormats: false }])
      )
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    // The names, the whole refused, the sizes, then two rows, then the first alone.
    expect(model.syncCount).toBeLessThanOrEqual(3 + 2);
  });
});
