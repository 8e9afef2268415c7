import type { HeaderFooter, PageSetup } from "exceljs";
import type { PageMargins, PaperSize, PrintSettings } from "../../../plan/plan-types";

/** SpreadsheetML's paper size codes (ECMA-376 Part 1, 18.3.1.63 pageSetup, paperSize). */
const PAPER_CODES: Record<PaperSize, number> = { Letter: 1, A3: 8, A4: 9 };

/**
 * The sheet's page set-up as Excel writes "Fit to N page(s) wide by [blank] tall": fitToPage in
 * the sheet properties, fitToWidth N and fitToHeight 0 (or M, for "by M tall"). The print area
 * and title rows are workbook names, written with the others (see package/defined-names.ts).
 * @example pageSetup(print).fitToHeight // 0
 */
export function pageSetup(print: PrintSettings): Partial<PageSetup> {
  return {
    orientation: print.orientation === "Landscape" ? "landscape" : "portrait",
    fitToPage: true,
    fitToWidth: print.fitToPagesWide,
    fitToHeight: print.fitToPagesTall ?? 0,
    paperSize: PAPER_CODES[print.paperSize],
    ...(print.margins === undefined ? {} : { margins: inches(print.margins) }),
  };
}

/** SpreadsheetML's pageMargins are in inches; the plan's are in points (72 to the inch). */
function inches(margins: PageMargins): PageSetup["margins"] {
  const inch = (points: number) => Math.round((points / 72) * 10000) / 10000;
  return {
    left: inch(margins.left),
    right: inch(margins.right),
    top: inch(margins.top),
    bottom: inch(margins.bottom),
    header: inch(margins.header),
    footer: inch(margins.footer),
  };
}

/**
 * The header and footer, the same on every page (Office.js's `defaultForAllPages`), in Excel's
 * section codes: &L, &C and &R start the left, centre and right parts.
 * @example headerFooter(print).oddFooter // "&LRefreshed 2 June 2015&RPage &P of &N"
 */
export function headerFooter(print: PrintSettings): Partial<HeaderFooter> {
  const sections = (left: string, center: string, right: string) =>
    [left && `&L${left}`, center && `&C${center}`, right && `&R${right}`].join("");
  const oddHeader = sections("", print.centerHeader, print.rightHeader);
  const oddFooter = sections(print.leftFooter, "", print.rightFooter);
  return {
    ...(oddHeader === "" ? {} : { oddHeader }),
    ...(oddFooter === "" ? {} : { oddFooter }),
  };
}
