import { Workbook } from "exceljs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import example from "../../../../docs/example-workbook.json";
import type { RawCell } from "../../../../src/sheet/grid";

/** A sheet to seed: its name and rows of values ("" or null for an empty cell). */
export interface SeedSheet {
  readonly name: string;
  readonly values: readonly (readonly (RawCell | Date)[])[];
}

/** The example workbook's sheets (docs/example-workbook.json), as the end-to-end tests read them. */
export const EXAMPLE_SHEETS: readonly SeedSheet[] = example.sheets;

/** An .xlsx file's bytes with these sheets, written by exceljs as an analyst's file would be. */
export async function xlsxBytes(
  sheets: readonly SeedSheet[],
  edit: (workbook: Workbook) => void = () => undefined
): Promise<Uint8Array> {
  const workbook = new Workbook();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    sheet.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== "" && value !== null) worksheet.getCell(r + 1, c + 1).value = value;
      })
    );
  }
  edit(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A fresh folder under the system's temporary folder, for files a test writes and reads back. */
export function tempFolder(): string {
  return mkdtempSync(path.join(tmpdir(), "csc-xlsx-"));
}

/** Writes bytes to a file in a fresh temporary folder and returns its path. */
export function tempFile(name: string, bytes: Uint8Array): string {
  const file = path.join(tempFolder(), name);
  writeFileSync(file, bytes);
  return file;
}
