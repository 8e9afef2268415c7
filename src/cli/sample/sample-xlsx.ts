import ExcelJS from "exceljs";
import type { SampleSheet } from "./sample-workbook";

/**
 * The document dates the sample carries: fixed, so that building it twice gives the same workbook
 * (the zip's own timestamps still differ, which is why the check compares cells, not bytes).
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
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
