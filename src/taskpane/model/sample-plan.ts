import { SAMPLE_BANNER, sampleWorkbook } from "../../cli/sample/sample-workbook";
import type { InputSheetsPlan } from "../../plan/input-sheets/input-sheets-plan";

/** Rows the sample writes bold, as its .xlsx has them: the banner and each table's heading. */
const BOLD_LABELS: ReadonlySet<string> = new Set(["Measure", "Indicator", "Setting", "Notes"]);

/**
 * The command line's sample workbook (src/cli/sample, the same sheets as
 * samples/sample-scorecard-data.xlsx) as input sheets to insert: every sheet starts with the banner
 * that says it is a fictional authority's sample.
 * @example samplePlan().sheets.map((s) => s.name) // ["CSC Data", "CSC Comparators", "CSC Settings"]
 */
export function samplePlan(): InputSheetsPlan {
  return {
    what: "the sample data (Sample Borough, a fictional authority)",
    sheets: sampleWorkbook().map((sheet) => ({
      name: sheet.name,
      values: sheet.values.map((row) => row.map((cell) => cell ?? "")),
      numberFormats: sheet.numberFormats,
      columnWidths: sheet.columnWidths,
      boldRows: sheet.values.flatMap((row, r) =>
        (r === 0 && row[0] === SAMPLE_BANNER) || BOLD_LABELS.has(String(row[0])) ? [r] : []
      ),
    })),
  };
}
