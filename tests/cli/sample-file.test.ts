import ExcelJS from "exceljs";
import path from "node:path";
import { SAMPLE_WORKBOOK } from "../../src/cli/sample/sample-file";
import { sampleWorkbook } from "../../src/cli/sample/sample-workbook";
import { sampleXlsx } from "../../src/cli/sample/sample-xlsx";

/** What an analyst sees of a workbook: its sheets in order, each cell's value, format and weight. */
async function contents(source: string | Buffer) {
  const workbook = new ExcelJS.Workbook();
  if (typeof source === "string") await workbook.xlsx.readFile(source);
  else await workbook.xlsx.load(source as unknown as ArrayBuffer);
  return {
    created: workbook.created?.toISOString(),
    modified: workbook.modified?.toISOString(),
    sheets: workbook.worksheets.map((sheet) => {
      const cells: Array<[string, unknown, string, boolean]> = [];
      sheet.eachRow({ includeEmpty: false }, (row) =>
        row.eachCell({ includeEmpty: false }, (cell) => {
          const value = cell.value instanceof Date ? cell.value.toISOString() : cell.value;
          cells.push([cell.address, value, cell.numFmt ?? "General", cell.font?.bold === true]);
        })
      );
      const widths = sheet.columns.map((column) => column.width ?? null);
      return { name: sheet.name, cells, widths };
    }),
  };
}

describe("the shipped sample workbook", () => {
  it("is what `npm run sample:build` generates, cell for cell", async () => {
    const shipped = await contents(path.join(__dirname, "..", "..", SAMPLE_WORKBOOK));
    const generated = await contents(await sampleXlsx(sampleWorkbook()));
    expect(shipped.sheets.map((s) => s.name)).toEqual([
      "CSC Data",
      "CSC Comparators",
      "CSC Settings",
    ]);
    // If this fails after changing src/cli/sample, run `npm run sample:build` and commit the file.
    expect(shipped).toEqual(generated);
  });
});
