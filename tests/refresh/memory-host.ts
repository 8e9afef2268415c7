import type { ScorecardPlan } from "../../src/plan/plan-types";
import type { AppliedPlan, RefreshHost, SheetRead } from "../../src/refresh/refresh-host";
import type { RawCell } from "../../src/sheet/grid";

/** A host over plain grids that records what the refresh asked of it. */
export interface MemoryHost extends RefreshHost {
  readonly reads: string[][];
  readonly plans: ScorecardPlan[];
}

export function memoryHost(
  sheets: ReadonlyArray<{
    name: string;
    values: readonly (readonly RawCell[])[];
    /** Given, the grid carries them, as a host that reads number formats does. */
    numberFormats?: readonly (readonly string[])[];
    generated?: boolean;
    /** A scorecard sheet the analyst renamed or copied to keep. */
    kept?: boolean;
  }>,
  apply: (plan: ScorecardPlan) => AppliedPlan = (plan) => ({
    ok: true,
    sheets: plan.sheets.map((sheet) => sheet.preferredName),
    messages: [],
  })
): MemoryHost {
  const reads: string[][] = [];
  const plans: ScorecardPlan[] = [];
  const find = (name: string) =>
    sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  return {
    reads,
    plans,
    readSheets(names) {
      reads.push([...names]);
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
                  ...(sheet.numberFormats === undefined
                    ? {}
                    : { numberFormats: sheet.numberFormats }),
                },
                generated: sheet.generated ?? false,
              }
        );
      }
      const keptSheets = sheets.filter((sheet) => sheet.kept === true).map((s) => s.name);
      return Promise.resolve({ sheets: grids, keptSheets });
    },
    applyPlan(plan) {
      plans.push(plan);
      return Promise.resolve(apply(plan));
    },
  };
}
