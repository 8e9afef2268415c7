import { readRelationships, REL, type Relationship } from "./relationships";
import { readPart, type OpcPackage } from "./opc-package";
import { attribute, childElements, child, parseXml, rootOf, textOf, type XmlNode } from "./xml";

/** One `<sheet>` of workbook.xml with the part it points at. */
export interface WorkbookSheet {
  readonly name: string;
  readonly sheetId: number;
  readonly relationshipId: string;
  /** The worksheet part ("xl/worksheets/sheet1.xml"); null for a chart sheet or a dangling id. */
  readonly part: string | null;
  readonly node: XmlNode;
}

/** One `<definedName>`: `localSheetId` is the 0-based tab index of its sheet, absent for the workbook's. */
export interface DefinedName {
  readonly name: string;
  readonly localSheetId: number | undefined;
  readonly formula: string;
}

/** workbook.xml parsed, with its relationships: what the survey reads and the graft edits. */
export interface WorkbookPart {
  readonly part: string;
  readonly nodes: XmlNode[];
  readonly root: XmlNode;
  readonly relationships: Relationship[];
  readonly sheets: WorkbookSheet[];
  readonly definedNames: DefinedName[];
}

/** The workbook part named by the package's root relationships, or undefined when there is none. */
export async function readWorkbookPart(pkg: OpcPackage): Promise<WorkbookPart | undefined> {
  const root = await readRelationships(pkg, "");
  const part =
    root.find((r) => r.type === REL.officeDocument)?.part ??
    // Strict Open XML uses another namespace for the same relationship.
    root.find((r) => r.type.endsWith("/officeDocument"))?.part;
  if (part === undefined || part === null) return undefined;
  const text = await readPart(pkg, part);
  if (text === undefined) return undefined;
  const nodes = parseXml(text);
  const workbook = rootOf(nodes);
  const relationships = await readRelationships(pkg, part);
  const byId = new Map(relationships.map((r) => [r.id, r]));
  const sheetsNode = child(workbook, "sheets");
  const sheets = (sheetsNode === undefined ? [] : childElements(sheetsNode, "sheet")).map(
    (node) => {
      const relationshipId = attribute(node, "r:id") ?? relationshipAttribute(node) ?? "";
      const rel = byId.get(relationshipId);
      return {
        name: attribute(node, "name") ?? "",
        sheetId: Number(attribute(node, "sheetId") ?? 0),
        relationshipId,
        part: rel?.type === REL.worksheet ? rel.part : null,
        node,
      };
    }
  );
  const namesNode = child(workbook, "definedNames");
  const definedNames = (namesNode === undefined ? [] : childElements(namesNode, "definedName")).map(
    (node) => {
      const local = attribute(node, "localSheetId");
      return {
        name: attribute(node, "name") ?? "",
        localSheetId: local === undefined ? undefined : Number(local),
        formula: textOf(node),
      };
    }
  );
  return { part, nodes, root: workbook, relationships, sheets, definedNames };
}

/** The relationship id of a `<sheet>` written with a namespace prefix other than `r:`. */
function relationshipAttribute(node: XmlNode): string | undefined {
  const attrs = (node[":@"] as Record<string, string> | undefined) ?? {};
  const key = Object.keys(attrs).find((k) => k.endsWith(":id"));
  return key === undefined ? undefined : attribute(node, key);
}
