import type { Workbook } from "exceljs";
import type { SheetRead, WorkbookReading } from "../../../refresh/refresh-host";
import { ROLE_KEY } from "../../../refresh/output/markers";
import type { OpcPackage } from "../package/opc-package";
import { surveyPackage } from "../package/package-survey";
import { readWorkbookPart } from "../package/workbook-part";
import { readGrid } from "./read-grid";

/**
 * The host's `readSheets`: each named sheet's used range as a grid (see read-grid.ts), matched
 * ignoring case as Excel matches sheet names, null for a sheet the workbook does not have, and
 * `generated` when the sheet carries the add-in's role marker, whichever host wrote it; and the
 * marked sheets under names the add-in did not give them (kept by the analyst).
 */
export async function readSheetsOf(
  pkg: OpcPackage,
  workbook: Workbook,
  names: readonly string[]
): Promise<WorkbookReading> {
  const part = await readWorkbookPart(pkg);
  const marked = new Set<string>();
  const keptSheets: string[] = [];
  if (part !== undefined) {
    const surveyed = await surveyPackage(pkg, part);
    for (const sheet of surveyed.sheets) {
      if (sheet.properties.has(ROLE_KEY)) marked.add(fold(sheet.sheet.name));
    }
    keptSheets.push(...surveyed.survey.sheets.filter((s) => s.kept).map((s) => s.name));
  }
  const date1904 = workbook.properties.date1904 === true;
  const reads = new Map<string, SheetRead | null>();
  for (const name of names) {
    const sheet = workbook.worksheets.find((w) => fold(w.name) === fold(name));
    reads.set(
      name,
      sheet === undefined
        ? null
        : { grid: readGrid(sheet, date1904), generated: marked.has(fold(sheet.name)) }
    );
  }
  return { sheets: reads, keptSheets };
}

function fold(name: string): string {
  return name.toLocaleLowerCase("en-GB");
}
