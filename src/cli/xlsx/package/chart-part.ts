import type { ChartLine, ChartPlan, ChartSeriesPlan, PlanCell } from "../../../plan/plan-types";
import { drawnLines } from "../../../plan/drawn-lines";
import { sheetReference } from "../write/a1-range";
import { escapeXml } from "./xml";

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** Office.js's line styles (write-sheet.ts) as DrawingML preset dashes: RoundDot is sysDot. */
const DASHES: Readonly<Record<ChartLine, string>> = {
  solid: "solid",
  dash: "dash",
  dot: "sysDot",
  dashDot: "dashDot",
};

const CATEGORY_AXIS = 500000001;
const VALUE_AXIS = 500000002;
/** Excel's default width of a line chart's lines, in points (2.25 pt is 28,575 EMU). */
const LINE_POINTS = 2.25;
/** EMU (English Metric Units) per point, as DrawingML measures line widths. */
const EMU_PER_POINT = 12700;

/** The cells of a range of the charts sheet as planned, for the series' cached values. */
export type PlannedRange = (address: string) => readonly PlanCell[];

/**
 * A chart part (`xl/charts/chartN.xml`): a line chart with its title, one series per planned line
 * (name, colour, dash, width, markers) whose values and categories reference the written cells of the
 * charts sheet, the category and value axes with their titles and the value axis's number format,
 * and the legend where planned. Each reference carries a cache of the planned values, which Excel
 * and LibreOffice draw until they recalculate; a blank month is left out, so it is a gap.
 * A line with no figure in any month is left out, as the add-in leaves it out (drawn-lines.ts).
 * Elements follow the DrawingML chart schema's order (CT_ChartSpace, CT_Chart, CT_LineSer, axes).
 * @example chartPart(plan.sheets[1].charts[0], "Scorecard charts", cellsOf)
 */
export function chartPart(chart: ChartPlan, sheet: string, cells: PlannedRange): string {
  const series = drawnLines(chart)
    .map((line, i) => seriesXml(line, i, sheet, cells))
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<c:chartSpace ${NS}><c:roundedCorners val="0"/><c:chart>` +
    `${title(chart.title, 1400)}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/><c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}` +
    `<c:marker val="1"/><c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/></c:lineChart>` +
    `<c:catAx><c:axId val="${CATEGORY_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="b"/>${chart.categoryAxisTitle === null ? "" : title(chart.categoryAxisTitle, 1000)}` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="low"/><c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/>` +
    `<c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VALUE_AXIS}"/><c:scaling><c:orientation val="minMax"/>` +
    `${chart.valueAxisMaximum === undefined ? "" : `<c:max val="${chart.valueAxisMaximum}"/>`}</c:scaling>` +
    `<c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>${title(chart.valueAxisTitle, 1000)}` +
    `<c:numFmt formatCode="${escapeXml(chart.valueAxisFormat)}" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="${chart.legend === "right" ? "r" : "b"}"/><c:overlay val="0"/></c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/** A title of plain text at a size in hundredths of a point. */
function title(text: string, size: number): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="en-GB" sz="${size}" b="1"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>`
  );
}

function seriesXml(
  line: ChartSeriesPlan,
  index: number,
  sheet: string,
  cells: PlannedRange
): string {
  const color = rgb(line.color);
  const marker = line.markers
    ? `<c:marker><c:symbol val="circle"/><c:size val="5"/><c:spPr><a:solidFill><a:srgbClr val="${rgb(line.markerFill ?? line.color)}"/></a:solidFill>` +
      `<a:ln><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></a:ln></c:spPr></c:marker>`
    : `<c:marker><c:symbol val="none"/></c:marker>`;
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/><c:tx><c:v>${escapeXml(line.name)}</c:v></c:tx>` +
    `<c:spPr><a:ln w="${Math.round((line.weight ?? LINE_POINTS) * EMU_PER_POINT)}" cap="rnd"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill>` +
    `<a:prstDash val="${DASHES[line.line]}"/><a:round/></a:ln></c:spPr>${marker}` +
    `<c:cat>${stringReference(sheetReference(sheet, line.categories), cells(line.categories))}</c:cat>` +
    `<c:val>${numberReference(sheetReference(sheet, line.values), cells(line.values))}</c:val>` +
    `<c:smooth val="0"/></c:ser>`
  );
}

/** "#1f3864" as DrawingML's srgbClr takes it: "1F3864". */
function rgb(color: string): string {
  return color.replace(/^#/, "").toUpperCase();
}

function stringReference(formula: string, values: readonly PlanCell[]): string {
  const points = values
    .map((v, i) => (v === "" ? "" : `<c:pt idx="${i}"><c:v>${escapeXml(String(v))}</c:v></c:pt>`))
    .join("");
  return `<c:strRef><c:f>${escapeXml(formula)}</c:f><c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache></c:strRef>`;
}

function numberReference(formula: string, values: readonly PlanCell[]): string {
  const points = values
    .map((v, i) => (typeof v === "number" ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : ""))
    .join("");
  return `<c:numRef><c:f>${escapeXml(formula)}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache></c:numRef>`;
}
