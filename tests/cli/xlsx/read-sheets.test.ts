import JSZip from "jszip";
import { openXlsxHost } from "../../../src/cli/xlsx/xlsx-host";
import { xlsxBytes } from "./support/workbook-file";

/** A workbook with one sheet of cells as an analyst's might hold them, from B3 on. */
async function analystCells(): Promise<Uint8Array> {
  return xlsxBytes([], (workbook) => {
    const sheet = workbook.addWorksheet("CSC Data");
    sheet.getCell("B3").value = new Date(Date.UTC(2015, 4, 1));
    sheet.getCell("B3").numFmt = "mmm-yy";
    sheet.getCell("C3").value = 0.226;
    sheet.getCell("C3").numFmt = "0.0%";
    sheet.getCell("D3").value = { formula: "C3*2", result: 0.452 };
    sheet.getCell("E3").value = { error: "#N/A" };
    sheet.getCell("F3").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    sheet.getCell("B4").value = {
      richText: [{ text: "Refer", font: { bold: true } }, { text: "rals" }],
    };
    sheet.getCell("C4").value = { text: "DfE table", hyperlink: "https://example.org/table" };
    sheet.getCell("D4").value = true;
    sheet.getCell("E4").value = 857;
    sheet.getCell("E4").numFmt = "#,##0";
    sheet.getCell("F4").value = { formula: "EDATE(B3,1)", result: new Date(Date.UTC(2015, 5, 1)) };
    sheet.getCell("F4").numFmt = "dd/mm/yyyy";
    // Formatting alone is not a value: it must not widen the used range.
    sheet.getCell("H9").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } };
  });
}

describe("reading an .xlsx as Office.js reads a workbook", () => {
  it("gives the used range's values as range.values reports them, with its origin", async () => {
    const host = await openXlsxHost(await analystCells());
    const read = (await host.readSheets(["CSC Data"])).sheets.get("CSC Data");
    expect(read?.generated).toBe(false);
    expect(read?.grid.origin).toEqual({ row: 2, column: 1 });
    expect(read?.grid.values).toEqual([
      [42125, 0.226, 0.452, "#N/A", "#DIV/0!"],
      ["Referrals", "DfE table", true, 857, 42156],
    ]);
  });

  it("gives every cell's number format, General where none is set", async () => {
    const host = await openXlsxHost(await analystCells());
    const grid = (await host.readSheets(["CSC Data"])).sheets.get("CSC Data")?.grid;
    expect(grid?.numberFormats).toEqual([
      ["mmm-yy", "0.0%", "General", "General", "General"],
      ["General", "General", "General", "#,##0", "dd/mm/yyyy"],
    ]);
  });

  it("keeps the serial numbers of the 1900 date system, its phantom 29 February 1900 included", async () => {
    const bytes = await xlsxBytes([], (workbook) => {
      const sheet = workbook.addWorksheet("Dates");
      [1, 59, 60, 61, 42125.5].forEach((serial, i) => {
        const cell = sheet.getCell(i + 1, 1);
        cell.value = serial;
        cell.numFmt = "d mmm yyyy";
      });
    });
    const grid = (await (await openXlsxHost(bytes)).readSheets(["Dates"])).sheets.get(
      "Dates"
    )?.grid;
    expect(grid?.values).toEqual([[1], [59], [60], [61], [42125.5]]);
  });

  it("gives the serial numbers a 1904 workbook stores", async () => {
    const bytes = await xlsxBytes([], (workbook) => {
      workbook.properties.date1904 = true;
      const sheet = workbook.addWorksheet("Dates");
      sheet.getCell("A1").value = 40663;
      sheet.getCell("A1").numFmt = "mmm-yy";
    });
    const grid = (await (await openXlsxHost(bytes)).readSheets(["Dates"])).sheets.get(
      "Dates"
    )?.grid;
    expect(grid?.values).toEqual([[40663]]);
  });

  it("counts only the top-left cell of a merged area as holding its value, as Excel does", async () => {
    const bytes = await xlsxBytes([], (workbook) => {
      const sheet = workbook.addWorksheet("Merged");
      sheet.getCell("A1").value = "Children's social care: monthly data";
      sheet.mergeCells("A1:C1");
      sheet.getCell("A2").value = "Measure";
      sheet.getCell("C2").value = 1;
    });
    const grid = (await (await openXlsxHost(bytes)).readSheets(["Merged"])).sheets.get(
      "Merged"
    )?.grid;
    expect(grid?.values).toEqual([
      ["Children's social care: monthly data", "", ""],
      ["Measure", "", 1],
    ]);
  });

  it("matches sheet names ignoring case, keys them as asked, and maps a missing sheet to null", async () => {
    const host = await openXlsxHost(await analystCells());
    const reads = (await host.readSheets(["csc data", "CSC Settings"])).sheets;
    expect(reads.get("csc data")?.grid.sheet).toBe("CSC Data");
    expect(reads.get("CSC Settings")).toBeNull();
  });

  it("reads an empty sheet as a grid with no values", async () => {
    const bytes = await xlsxBytes([], (workbook) => workbook.addWorksheet("Empty"));
    const read = (await (await openXlsxHost(bytes)).readSheets(["Empty"])).sheets.get("Empty");
    expect(read?.grid.values).toEqual([]);
  });

  it("refuses, in words, a file that is not an .xlsx", async () => {
    await expect(openXlsxHost(new TextEncoder().encode("Month,Referrals\n"))).rejects.toThrow(
      /not an Excel workbook \(\.xlsx\).*not a zip archive/
    );
    const zip = new JSZip();
    zip.file("notes.txt", "hello");
    const archive = await zip.generateAsync({ type: "uint8array" });
    await expect(openXlsxHost(archive)).rejects.toThrow(/zip archive, but holds no workbook/);
  });
});
