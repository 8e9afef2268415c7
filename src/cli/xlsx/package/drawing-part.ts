import type { ChartPlan } from "../../../plan/plan-types";
import { escapeXml } from "./xml";

/** EMU (English Metric Units) per point: DrawingML measures in EMU, 12,700 to the point. */
const EMU_PER_POINT = 12700;

/** Widths of the sheet's columns and heights of its rows, in points, for placing shapes on cells. */
export interface SheetMetrics {
  readonly columnPoints: (column: number) => number;
  readonly rowPoints: (row: number) => number;
}

/**
 * A drawing part (`xl/drawings/drawingN.xml`) holding one graphic frame per chart, each anchored
 * at the cells its planned position falls on (from its top-left corner to its bottom-right one),
 * so it sits where Office.js's `chart.top/left/width/height` in points put it, and moves and sizes
 * with the cells as Excel's own charts do. Each frame carries the chart's alternative text, as
 * Excel's Format Chart Area > Alt Text writes it: the non-visual properties' `title` and `descr`
 * (ECMA-376 Part 1, 20.5.2.8 cNvPr, CT_NonVisualDrawingProps), which screen readers announce for the chart.
 * @param chartIds the relationship id of each chart's part, in the drawing's relationships
 * @example drawingPart(charts, ["rId1", "rId2"], metrics)
 */
export function drawingPart(
  charts: readonly ChartPlan[],
  chartIds: readonly string[],
  metrics: SheetMetrics
): string {
  const frames = charts
    .map((chart, i) => {
      const from = cellAt(chart.left, chart.top, metrics);
      const to = cellAt(chart.left + chart.width, chart.top + chart.height, metrics);
      return (
        `<xdr:twoCellAnchor editAs="oneCell">${marker("from", from)}${marker("to", to)}` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(chart.name)}" descr="${escapeXml(chart.altTextDescription)}" title="${escapeXml(chart.altTextTitle)}"/>` +
        `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
        `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="${escapeXml(chartIds[i] ?? "")}"/>` +
        `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ` +
    `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ` +
    `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${frames}</xdr:wsDr>`
  );
}

interface CellOffset {
  readonly column: number;
  readonly columnOffset: number;
  readonly row: number;
  readonly rowOffset: number;
}

/**
 * The cell a point of the sheet (in points from its top-left corner) falls in, with the offset
 * into that cell in EMU.
 * @example cellAt(70, 20, { columnPoints: () => 48, rowPoints: () => 15 }) // { column: 1, columnOffset: 279400, row: 1, rowOffset: 63500 }
 */
export function cellAt(left: number, top: number, metrics: SheetMetrics): CellOffset {
  const walk = (distance: number, size: (index: number) => number) => {
    let index = 0;
    let remaining = distance;
    while (remaining >= size(index) && size(index) > 0) {
      remaining -= size(index);
      index++;
    }
    return { index, offset: Math.round(remaining * EMU_PER_POINT) };
  };
  const column = walk(left, metrics.columnPoints);
  const row = walk(top, metrics.rowPoints);
  return {
    column: column.index,
    columnOffset: column.offset,
    row: row.index,
    rowOffset: row.offset,
  };
}

function marker(tag: "from" | "to", at: CellOffset): string {
  return (
    `<xdr:${tag}><xdr:col>${at.column}</xdr:col><xdr:colOff>${at.columnOffset}</xdr:colOff>` +
    `<xdr:row>${at.row}</xdr:row><xdr:rowOff>${at.rowOffset}</xdr:rowOff></xdr:${tag}>`
  );
}
