/**
 * A declarative description of everything a refresh writes: plain data, no Office.js. The applier in
 * src/excel turns it into a constant number of batched requests; a Node host could write it to an
 * .xlsx file the same way.
 */

/** One cell as written: text, a number, a boolean, or "" for an empty cell. Never NaN. */
export type PlanCell = string | number | boolean;

/** What each generated sheet is for; the applier finds last refresh's sheets by this role. */
export type SheetRole = "scorecard" | "charts" | "notes";

/** A rectangle of cells written in one go: values and number formats of the same shape. */
export interface CellBlock {
  /** 0-based row and column of values[0][0]. */
  readonly row: number;
  readonly column: number;
  readonly values: readonly (readonly PlanCell[])[];
  /** Excel number format per cell ("0.0%", "#,##0", "@" for text, "General"). */
  readonly numberFormats: readonly (readonly string[])[];
}

/** A border line on one side of every cell a style covers. */
export interface BorderLine {
  readonly style: "Continuous" | "Dash" | "Double";
  readonly weight: "Thin" | "Medium" | "Thick";
  readonly color: string;
}

/** Cell formatting other than the number format; every property is optional and set as given. */
export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** A font family ("Calibri"); the workbook's own where absent. */
  readonly fontName?: string;
  readonly fontSize?: number;
  /** "#RRGGBB". */
  readonly fontColor?: string;
  /** "#RRGGBB". */
  readonly fill?: string;
  readonly horizontalAlignment?: "Left" | "Center" | "Right";
  readonly verticalAlignment?: "Top" | "Center" | "Bottom";
  readonly wrapText?: boolean;
  readonly borderTop?: BorderLine;
  readonly borderBottom?: BorderLine;
}

/** One style and every rectangle that takes it, so the applier sets it once per address chunk. */
export interface StyleGroup {
  readonly style: CellStyle;
  /** A1 rectangles without the sheet name ("N9", "A8:Q8"). */
  readonly ranges: readonly string[];
}

export interface ColumnWidth {
  /** 0-based column index. */
  readonly column: number;
  /** Width in points, as Office.js's `format.columnWidth` takes it. */
  readonly points: number;
  /**
   * Whether the column is hidden (so not printed either): true hides it, false shows it again (a
   * sheet rewritten in place may have had it hidden), absent leaves it as it is.
   */
  readonly hidden?: boolean;
}

export interface RowHeight {
  /** 0-based row index. */
  readonly row: number;
  readonly points: number;
}

/** Paper sizes a plan can ask for, named as Office.js's `Excel.PaperType` names them. */
export type PaperSize = "A4" | "A3" | "Letter";

/** Page margins in points (72 to the inch), as Office.js's `pageLayout` margins take them. */
export interface PageMargins {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  /** From the paper's top edge to the header, and from its bottom edge to the footer. */
  readonly header: number;
  readonly footer: number;
}

/** Page set-up for printing a committee pack. */
export interface PrintSettings {
  readonly orientation: "Landscape" | "Portrait";
  /** The paper printed on: A4 for an English council's committee pack, Letter where that is used. */
  readonly paperSize: PaperSize;
  /** Pages wide to fit to; tall is left free (0). */
  readonly fitToPagesWide: number;
  /** Pages tall to fit to, as well as wide (the charts sheet's grid prints on one page); free when absent. */
  readonly fitToPagesTall?: number;
  /** The margins; Excel's own (Normal: 0.7 inch left and right) when absent. */
  readonly margins?: PageMargins;
  /** Whole rows repeated at the top of each printed page ("$8:$8"). */
  readonly titleRows?: string;
  /** The area printed ("A1:Q40"). */
  readonly area: string;
  /** Header and footer texts in Excel's header codes (&P page, &N pages; a literal & is &&). */
  readonly centerHeader: string;
  readonly rightHeader: string;
  readonly leftFooter: string;
  readonly rightFooter: string;
}

/** An Excel table over a block, so analysts can use structured references (`CSC_Scorecard[RAG]`). */
export interface TablePlan {
  readonly name: string;
  /** Header row included ("A8:Q40"). */
  readonly range: string;
  readonly style: string;
}

/** A sheet-scoped name for one range of a generated sheet. */
export interface NamePlan {
  readonly name: string;
  readonly range: string;
  readonly comment: string;
}

export type ChartLine = "solid" | "dash" | "dot" | "dashDot";

/**
 * What a line of a chart stands for: the indicator's own figures; its rolling figures that rest on
 * fewer than 12 months of data (drawn apart, dotted, so they are not read as complete); a
 * comparator (target or benchmark); or an edge of the band of good values.
 */
export type ChartLineRole = "indicator" | "partial" | "comparator" | "band";

/** One line of a chart: its values and categories are ranges of the charts sheet. */
export interface ChartSeriesPlan {
  /** The legend's entry: the authority's name for the indicator, "Statistical neighbours 2014/15". */
  readonly name: string;
  readonly role: ChartLineRole;
  /** A1 range of the values on the charts sheet ("B4:B27"). */
  readonly values: string;
  readonly categories: string;
  readonly color: string;
  readonly line: ChartLine;
  /** Line width in points; Excel's default for line charts (2.25) when absent. */
  readonly weight?: number;
  readonly markers: boolean;
  /** The markers' fill where it is not the line's colour: white for hollow markers. */
  readonly markerFill?: string;
  /**
   * Present when no month of the line has a figure (all missing or withheld): Excel cannot draw it,
   * so the writer leaves it out, and leaves the chart out when the indicator's own lines are all blank.
   */
  readonly blank?: true;
}

export interface ChartPlan {
  /** Unique on its sheet, so a reader can find the chart again. */
  readonly name: string;
  readonly indicatorId: string;
  readonly title: string;
  readonly valueAxisTitle: string;
  /** None where the axis's labels say what it is (months: "Jun-14"), leaving the plot the room. */
  readonly categoryAxisTitle: string | null;
  /** Number format of the value axis ("0%", "#,##0"). */
  readonly valueAxisFormat: string;
  /** The value axis's top, where the host's automatic one would run past what can be (120 %). */
  readonly valueAxisMaximum?: number;
  /** Where the legend goes: beside a wide chart, so its entries do not eat the plot's height. */
  readonly legend: "right" | "bottom";
  /**
   * Alternative text for people who cannot see the chart: a title, and one sentence saying what the
   * lines show ("Rose from 617.4 per 10,000 in June 2013 to 705.4 in May 2015; ..."). Built from
   * shown figures only, so it gives no withheld figure away.
   */
  readonly altTextTitle: string;
  readonly altTextDescription: string;
  /** Position and size in points from the sheet's top-left corner. */
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly height: number;
  readonly series: readonly ChartSeriesPlan[];
}

/** Everything one generated sheet holds. */
export interface SheetPlan {
  readonly role: SheetRole;
  /** The name used unless an analyst's own sheet already has it. */
  readonly preferredName: string;
  readonly tabColor: string;
  readonly showGridlines: boolean;
  readonly blocks: readonly CellBlock[];
  readonly styles: readonly StyleGroup[];
  readonly columnWidths: readonly ColumnWidth[];
  readonly rowHeights: readonly RowHeight[];
  /** Ranges whose rows Excel should fit to their wrapped text. */
  readonly autofitRows: readonly string[];
  /**
   * 0-based rows a printed page must start at (manual page breaks above them), where the automatic
   * breaks would leave a heading alone at the foot of a page; none when absent.
   */
  readonly pageBreaks?: readonly number[];
  readonly freeze: { readonly rows: number; readonly columns: number } | null;
  readonly print: PrintSettings;
  readonly tables: readonly TablePlan[];
  readonly names: readonly NamePlan[];
  readonly charts: readonly ChartPlan[];
}

/** The whole output of one refresh, in the order the sheets appear. */
export interface ScorecardPlan {
  readonly sheets: readonly SheetPlan[];
  /** The sheet shown when the refresh ends. */
  readonly activate: SheetRole;
  /** When the figures were refreshed (ISO 8601, as given). */
  readonly refreshedAt: string;
}
