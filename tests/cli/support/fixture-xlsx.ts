import ExcelJS from "exceljs";

/** A cell of a fixture: a plain value, an Excel error, or a value with its number format. */
export type FixtureCell =
  | string
  | number
  | null
  | { readonly error: "#N/A" | "#DIV/0!" | "#VALUE!" | "#REF!" }
  | { readonly value: number | string | Date; readonly format: string };

export interface FixtureSheet {
  readonly name: string;
  readonly rows: ReadonlyArray<readonly FixtureCell[]>;
}

/**
 * A real .xlsx file's bytes, written with exceljs as an analyst's Excel would save it: numbers,
 * text, error values, dates and percentages with their number formats.
 * @example writeFileSync(file, await fixtureXlsx([{ name: "CSC Data", rows }]))
 */
export async function fixtureXlsx(sheets: readonly FixtureSheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date(Date.UTC(2015, 5, 1));
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell === null || cell === "") return;
        const target = worksheet.getCell(r + 1, c + 1);
        if (typeof cell === "object" && "error" in cell) target.value = { error: cell.error };
        else if (typeof cell === "object") {
          target.value = cell.value;
          target.numFmt = cell.format;
        } else target.value = cell;
      })
    );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A month heading as Excel keeps it: the first of the month, shown mmm-yy. */
export function monthCell(year: number, month: number): FixtureCell {
  return { value: new Date(Date.UTC(year, month - 1, 1)), format: "mmm-yy" };
}

/** A percentage as Excel keeps it: a fraction shown as a percent. */
export function percentCell(percent: number): FixtureCell {
  return { value: percent / 100, format: "0.0%" };
}
