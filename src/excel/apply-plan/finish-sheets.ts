/// <reference types="office-js" />
import type { PrintSettings, ScorecardPlan, SheetPlan } from "../../plan/plan-types";
import type { OutputNames } from "../../refresh/output/output-names";
import { a1 } from "../../sheet/a1";
import { analystMessage } from "../excel-errors";

/** Rows and columns to keep in view. */
type Panes = NonNullable<SheetPlan["freeze"]>;

/**
 * Freeze panes belong to the sheet in view: freezing a sheet that is not active makes Excel report
 * it as the active sheet while another is shown (OfficeDev/office-js#3148,
 * https://github.com/OfficeDev/office-js/issues/3148), and the docs do not say whether a sheet
 * activated earlier in the same request counts as in view. So each sheet is frozen in the request
 * after the one that activated it: the sheet the plan shows is activated by the swap and frozen by
 * the finish; one other frozen sheet (the notes) is activated at the end of the build and frozen
 * at the start of the swap, before the swap shows the scorecard.
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

/**
 * The last step of a write, in its own request after the swap: the shown sheet's freeze panes, and
 * every sheet's page set-up (orientation, paper size, margins, fit to pages, print titles and area, headers and
 * footers). The scorecard is already whole, so a failure here is a sentence for the analyst, not a
 * failed refresh. Excel may also leave "fit to pages" unset without failing (it does when the Page
 * Layout tab is not showing, OfficeDev/office-js#1860, https://github.com/OfficeDev/office-js/issues/1860),
 * so the same request reads the zoom back and says where it did not take.
 * @returns sentences for the analyst; none when everything took
 * @example const notices = await finishSheets(context, plan, names, sync); // one sync
 */
export async function finishSheets(
  context: Excel.RequestContext,
  plan: ScorecardPlan,
  names: OutputNames,
  sync: () => Promise<void>
): Promise<string[]> {
  const sheets = context.workbook.worksheets;
  const readBack: { name: string; wide: number; tall: number; layout: Excel.PageLayout }[] = [];
  try {
    context.workbook.application.suspendScreenUpdatingUntilNextSync();
    plan.sheets.forEach((sheetPlan, i) => {
      const name = names.sheets[i]?.final;
      if (name === undefined) throw new Error("every planned sheet has a naming");
      const sheet = sheets.getItem(name);
      if (sheetPlan.role === plan.activate && sheetPlan.freeze !== null) {
        freezePanes(sheet, sheetPlan.freeze);
      }
      const layout = printSetup(sheet, sheetPlan.print);
      const { fitToPagesWide: wide, fitToPagesTall: tall = 0 } = sheetPlan.print;
      readBack.push({ name, wide, tall, layout });
    });
    await sync();
  } catch (error) {
    return [
      `The scorecard is in place, but Excel did not take its frozen header and page set-up (${analystMessage(error)}). Set them by hand if you print it: View > Freeze Panes, and Page Layout > Print Titles and Scale to Fit.`,
    ];
  }
  return readBack
    .filter(
      ({ wide, tall, layout }) =>
        layout.zoom.horizontalFitToPages !== wide || (layout.zoom.verticalFitToPages ?? 0) !== tall
    )
    .map(({ name, wide, tall }) =>
      tall === 0
        ? `Excel did not set "${name}" to print ${wide} page wide: set it in Page Layout > Scale to Fit > Width before printing.`
        : `Excel did not set "${name}" to print ${wide} page wide by ${tall} tall: set it in Page Layout > Scale to Fit > Width and Height before printing.`
    );
}

/** Sets a sheet's page set-up and queues the read-back of its zoom. */
function printSetup(sheet: Excel.Worksheet, print: PrintSettings): Excel.PageLayout {
  const layout = sheet.pageLayout;
  layout.orientation = print.orientation;
  layout.paperSize = print.paperSize;
  if (print.margins !== undefined) {
    layout.leftMargin = print.margins.left;
    layout.rightMargin = print.margins.right;
    layout.topMargin = print.margins.top;
    layout.bottomMargin = print.margins.bottom;
    layout.headerMargin = print.margins.header;
    layout.footerMargin = print.margins.footer;
  }
  // Fit to pages wide, leaving the height free (0) unless the plan fits it too, as Page Setup's
  // "Fit to 1 page wide by [blank] tall".
  layout.zoom = {
    horizontalFitToPages: print.fitToPagesWide,
    verticalFitToPages: print.fitToPagesTall ?? 0,
  };
  if (print.titleRows !== undefined) layout.setPrintTitleRows(print.titleRows);
  layout.setPrintArea(print.area);
  const pages = layout.headersFooters.defaultForAllPages;
  pages.centerHeader = print.centerHeader;
  pages.rightHeader = print.rightHeader;
  pages.leftFooter = print.leftFooter;
  pages.rightFooter = print.rightFooter;
  return layout.load("zoom");
}
