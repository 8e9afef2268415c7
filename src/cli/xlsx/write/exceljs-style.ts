import type { Alignment, Border, Style } from "exceljs";
import type { BorderLine } from "../../../plan/plan-types";
import type { CellLook } from "./cell-looks";

/** The workbook's own default font, so a generated cell looks like one Excel wrote there. */
export interface DefaultFont {
  readonly name: string;
  readonly size: number;
}

/**
 * A cell's full exceljs style: its number format and look. Fonts always carry the workbook's
 * default name and size (exceljs would otherwise write a nameless font).
 * @example exceljsStyle({ bold: true, fill: "#C00000" }, "0.0%", { name: "Calibri", size: 11 }).fill
 * // { type: "pattern", pattern: "solid", fgColor: { argb: "FFC00000" } }
 */
export function exceljsStyle(look: CellLook, numFmt: string, font: DefaultFont): Partial<Style> {
  const style: Partial<Style> = {};
  if (numFmt !== "General") style.numFmt = numFmt;
  if (
    look.bold !== undefined ||
    look.italic !== undefined ||
    look.fontName !== undefined ||
    look.fontSize !== undefined ||
    look.fontColor !== undefined
  ) {
    style.font = {
      name: look.fontName ?? font.name,
      size: look.fontSize ?? font.size,
      ...(look.bold === true ? { bold: true } : {}),
      ...(look.italic === true ? { italic: true } : {}),
      ...(look.fontColor === undefined ? {} : { color: { argb: argb(look.fontColor) } }),
    };
  }
  if (look.fill !== undefined) {
    style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(look.fill) } };
  }
  const alignment: Partial<Alignment> = {
    ...(look.horizontalAlignment === undefined
      ? {}
      : { horizontal: HORIZONTAL[look.horizontalAlignment] }),
    ...(look.verticalAlignment === undefined ? {} : { vertical: VERTICAL[look.verticalAlignment] }),
    ...(look.wrapText === true ? { wrapText: true } : {}),
  };
  if (Object.keys(alignment).length > 0) style.alignment = alignment;
  if (look.top !== undefined || look.bottom !== undefined) {
    style.border = {
      ...(look.top === undefined ? {} : { top: border(look.top) }),
      ...(look.bottom === undefined ? {} : { bottom: border(look.bottom) }),
    };
  }
  return style;
}

const HORIZONTAL = { Left: "left", Center: "center", Right: "right" } as const;
const VERTICAL = { Top: "top", Center: "middle", Bottom: "bottom" } as const;

/** "#1F4E79" → "FF1F4E79" (opaque), as SpreadsheetML stores colours. */
export function argb(color: string): string {
  return `FF${color.replace(/^#/, "").toUpperCase()}`;
}

/** Office.js's line style and weight as the one SpreadsheetML border style that draws it. */
function border(line: BorderLine): Partial<Border> {
  const style =
    line.style === "Double"
      ? "double"
      : line.style === "Dash"
        ? line.weight === "Thin"
          ? "dashed"
          : "mediumDashed"
        : ({ Thin: "thin", Medium: "medium", Thick: "thick" } as const)[line.weight];
  return { style, color: { argb: argb(line.color) } };
}
