import { attribute, buildXml, childElements, element, parseXml, rootOf, type XmlNode } from "./xml";
import { readPart, relsPartOf, resolveTarget, writePart, type OpcPackage } from "./opc-package";

const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Relationship types this host reads or writes. */
export const REL = {
  officeDocument: `${OFFICE_RELS}/officeDocument`,
  worksheet: `${OFFICE_RELS}/worksheet`,
  styles: `${OFFICE_RELS}/styles`,
  sharedStrings: `${OFFICE_RELS}/sharedStrings`,
  table: `${OFFICE_RELS}/table`,
  drawing: `${OFFICE_RELS}/drawing`,
  chart: `${OFFICE_RELS}/chart`,
  customProperty: `${OFFICE_RELS}/customProperty`,
} as const;

/** One relationship; `part` is the resolved target part, null for an external target. */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly part: string | null;
}

/** The relationships of a part (none when it has no relationships part). */
export async function readRelationships(pkg: OpcPackage, source: string): Promise<Relationship[]> {
  const text = await readPart(pkg, relsPartOf(source));
  if (text === undefined) return [];
  return childElements(rootOf(parseXml(text)), "Relationship").map((node) => {
    const target = attribute(node, "Target") ?? "";
    const external = attribute(node, "TargetMode") === "External";
    return {
      id: attribute(node, "Id") ?? "",
      type: attribute(node, "Type") ?? "",
      target,
      part: external ? null : resolveTarget(source, target),
    };
  });
}

/**
 * Writes a part's relationships. Unknown attributes of existing ones are not kept: a
 * relationship has only Id, Type, Target and TargetMode.
 */
export function writeRelationships(
  pkg: OpcPackage,
  source: string,
  relationships: readonly Relationship[]
): void {
  const nodes: XmlNode[] = relationships.map((r) =>
    element("Relationship", {
      Id: r.id,
      Type: r.type,
      Target: r.target,
      ...(r.part === null ? { TargetMode: "External" } : {}),
    })
  );
  writePart(pkg, relsPartOf(source), declared(element("Relationships", { xmlns: RELS_NS }, nodes)));
}

/**
 * The first "rIdN" not among the ids given.
 * @example freeRelationshipId([{ id: "rId1" }, { id: "rId3" }]) // "rId2"
 */
export function freeRelationshipId(taken: readonly { readonly id: string }[]): string {
  const ids = new Set(taken.map((r) => r.id));
  for (let n = 1; ; n++) if (!ids.has(`rId${n}`)) return `rId${n}`;
}

/** A part's text with the XML declaration Excel writes. */
export function declared(root: XmlNode): string {
  return buildXml([
    { "?xml": [{ "#text": "" }], ":@": { version: "1.0", encoding: "UTF-8", standalone: "yes" } },
    root,
  ]);
}
