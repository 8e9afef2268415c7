import type { SheetPlan } from "../../../plan/plan-types";
import { plannedCells, rangeValues } from "../write/planned-cells";
import { chartPart } from "./chart-part";
import { CONTENT_TYPE } from "./content-types";
import { customPropertiesElement, encodeValue, type PropertyPart } from "./custom-properties";
import { drawingPart, type SheetMetrics } from "./drawing-part";
import { freePartName, readPart, relativeTarget, writePart, type OpcPackage } from "./opc-package";
import {
  freeRelationshipId,
  readRelationships,
  REL,
  writeRelationships,
  type Relationship,
} from "./relationships";
import { insertSheetParts, rehomeCells, selectTab } from "./sheet-xml";

/** One generated sheet to move from the scratch workbook into the analyst's package. */
export interface SheetToAdd {
  readonly plan: SheetPlan;
  readonly name: string;
  /** Its worksheet part in the scratch package. */
  readonly scratchPart: string;
  /** The generated-sheet markers, as worksheet custom properties. */
  readonly properties: ReadonlyArray<readonly [string, string]>;
  /** Column widths and row heights as written, to anchor the charts on cells. */
  readonly metrics: SheetMetrics;
  readonly selected: boolean;
}

/** How the scratch's cells map onto the target's styles and strings (see sheet-xml.ts). */
export interface Rehoming {
  readonly cellFormat: (scratch: number) => number;
  readonly sharedStrings: readonly string[];
  /** The next free table id of the workbook (ids are unique across it); advanced as tables are added. */
  nextTableId: number;
}

/**
 * Writes one generated sheet into the package under a fresh part name: its cells on the target's
 * styles, its table (renumbered), its markers as custom property parts, and, for the charts sheet,
 * a drawing with one chart part per planned chart. Returns the sheet's part and every part added,
 * with its content type.
 */
export async function addSheet(
  pkg: OpcPackage,
  scratch: OpcPackage,
  folder: string,
  sheet: SheetToAdd,
  rehoming: Rehoming
): Promise<{ part: string; added: Array<{ part: string; contentType: string }> }> {
  const text = await readPart(scratch, sheet.scratchPart);
  if (text === undefined) throw new Error(`the scratch workbook lacks ${sheet.scratchPart}`);
  const part = freePartName(pkg, `${folder}worksheets/sheet`, ".xml");
  writePart(pkg, part, ""); // reserves the name; written in full below
  const added = [{ part, contentType: CONTENT_TYPE.worksheet as string }];
  const relationships: Relationship[] = [];

  for (const rel of await readRelationships(scratch, sheet.scratchPart)) {
    if (rel.type !== REL.table || rel.part === null) continue;
    const table = await readPart(scratch, rel.part);
    if (table === undefined) throw new Error(`the scratch workbook lacks ${rel.part}`);
    const tablePart = freePartName(pkg, `${folder}tables/table`, ".xml");
    const id = rehoming.nextTableId++;
    writePart(pkg, tablePart, table.replace(/(<table\b[^>]*?\sid=")\d+"/, `$1${id}"`));
    relationships.push({ ...rel, target: relativeTarget(part, tablePart), part: tablePart });
    added.push({ part: tablePart, contentType: CONTENT_TYPE.table });
  }

  const properties: PropertyPart[] = sheet.properties.map(([key, value]) => {
    const valuePart = freePartName(pkg, `${folder}customProperty`, ".bin");
    const bytes = encodeValue(value);
    writePart(pkg, valuePart, bytes);
    const relationshipId = freeRelationshipId(relationships);
    relationships.push({
      id: relationshipId,
      type: REL.customProperty,
      target: relativeTarget(part, valuePart),
      part: valuePart,
    });
    added.push({ part: valuePart, contentType: CONTENT_TYPE.customProperty });
    return { key, part: valuePart, relationshipId, bytes };
  });

  let drawing = "";
  if (sheet.plan.charts.length > 0) {
    const drawingName = freePartName(pkg, `${folder}drawings/drawing`, ".xml");
    writePart(pkg, drawingName, "");
    const cells = plannedCells(sheet.plan);
    const chartRels: Relationship[] = sheet.plan.charts.map((chart, i) => {
      const chartName = freePartName(pkg, `${folder}charts/chart`, ".xml");
      writePart(
        pkg,
        chartName,
        chartPart(chart, sheet.name, (a) => rangeValues(cells, a))
      );
      added.push({ part: chartName, contentType: CONTENT_TYPE.chart });
      return {
        id: `rId${i + 1}`,
        type: REL.chart,
        target: relativeTarget(drawingName, chartName),
        part: chartName,
      };
    });
    writePart(
      pkg,
      drawingName,
      drawingPart(
        sheet.plan.charts,
        chartRels.map((r) => r.id),
        sheet.metrics
      )
    );
    writeRelationships(pkg, drawingName, chartRels);
    added.push({ part: drawingName, contentType: CONTENT_TYPE.drawing });
    const relationshipId = freeRelationshipId(relationships);
    relationships.push({
      id: relationshipId,
      type: REL.drawing,
      target: relativeTarget(part, drawingName),
      part: drawingName,
    });
    drawing = `<drawing r:id="${relationshipId}"/>`;
  }

  const rehomed = selectTab(
    rehomeCells(text, rehoming.cellFormat, rehoming.sharedStrings),
    sheet.selected
  );
  writePart(pkg, part, insertSheetParts(rehomed, customPropertiesElement(properties), drawing));
  writeRelationships(pkg, part, relationships);
  return { part, added };
}
