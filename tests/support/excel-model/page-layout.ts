import { formatAbsoluteAddress, parseAddress } from "./a1";
import { isBoolean, isText, numberIn, oneOf } from "./checks";
import { excelError } from "./errors";
import type { Range } from "./range";
import { RecordedObject } from "./recorded-object";
import type { RequestQueue } from "./request-context";
import type { SheetState } from "./workbook-state";

const HEADER_FOOTER_KEYS = [
  "leftHeader",
  "centerHeader",
  "rightHeader",
  "leftFooter",
  "centerFooter",
  "rightFooter",
];

/** One set of headers and footers (`headersFooters.defaultForAllPages`). */
export class HeaderFooter extends RecordedObject {
  declare leftHeader: string;
  declare centerHeader: string;
  declare rightHeader: string;
  declare leftFooter: string;
  declare centerFooter: string;
  declare rightFooter: string;

  constructor(queue: RequestQueue, sheet: () => SheetState, which: string) {
    const checks = Object.fromEntries(
      HEADER_FOOTER_KEYS.map((key) => [key, isText(`HeaderFooter.${key}`)])
    );
    const defaults = Object.fromEntries(HEADER_FOOTER_KEYS.map((key) => [key, ""]));
    super(
      queue,
      "HeaderFooter",
      () => sheet().pageLayout,
      `headersFooters.${which}.`,
      defaults,
      checks
    );
  }
}
RecordedObject.define(HeaderFooter, HEADER_FOOTER_KEYS);

/** `pageLayout.headersFooters`. */
export class HeaderFooterGroup extends RecordedObject {
  declare state: string;
  declare useSheetMargins: boolean;
  declare useSheetScale: boolean;
  readonly defaultForAllPages: HeaderFooter;
  readonly firstPage: HeaderFooter;
  readonly evenPages: HeaderFooter;
  readonly oddPages: HeaderFooter;

  constructor(queue: RequestQueue, sheet: () => SheetState) {
    super(
      queue,
      "HeaderFooterGroup",
      () => sheet().pageLayout,
      "headersFooters.",
      { state: "Default", useSheetMargins: true, useSheetScale: true },
      {
        state: oneOf(
          ["Default", "FirstAndDefault", "OddAndEven", "FirstOddAndEven"],
          "HeaderFooterGroup.state"
        ),
      }
    );
    this.defaultForAllPages = new HeaderFooter(queue, sheet, "defaultForAllPages");
    this.firstPage = new HeaderFooter(queue, sheet, "firstPage");
    this.evenPages = new HeaderFooter(queue, sheet, "evenPages");
    this.oddPages = new HeaderFooter(queue, sheet, "oddPages");
  }

  protected override children() {
    return {
      defaultForAllPages: this.defaultForAllPages,
      firstPage: this.firstPage,
      evenPages: this.evenPages,
      oddPages: this.oddPages,
    };
  }
}
RecordedObject.define(HeaderFooterGroup, ["state", "useSheetMargins", "useSheetScale"]);

const MARGINS = [
  "leftMargin",
  "rightMargin",
  "topMargin",
  "bottomMargin",
  "headerMargin",
  "footerMargin",
];
const FLAGS = [
  "centerHorizontally",
  "centerVertically",
  "printGridlines",
  "printHeadings",
  "blackAndWhite",
  "draftMode",
];

function checkZoom(value: unknown): unknown {
  if (typeof value !== "object" || value === null)
    throw excelError("InvalidArgument", "PageLayout.zoom", "Expected zoom options.");
  const { scale, horizontalFitToPages, verticalFitToPages } = value as Record<string, unknown>;
  if (scale !== undefined) numberIn(10, 400, "PageLayout.zoom.scale")(scale);
  if (horizontalFitToPages !== undefined)
    numberIn(0, 32767, "PageLayout.zoom.horizontalFitToPages")(horizontalFitToPages);
  if (verticalFitToPages !== undefined)
    numberIn(0, 32767, "PageLayout.zoom.verticalFitToPages")(verticalFitToPages);
  if (
    scale !== undefined &&
    (horizontalFitToPages !== undefined || verticalFitToPages !== undefined)
  ) {
    throw excelError(
      "InvalidArgument",
      "PageLayout.zoom",
      "Scale and fit-to-pages cannot be set together."
    );
  }
  return value;
}

/** `worksheet.pageLayout`: print settings, recorded as set. */
export class PageLayout extends RecordedObject {
  declare orientation: string;
  declare paperSize: string;
  declare zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  declare leftMargin: number;
  declare rightMargin: number;
  declare topMargin: number;
  declare bottomMargin: number;
  declare headerMargin: number;
  declare footerMargin: number;
  declare centerHorizontally: boolean;
  declare centerVertically: boolean;
  declare printGridlines: boolean;
  declare printHeadings: boolean;
  declare blackAndWhite: boolean;
  declare draftMode: boolean;
  declare printOrder: string;
  readonly headersFooters: HeaderFooterGroup;

  constructor(
    queue: RequestQueue,
    private readonly sheet: () => SheetState
  ) {
    super(
      queue,
      "PageLayout",
      () => sheet().pageLayout,
      "",
      {
        orientation: "Portrait",
        paperSize: "A4",
        zoom: { scale: 100 },
        leftMargin: 50.4,
        rightMargin: 50.4,
        topMargin: 54,
        bottomMargin: 54,
        headerMargin: 21.6,
        footerMargin: 21.6,
        centerHorizontally: false,
        centerVertically: false,
        printGridlines: false,
        printHeadings: false,
        blackAndWhite: false,
        draftMode: false,
        printOrder: "DownThenOver",
      },
      {
        orientation: oneOf(["Portrait", "Landscape"], "PageLayout.orientation"),
        zoom: checkZoom,
        printOrder: oneOf(["DownThenOver", "OverThenDown"], "PageLayout.printOrder"),
        ...Object.fromEntries(MARGINS.map((key) => [key, numberIn(0, 1000, `PageLayout.${key}`)])),
        ...Object.fromEntries(FLAGS.map((key) => [key, isBoolean(`PageLayout.${key}`)])),
      }
    );
    this.headersFooters = new HeaderFooterGroup(queue, sheet);
  }

  protected override children() {
    return { headersFooters: this.headersFooters };
  }

  /**
   * "horizontalFitToPages does not set if Page Layout tab is not selected" (OfficeDev/office-js#1860,
   * https://github.com/OfficeDev/office-js/issues/1860): a test that asks gets a zoom with fit to
   * pages checked and then dropped, with no error, as reported there; a scale still takes.
   */
  protected override recordedSet(key: string, value: unknown): void {
    const fits =
      typeof value === "object" &&
      value !== null &&
      ("horizontalFitToPages" in value || "verticalFitToPages" in value);
    if (key === "zoom" && fits && this.queue.state.environment.fitToPagesIgnored) {
      this.write(key, value, () => checkZoom(value));
      return;
    }
    super.recordedSet(key, value);
  }

  private addressOf(
    target: Range | string,
    location: string,
    whole: "rows" | "columns" | "any"
  ): string {
    const rect =
      typeof target === "string" ? parseAddress(target, location).rect : target.target().rect;
    const full =
      whole === "rows"
        ? rect.left === 0 && rect.right === 16383
        : whole === "columns"
          ? rect.top === 0 && rect.bottom === 1048575
          : true;
    if (!full)
      throw excelError("InvalidArgument", location, `Print titles must be whole ${whole}.`);
    return formatAbsoluteAddress(this.sheet().name, rect);
  }

  setPrintTitleRows(rows: Range | string): void {
    this.call("setPrintTitleRows", [typeof rows === "string" ? rows : "Range"], () => {
      this.sheet().pageLayout.printTitleRows = this.addressOf(
        rows,
        "PageLayout.setPrintTitleRows",
        "rows"
      );
    });
  }

  setPrintTitleColumns(columns: Range | string): void {
    this.call("setPrintTitleColumns", [typeof columns === "string" ? columns : "Range"], () => {
      this.sheet().pageLayout.printTitleColumns = this.addressOf(
        columns,
        "PageLayout.setPrintTitleColumns",
        "columns"
      );
    });
  }

  setPrintArea(area: Range | string): void {
    this.call("setPrintArea", [typeof area === "string" ? area : "Range"], () => {
      this.sheet().pageLayout.printArea = this.addressOf(area, "PageLayout.setPrintArea", "any");
    });
  }
}
RecordedObject.define(PageLayout, [
  "orientation",
  "paperSize",
  "zoom",
  ...MARGINS,
  ...FLAGS,
  "printOrder",
]);
