/// <reference types="office-js" />
import type { PrintSettings, ScorecardPlan } from "../../plan/plan-types";
import type { OutputNames } from "../../refresh/output/output-names";
import { analystMessage } from "../excel-errors";
import { freezePanes } from "./freeze-panes";
import { placedSheet, swapPlan } from "./swap";
import type { ExcelSurvey } from "./workbook-survey";

/**
 * Queues the last part of a write, at the end of the swap's request (after the commit and the
 * deletions, before the stamps come off, swap.ts): the shown sheet's freeze panes, after the swap
 * activated it (freeze-panes.ts), and every sheet's page set-up (orientation, paper size, margins,
 * fit to pages, print titles and area, headers and footers, manual page breaks). Excel may also leave "fit to pages"
 * unset without failing (it does when the Page Layout tab is not showing, OfficeDev/office-js#1860,
 * https://github.com/OfficeDev/office-js/issues/1860), so the same request reads the zoom back.
 * @returns what reads the zoom back once the request has run: a sentence for the analyst per sheet
 *   where fit to pages did not take; none when everything took
 * @example const notices = queueFinish(context, plan, names, survey); await context.sync(); notices();
 */
export function queueFinish(
  context: Excel.RequestContext,
  plan: ScorecardPlan,
  names: OutputNames,
  survey: ExcelSurvey
): () => string[] {
  const sheets = context.workbook.worksheets;
  const { inPlace } = swapPlan(names);
  const readBack: { name: string; wide: number; tall: number; layout: Excel.PageLayout }[] = [];
  plan.sheets.forEach((sheetPlan, i) => {
    const naming = names.sheets[i];
    if (naming === undefined) throw new Error("every planned sheet has a naming");
    const live = inPlace.has(naming);
    const sheet = placedSheet(sheets, naming, live);
    // The swap shows the plan's sheet unless it is a live sheet the analyst hid (Excel will not
    // activate a hidden sheet); a sheet not in view is not frozen.
    const shown = !(live && survey.hiddenSheetIds.has(naming.previous?.id ?? ""));
    if (sheetPlan.role === plan.activate && sheetPlan.freeze !== null && shown) {
      freezePanes(sheet, sheetPlan.freeze);
    }
    const layout = printSetup(sheet, sheetPlan.print);
    if (sheetPlan.pageBreaks !== undefined) pageBreaks(sheet, sheetPlan.pageBreaks);
    const { fitToPagesWide: wide, fitToPagesTall: tall = 0 } = sheetPlan.print;
    readBack.push({ name: naming.final, wide, tall, layout });
  });
  return () =>
    readBack
      .filter(
        ({ wide, tall, layout }) =>
          layout.zoom.horizontalFitToPages !== wide ||
          (layout.zoom.verticalFitToPages ?? 0) !== tall
      )
      .map(({ name, wide, tall }) =>
        tall === 0
          ? `Excel did not set "${name}" to print ${wide} page wide: set it in Page Layout > Scale to Fit > Width before printing.`
          : `Excel did not set "${name}" to print ${wide} page wide by ${tall} tall: set it in Page Layout > Scale to Fit > Width and Height before printing.`
      );
}

/**
 * The finish in a request of its own, for a swap whose request failed after its commit (the
 * recovery completed it, and the finish may not have run): the scorecard is already whole, so a
 * failure here is a sentence for the analyst, not a failed refresh.
 * @returns sentences for the analyst; none when everything took
 * @example const notices = await finishSheets(context, plan, names, survey, sync); // one sync
 */
export async function finishSheets(
  context: Excel.RequestContext,
  plan: ScorecardPlan,
  names: OutputNames,
  survey: ExcelSurvey,
  sync: () => Promise<void>
): Promise<string[]> {
  try {
    context.workbook.application.suspendScreenUpdatingUntilNextSync();
    const notices = queueFinish(context, plan, names, survey);
    await sync();
    return notices();
  } catch (error) {
    return [
      `The scorecard is in place, but Excel did not take its frozen header and page set-up (${analystMessage(error)}). Set them by hand if you print it: View > Freeze Panes, and Page Layout > Print Titles and Scale to Fit.`,
    ];
  }
}

/**
 * The plan's manual page breaks, in place of any the sheet had (a sheet rewritten in place keeps
 * last month's): `removePageBreaks` "resets all manual page breaks", and `add` puts one "before the
 * top-left cell of the range specified" (ExcelApi 1.9, "Excel.PageBreakCollection",
 * https://learn.microsoft.com/javascript/api/excel/excel.pagebreakcollection).
 */
function pageBreaks(sheet: Excel.Worksheet, rows: readonly number[]): void {
  sheet.horizontalPageBreaks.removePageBreaks();
  for (const row of rows) sheet.horizontalPageBreaks.add(`A${row + 1}`);
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
