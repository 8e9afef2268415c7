import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { SampleSheet } from "./sample-workbook";

/**
 * The document dates the sample carries, and its zip entries' dates: fixed, so that building it
 * twice gives the same file, and rebuilding an unchanged sample leaves git nothing to commit.
 */
export const SAMPLE_DOCUMENT_DATE = new Date(Date.UTC(2015, 5, 2, 9, 0, 0));

/** Rows written bold: the banner and the headings of each sheet. */
const BOLD_LABELS: ReadonlySet<string> = new Set(["Measure", "Indicator", "Setting", "Notes"]);

/**
 * The sample's sheets as an .xlsx file, written with exceljs: values, number formats (month
 * headings are dates shown mmm-yy, printed percentages 0.0%), column widths, and bold headings.
 * @example await writeFile("sample.xlsx", await sampleXlsx(sampleWorkbook()))
 */
export async function sampleXlsx(sheets: readonly SampleSheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "CSC Scorecard sample builder";
  workbook.lastModifiedBy = "CSC Scorecard sample builder";
  workbook.created = SAMPLE_DOCUMENT_DATE;
  workbook.modified = SAMPLE_DOCUMENT_DATE;
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    sheet.columnWidths.forEach((width, i) => {
      worksheet.getColumn(i + 1).width = width;
    });
    sheet.values.forEach((row, r) => {
      const bold = r === 0 || BOLD_LABELS.has(String(row[0]));
      row.forEach((value, c) => {
        if (value === "" || value === null) return;
        const cell = worksheet.getCell(r + 1, c + 1);
        cell.value = value;
        const format = sheet.numberFormats[r]?.[c] ?? "General";
        if (format !== "General") cell.numFmt = format;
        if (bold) cell.font = { bold: true };
      });
    });
  }
  return withFixedZipDates(Buffer.from(await workbook.xlsx.writeBuffer()));
}

/**
 * The same package re-zipped with every entry dated SAMPLE_DOCUMENT_DATE: exceljs stamps each
 * entry with the moment it was written, which would make every build's bytes differ.
 */
async function withFixedZipDates(bytes: Buffer): Promise<Buffer> {
  const source = await JSZip.loadAsync(bytes);
  const fixed = new JSZip();
  for (const entry of Object.values(source.files)) {
    if (entry.dir) continue;
    fixed.file(entry.name, await entry.async("uint8array"), {
      date: SAMPLE_DOCUMENT_DATE,
      createFolders: false,
    });
  }
  return fixed.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
