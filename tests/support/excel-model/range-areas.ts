import { formatAddress, parseAddress, rectCellCount } from "./a1";
import type { CellsLocator } from "./cells-target";
import { ModelCollection, ModelObject } from "./client-object";
import { ConditionalFormatCollection } from "./conditional-format";
import { excelError } from "./errors";
import { ALL_FORMAT_ATTRIBUTES } from "./format-attributes";
import { Range } from "./range";
import { RangeFormat } from "./range-format";
import type { RequestQueue } from "./request-context";

/** `rangeAreas.areas`: the member ranges. */
export class RangeCollection extends ModelCollection<Range> {
  constructor(
    queue: RequestQueue,
    private readonly cells: CellsLocator
  ) {
    super(queue, "RangeCollection");
  }

  protected currentItems(): Range[] {
    const { sheet, rects } = this.cells();
    return rects.map((rect) => new Range(this.queue, () => ({ sheet, rect })));
  }

  getItemAt(index: number): Range {
    return new Range(this.queue, () => {
      const { sheet, rects } = this.cells();
      const rect = rects[index];
      if (!rect)
        throw excelError(
          "InvalidArgument",
          "RangeCollection.getItemAt",
          `There is no area ${index}.`
        );
      return { sheet, rect };
    });
  }
}

/**
 * `worksheet.getRanges("A1:B2, D4:E5")`: several rectangles of one sheet that take a format as
 * one queued operation.
 */
export class RangeAreas extends ModelObject {
  readonly format: RangeFormat;
  readonly areas: RangeCollection;
  readonly conditionalFormats: ConditionalFormatCollection;

  constructor(
    queue: RequestQueue,
    private readonly cells: CellsLocator
  ) {
    super(queue, "RangeAreas");
    this.format = new RangeFormat(queue, cells);
    this.areas = new RangeCollection(queue, cells);
    this.conditionalFormats = new ConditionalFormatCollection(queue, cells);
  }

  protected override children() {
    return { format: this.format, areas: this.areas };
  }

  protected scalars() {
    return {
      address: () => {
        const { sheet, rects } = this.cells();
        return rects.map((rect) => formatAddress(sheet.name, rect)).join(",");
      },
      areaCount: () => this.cells().rects.length,
      cellCount: () => this.cells().rects.reduce((sum, rect) => sum + rectCellCount(rect), 0),
    };
  }

  get address(): string {
    return this.read("address");
  }
  get areaCount(): number {
    return this.read("areaCount");
  }
  get cellCount(): number {
    return this.read("cellCount");
  }

  clear(applyTo: "All" | "Formats" | "Contents" = "All"): void {
    this.call("clear", [applyTo], () => {
      const { sheet, rects } = this.cells();
      for (const rect of rects) {
        if (applyTo !== "Formats") sheet.cells.clearContents(rect);
        if (applyTo !== "Contents") sheet.cells.clearFormats(rect, ALL_FORMAT_ATTRIBUTES);
      }
    });
  }
}

/**
 * "The Worksheet.getRange(address) and Worksheet.getRanges(address) methods have an address string
 * limit of 8192 characters. When this limit is exceeded, the address string is truncated to 8192
 * characters." ("Range return character limit",
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-troubleshooting#range-return-character-limit).
 */
export const ADDRESS_LIMIT = 8192;

/**
 * The address as Excel reads it: cut at 8,192 characters. The areas past the cut are silently lost,
 * and an area cut in the middle is read as what is left of it ("B12:C13" cut to "B1"), or refused.
 * @example documentedAddress("A1,".repeat(3000)).length // 8192
 */
export function documentedAddress(address: string): string {
  return address.length > ADDRESS_LIMIT ? address.slice(0, ADDRESS_LIMIT) : address;
}

/**
 * Splits "A1:B2, D4:E5" into rectangles; Excel accepts commas (and semicolons in some locales).
 * @example
 * parseAreas("A1:B2, D4").length; // 2
 */
export function parseAreas(address: string, location: string) {
  return documentedAddress(address)
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .map((part) => parseAddress(part, location));
}
