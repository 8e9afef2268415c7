import { parseAddress } from "./a1";
import { ModelObject } from "./client-object";
import type { Range } from "./range";
import type { RequestQueue } from "./request-context";
import type { SheetState } from "./workbook-state";

/**
 * `worksheet.horizontalPageBreaks` (ExcelApi 1.9, "Excel.PageBreakCollection",
 * https://learn.microsoft.com/javascript/api/excel/excel.pagebreakcollection): `add` puts a manual
 * break "before the top-left cell of the range specified", and `removePageBreaks` "resets all
 * manual page breaks in the collection". The sheet records the 1-based rows a manual break starts
 * a page at, in its page layout (`horizontalPageBreaks`), as a snapshot shows them. Whether Excel
 * prints them on a sheet fitted to one page wide is not documented:
 * docs/excel-checks/page-breaks-fit-width.yaml is the check a person with Excel can run.
 */
export class PageBreakCollection extends ModelObject {
  constructor(
    queue: RequestQueue,
    private readonly sheet: () => SheetState
  ) {
    super(queue, "PageBreakCollection");
  }

  protected scalars() {
    return {};
  }

  private rows(): number[] {
    const rows = this.sheet().pageLayout.horizontalPageBreaks;
    return Array.isArray(rows) ? (rows as number[]) : [];
  }

  add(pageBreakRange: Range | string): void {
    const args = [typeof pageBreakRange === "string" ? pageBreakRange : "Range"];
    this.call("add", args, () => {
      const rect =
        typeof pageBreakRange === "string"
          ? parseAddress(pageBreakRange, "PageBreakCollection.add").rect
          : pageBreakRange.target().rect;
      const rows = new Set([...this.rows(), rect.top + 1]);
      this.sheet().pageLayout.horizontalPageBreaks = [...rows].sort((a, b) => a - b);
    });
  }

  removePageBreaks(): void {
    this.call("removePageBreaks", [], () => {
      this.sheet().pageLayout.horizontalPageBreaks = [];
    });
  }
}
