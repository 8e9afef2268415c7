import { partNames, relsPartOf, removePart, type OpcPackage } from "./opc-package";
import { readRelationships } from "./relationships";

/**
 * Removes parts and everything only they lead to: a generated sheet's tables, drawing, charts (and
 * the style and colour parts Excel hangs off a chart), custom property values, printer settings.
 * A part that something kept still points at stays. Returns the removed part names.
 * @example await removePartTree(pkg, ["xl/worksheets/sheet4.xml"]) // Set { "xl/worksheets/sheet4.xml", "xl/tables/table1.xml", … }
 */
export async function removePartTree(
  pkg: OpcPackage,
  roots: readonly string[]
): Promise<Set<string>> {
  const doomed = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const part = queue.pop();
    if (part === undefined || doomed.has(part)) continue;
    doomed.add(part);
    for (const rel of await readRelationships(pkg, part)) {
      if (rel.part !== null) queue.push(rel.part);
    }
  }
  // Keep whatever a surviving part still references (a chart style shared with another chart);
  // the roots go whatever points at them (the workbook's own links to them are rewritten).
  const kept = new Set<string>();
  for (const name of partNames(pkg)) {
    const match = /^(.*)_rels\/([^/]*)\.rels$/.exec(name);
    if (match === null) continue;
    const source = `${match[1] ?? ""}${match[2] ?? ""}`;
    if (doomed.has(source)) continue;
    for (const rel of await readRelationships(pkg, source))
      if (rel.part !== null) kept.add(rel.part);
  }
  const removed = new Set<string>();
  for (const part of doomed) {
    if (kept.has(part) && !roots.includes(part)) continue;
    removePart(pkg, part);
    removePart(pkg, relsPartOf(part));
    removed.add(part);
  }
  return removed;
}
