import type { SampleSheet } from "../../../src/cli/sample/sample-workbook";
import type { RefreshHost, SheetRead } from "../../../src/refresh/refresh-host";

/**
 * A host over the sample's sheets with their number formats (which tell percentages and month
 * headings apart, as an .xlsx host reads them), writing nothing.
 */
export function sampleSheetsHost(sheets: readonly SampleSheet[]): RefreshHost {
  const find = (name: string) => sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  return {
    readSheets(names) {
      const grids = new Map<string, SheetRead | null>();
      for (const name of names) {
        const sheet = find(name);
        grids.set(
          name,
          sheet === undefined
            ? null
            : {
                grid: {
                  sheet: sheet.name,
                  values: sheet.values,
                  numberFormats: sheet.numberFormats,
                },
                generated: false,
              }
        );
      }
      return Promise.resolve(grids);
    },
    applyPlan(plan) {
      return Promise.resolve({
        ok: true,
        sheets: plan.sheets.map((sheet) => sheet.preferredName),
        messages: [],
      });
    },
  };
}
