/// <reference types="office-js" />
import type { ScorecardPlan, SheetPlan } from "../../plan/plan-types";
import { a1 } from "../../sheet/a1";

/** Rows and columns to keep in view. */
type Panes = NonNullable<SheetPlan["freeze"]>;

/**
 * Freeze panes belong to the sheet in view: freezing a sheet that is not active makes Excel report
 * it as the active sheet while another is shown (OfficeDev/office-js#3148,
 * https://github.com/OfficeDev/office-js/issues/3148). So a sheet is frozen only once it has been
 * activated, earlier in the same request or in one before: the sheet the plan shows is activated
 * by the swap and frozen by the finish, later in the same request (finish-sheets.ts); one other
 * frozen sheet (the notes) is activated at the end of the build and frozen at the start of the
 * swap, before the swap shows the scorecard. (docs/excel-checks/freeze-non-active.yaml checks both
 * in Excel.)
 * @example frozenAside(plan)?.role // "notes"
 */
export function frozenAside(plan: ScorecardPlan): SheetPlan | undefined {
  const aside = plan.sheets.filter((s) => s.freeze !== null && s.role !== plan.activate);
  // A bug in the plan, not a state of the workbook: the sequence above has room for one.
  if (aside.length > 1) throw new Error("a plan may freeze one sheet besides the one it shows");
  return aside[0];
}

/**
 * Freezes the top rows and left columns of a sheet that is in view (see `frozenAside`).
 * @example freezePanes(sheet, { rows: 8, columns: 2 }); // freezeAt A1:B8
 */
export function freezePanes(sheet: Excel.Worksheet, panes: Panes): void {
  if (panes.rows > 0 && panes.columns > 0) {
    sheet.freezePanes.freezeAt(sheet.getRange(`A1:${a1(panes.rows - 1, panes.columns - 1)}`));
  } else if (panes.rows > 0) sheet.freezePanes.freezeRows(panes.rows);
  else if (panes.columns > 0) sheet.freezePanes.freezeColumns(panes.columns);
}
