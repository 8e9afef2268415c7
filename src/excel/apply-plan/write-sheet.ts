/// <reference types="office-js" />
import { chunkAddresses } from "../../plan/address-chunks";
import type {
  CellBlock,
  CellStyle,
  ChartLine,
  ChartPlan,
  SheetPlan,
  StyleGroup,
} from "../../plan/plan-types";
import { drawnLines } from "../../plan/drawn-lines";
import { a1 } from "../../sheet/a1";
import { REFRESH_KEY, ROLE_KEY, STATE_KEY } from "../../refresh/output/markers";
import { columnWidthCalls, queueColumnHiding, queueRowSizes } from "./sheet-sizes";
import { asTypedValues } from "./typed-text";
import { BLOCK_SLICE_BYTES, payloadBytes, SMALL_STEP_BYTES, type WriteStep } from "./write-steps";

// Where apply-scorecard-plan.ts finds it; shared with the command line's .xlsx host.
export { drawnLines };

const LINE_STYLES: Readonly<Record<ChartLine, `${Excel.ChartLineStyle}`>> = {
  solid: "Continuous",
  dash: "Dash",
  dot: "RoundDot",
  dashDot: "DashDot",
};

/**
 * The steps that write one planned sheet onto a new worksheet. The first step adds the sheet (the
 * `add` callback) and marks it straight away, so a sheet left half-written by a failed sync is
 * still recognised as the add-in's. Number formats
 * go before values, so text in a text-formatted cell is never re-read as a number or formula.
 * Operations grow with the number of style groups and address chunks, not with cells.
 * @param stamp the refresh's stamp (see markers.ts), so a recovery removes only its own sheets
 * @example const steps = sheetSteps(() => worksheets.add("CSC building scorecard k3x9qa"), plan.sheets[0], new Map(), "k3x9qa 2016-02-10T08:00:00Z");
 */
export function sheetSteps(
  add: () => Excel.Worksheet,
  plan: SheetPlan,
  tableNames: ReadonlyMap<string, string>,
  stamp: string
): WriteStep[] {
  const small = (queue: () => void): WriteStep => ({ bytes: SMALL_STEP_BYTES, queue });
  let added: Excel.Worksheet | undefined;
  const target = (): Excel.Worksheet => {
    if (added === undefined) throw new Error("the first step adds the sheet");
    return added;
  };
  const steps: WriteStep[] = [
    small(() => {
      added = add();
      const sheet = added;
      sheet.customProperties.add(ROLE_KEY, plan.role);
      sheet.customProperties.add(STATE_KEY, "building");
      sheet.customProperties.add(REFRESH_KEY, stamp);
      sheet.tabColor = plan.tabColor;
      sheet.showGridlines = plan.showGridlines;
    }),
  ];
  for (const { addresses, points } of columnWidthCalls(plan)) {
    steps.push(small(() => (target().getRanges(addresses).format.columnWidth = points)));
  }
  if (plan.columnWidths.some((w) => w.hidden !== undefined))
    steps.push(small(() => queueColumnHiding(target(), plan)));
  for (const block of plan.blocks) steps.push(...blockSteps(target, block));
  for (const group of plan.styles) steps.push(...styleSteps(target, group));
  // Freeze panes and page set-up come in the swap's request, after its commit (finish-sheets.ts):
  // freezing needs the sheet in view, and the page set-up may fail without costing the scorecard.
  steps.push(small(() => queueRowSizes(target(), plan)));
  for (const table of plan.tables) {
    steps.push(
      small(() => {
        const sheet = target();
        const created = sheet.tables.add(sheet.getRange(table.range), true);
        created.name = tableNames.get(table.name) ?? table.name;
        created.style = table.style;
      })
    );
  }
  steps.push(
    small(() => {
      const sheet = target();
      for (const name of plan.names) {
        sheet.names.add(name.name, sheet.getRange(name.range), name.comment);
      }
    })
  );
  for (const chart of plan.charts) steps.push(small(() => addChart(target(), chart)));
  return steps;
}

/** Values and formats in row slices small enough for one request each. */
function blockSteps(sheet: () => Excel.Worksheet, block: CellBlock): WriteStep[] {
  const width = block.values[0]?.length ?? 0;
  if (width === 0 || block.values.length === 0) return [];
  const steps: WriteStep[] = [];
  let start = 0;
  while (start < block.values.length) {
    let end = start;
    let bytes = 0;
    while (end < block.values.length) {
      const rowBytes = payloadBytes(block.values[end]) + payloadBytes(block.numberFormats[end]);
      if (end > start && bytes + rowBytes > BLOCK_SLICE_BYTES) break;
      bytes += rowBytes;
      end++;
    }
    const from = start;
    const values = asTypedValues(block.values.slice(from, end)) as Excel.Range["values"];
    const formats = block.numberFormats.slice(from, end) as Excel.Range["numberFormat"];
    const address = `${a1(block.row + from, block.column)}:${a1(block.row + end - 1, block.column + width - 1)}`;
    steps.push({
      bytes,
      queue: () => {
        const range = sheet().getRange(address);
        range.numberFormat = formats;
        range.values = values;
      },
    });
    start = end;
  }
  return steps;
}

/** One style over every range that takes it, an address chunk at a time. */
function styleSteps(sheet: () => Excel.Worksheet, group: StyleGroup): WriteStep[] {
  return chunkAddresses(group.ranges).map((chunk) => ({
    bytes: chunk.length + SMALL_STEP_BYTES,
    queue: () => applyStyle(sheet().getRanges(chunk).format, group.style),
  }));
}

function applyStyle(format: Excel.RangeFormat, style: CellStyle): void {
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontName !== undefined) format.font.name = style.fontName;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.horizontalAlignment !== undefined)
    format.horizontalAlignment = style.horizontalAlignment;
  if (style.verticalAlignment !== undefined) format.verticalAlignment = style.verticalAlignment;
  if (style.wrapText !== undefined) format.wrapText = style.wrapText;
  // A style's rectangles may span several rows; the inside lines give every cell its own edge.
  if (style.borderTop !== undefined) {
    for (const edge of ["EdgeTop", "InsideHorizontal"] as const) {
      const border = format.borders.getItem(edge);
      border.style = style.borderTop.style;
      border.weight = style.borderTop.weight;
      border.color = style.borderTop.color;
    }
  }
  if (style.borderBottom !== undefined) {
    for (const edge of ["EdgeBottom", "InsideHorizontal"] as const) {
      const border = format.borders.getItem(edge);
      border.style = style.borderBottom.style;
      border.weight = style.borderBottom.weight;
      border.color = style.borderBottom.color;
    }
  }
}

/**
 * A line chart over cells of its own sheet, every series given its values and categories by hand.
 * `charts.add` needs a source and detects series in it by rules the API leaves undocumented
 * ("ChartCollection.add", https://learn.microsoft.com/javascript/api/excel/excel.chartcollection#excel-excel-chartcollection-add-member(1)),
 * so the source is the first line's values alone, one column of numbers, which makes the one series
 * that is then set explicitly like the others ("ChartSeries.setValues", ExcelApi 1.7,
 * https://learn.microsoft.com/javascript/api/excel/excel.chartseries#excel-excel-chartseries-setvalues-member(1)).
 * docs/excel-checks/chart-series-from-add.yaml checks that one series in Excel.
 * The plan's alternative text is not set here: Office.js's `Chart` has no alt text property in any
 * requirement set (https://learn.microsoft.com/javascript/api/excel/excel.chart lists none; only
 * `Shape`, ExcelApi 1.9, and `PivotLayout`, 1.13, have `altTextTitle`/`altTextDescription`), so
 * the description is written on the sheet above the chart's figures instead (charts-sheet.ts).
 */
export function addChart(sheet: Excel.Worksheet, plan: ChartPlan): void {
  const [first, ...others] = drawnLines(plan);
  if (first === undefined) return;
  const chart = sheet.charts.add("Line", sheet.getRange(first.values), "Columns");
  chart.name = plan.name;
  chart.top = plan.top;
  chart.left = plan.left;
  chart.width = plan.width;
  chart.height = plan.height;
  chart.title.text = plan.title;
  // A withheld or part-year month is a blank cell, to be a gap in its line, never a point at zero;
  // the documentation gives no default for a new chart (ExcelApi 1.8,
  // https://learn.microsoft.com/javascript/api/excel/excel.chart#excel-excel-chart-displayblanksas-member).
  chart.displayBlanksAs = "NotPlotted";
  chart.legend.position = plan.legend === "right" ? "Right" : "Bottom";
  if (plan.categoryAxisTitle !== null) chart.axes.categoryAxis.title.text = plan.categoryAxisTitle;
  chart.axes.valueAxis.title.text = plan.valueAxisTitle;
  chart.axes.valueAxis.numberFormat = plan.valueAxisFormat;
  if (plan.valueAxisMaximum !== undefined) chart.axes.valueAxis.maximum = plan.valueAxisMaximum;
  const lines = [
    { plan: first, series: chart.series.getItemAt(0) },
    ...others.map((line) => ({ plan: line, series: chart.series.add(line.name) })),
  ];
  for (const { plan: line, series } of lines) {
    series.name = line.name;
    series.setValues(sheet.getRange(line.values));
    series.setXAxisValues(sheet.getRange(line.categories));
    series.format.line.color = line.color;
    series.format.line.lineStyle = LINE_STYLES[line.line];
    if (line.weight !== undefined) series.format.line.weight = line.weight;
    series.markerStyle = line.markers ? "Circle" : "None";
    if (line.markers) {
      // ExcelApi 1.7: the marker's inside and its edge.
      series.markerBackgroundColor = line.markerFill ?? line.color;
      series.markerForegroundColor = line.color;
    }
  }
}
