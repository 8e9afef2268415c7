import { MAX_COLUMNS, MAX_ROWS, type Rect } from "./a1";
import type { CellsLocator, CellsTarget } from "./cells-target";
import { ModelObject } from "./client-object";
import { normaliseColor } from "./color";
import { excelError } from "./errors";
import type { BorderProperty, CellEdge, FormatAttribute } from "./format-attributes";
import type { RequestQueue } from "./request-context";

/** The border items a range exposes, as Office names them. */
export const BORDER_INDEXES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
] as const;
export type BorderIndex = (typeof BORDER_INDEXES)[number];

const STYLES = [
  "None",
  "Continuous",
  "Dash",
  "DashDot",
  "DashDotDot",
  "Dot",
  "Double",
  "SlantDashDot",
];
const WEIGHTS = ["Hairline", "Thin", "Medium", "Thick"];

interface EdgeSpan {
  rect: Rect;
  edge: CellEdge;
}

/**
 * Which cell edges a range's border item sits on. The first span is what Excel reports back; the
 * rest are the neighbouring cells' matching edges, since a line between two cells belongs to both.
 * @example
 * edgeSpans({ top: 0, left: 0, bottom: 1, right: 1 }, "EdgeBottom"); // bottom of row 2, top of row 3
 */
export function edgeSpans(rect: Rect, index: BorderIndex): EdgeSpan[] {
  const { top, left, bottom, right } = rect;
  const row = (r: number, edge: CellEdge): EdgeSpan[] =>
    r >= 0 && r < MAX_ROWS ? [{ rect: { top: r, bottom: r, left, right }, edge }] : [];
  const col = (c: number, edge: CellEdge): EdgeSpan[] =>
    c >= 0 && c < MAX_COLUMNS ? [{ rect: { top, bottom, left: c, right: c }, edge }] : [];
  switch (index) {
    case "EdgeTop":
      return [...row(top, "top"), ...row(top - 1, "bottom")];
    case "EdgeBottom":
      return [...row(bottom, "bottom"), ...row(bottom + 1, "top")];
    case "EdgeLeft":
      return [...col(left, "left"), ...col(left - 1, "right")];
    case "EdgeRight":
      return [...col(right, "right"), ...col(right + 1, "left")];
    case "InsideHorizontal":
      return bottom > top
        ? [
            { rect: { top, bottom: bottom - 1, left, right }, edge: "bottom" },
            { rect: { top: top + 1, bottom, left, right }, edge: "top" },
          ]
        : [];
    case "InsideVertical":
      return right > left
        ? [
            { rect: { top, bottom, left, right: right - 1 }, edge: "right" },
            { rect: { top, bottom, left: left + 1, right }, edge: "left" },
          ]
        : [];
    case "DiagonalDown":
      return [{ rect, edge: "diagonalDown" }];
    case "DiagonalUp":
      return [{ rect, edge: "diagonalUp" }];
  }
}

/** One border item of a range (`format.borders.getItem("EdgeBottom")`). */
export class RangeBorder extends ModelObject {
  constructor(
    queue: RequestQueue,
    private readonly target: CellsLocator,
    private readonly index: BorderIndex
  ) {
    super(queue, `RangeBorder(${index})`);
  }

  protected scalars() {
    return {
      sideIndex: () => this.index,
      style: () => this.report("style"),
      color: () => this.report("color"),
      weight: () => this.report("weight"),
    };
  }

  get sideIndex(): string {
    return this.read("sideIndex");
  }
  get style(): Excel.RangeBorder["style"] {
    return this.read("style");
  }
  set style(value: Excel.RangeBorder["style"]) {
    this.write("style", value, () => this.apply("style", this.check(value, STYLES)));
  }
  get weight(): Excel.RangeBorder["weight"] {
    return this.read("weight");
  }
  set weight(value: Excel.RangeBorder["weight"]) {
    this.write("weight", value, () => this.apply("weight", this.check(value, WEIGHTS)));
  }
  get color(): string {
    return this.read("color");
  }
  set color(value: string) {
    this.write("color", value, () =>
      this.apply("color", normaliseColor(value, "RangeBorder.color"))
    );
  }

  private check(value: unknown, allowed: string[]): string {
    if (typeof value !== "string" || !allowed.includes(value)) {
      throw excelError(
        "InvalidArgument",
        this.location,
        `'${String(value)}' is not one of ${allowed.join(", ")}.`
      );
    }
    return value;
  }

  private apply(property: BorderProperty, value: string): void {
    const target = this.target();
    for (const rect of target.rects) {
      for (const span of edgeSpans(rect, this.index)) {
        target.sheet.cells.setFormat(
          span.rect,
          `border.${span.edge}.${property}` as FormatAttribute,
          value
        );
      }
    }
  }

  private report(property: BorderProperty): unknown {
    const target: CellsTarget = this.target();
    const values = target.rects.flatMap((rect) => {
      const span = edgeSpans(rect, this.index)[0];
      if (!span) return [property === "style" ? "None" : null];
      return [
        target.sheet.cells.uniformFormat(
          span.rect,
          `border.${span.edge}.${property}` as FormatAttribute
        ),
      ];
    });
    return values.every((value) => value === values[0]) ? values[0] : null;
  }
}

/** `range.format.borders`. */
export class RangeBorderCollection extends ModelObject {
  private readonly items = new Map<BorderIndex, RangeBorder>();

  constructor(
    queue: RequestQueue,
    private readonly target: CellsLocator
  ) {
    super(queue, "RangeBorderCollection");
  }

  protected scalars() {
    return { count: () => BORDER_INDEXES.length };
  }

  get count(): number {
    return this.read("count");
  }

  getItem(index: Excel.BorderIndex | BorderIndex): RangeBorder {
    if (!BORDER_INDEXES.includes(index)) {
      throw excelError(
        "InvalidArgument",
        "RangeBorderCollection.getItem",
        `'${String(index)}' is not a border.`
      );
    }
    let item = this.items.get(index);
    if (!item) {
      item = new RangeBorder(this.queue, this.target, index);
      this.items.set(index, item);
    }
    return item;
  }
}
