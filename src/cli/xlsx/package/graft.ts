import { addSheet, type Rehoming, type SheetToAdd } from "./add-sheet";
import { updateContentTypes } from "./content-types";
import { rewriteDefinedNames, type SheetName } from "./defined-names";
import { readPart, relativeTarget, removePart, writePart, type OpcPackage } from "./opc-package";
import { removePartTree } from "./remove-parts";
import { freeRelationshipId, REL, writeRelationships, type Relationship } from "./relationships";
import { selectTab, sharedStringItems, tabSelected } from "./sheet-xml";
import { mergeStyles } from "./styles-merge";
import type { WorkbookPart, WorkbookSheet } from "./workbook-part";
import { readWorkbookPart } from "./workbook-part";
import {
  attributesOf,
  buildXml,
  child,
  childrenOf,
  element,
  localName,
  setAttribute,
  tagOf,
  type XmlNode,
} from "./xml";

const CALC_CHAIN = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain";
const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

/** A tab of the workbook after the graft: one of its sheets kept, or a generated one added. */
export type Tab = { readonly kept: WorkbookSheet } | { readonly added: number };

/** What the graft does: sheets removed, the tab order after, and the generated sheets to add. */
export interface Graft {
  readonly removed: readonly WorkbookSheet[];
  readonly tabs: readonly Tab[];
  readonly sheets: ReadonlyArray<
    Omit<SheetToAdd, "scratchPart" | "selected"> & { readonly names: readonly SheetName[] }
  >;
  /** The added sheet shown when the workbook opens (an index into `sheets`). */
  readonly active: number;
}

/**
 * Moves the generated sheets, as exceljs wrote them into a scratch workbook, into the analyst's
 * package: the previous generated sheets are removed with every part only they used; the new
 * ones take fresh part names, the target's styles (extended, never renumbered) and inline strings,
 * and carry their markers, charts and names; workbook.xml gets the new tab order, names and active
 * tab. The analyst's own parts stay as they were, except the one attribute that selects their tab
 * when a generated sheet is to be shown, and the calculation chain when sheets were removed (Excel
 * rebuilds it; a stale one names cells of sheets that are gone).
 */
export async function graftSheets(
  pkg: OpcPackage,
  workbook: WorkbookPart,
  scratch: OpcPackage,
  graft: Graft
): Promise<void> {
  const folder = workbook.part.slice(0, workbook.part.lastIndexOf("/") + 1);
  const roots = graft.removed.flatMap((s) => (s.part === null ? [] : [s.part]));
  let relationships: Relationship[] = workbook.relationships.filter(
    (r) => !graft.removed.some((s) => s.relationshipId === r.id)
  );
  const removed = await removePartTree(pkg, roots);
  if (graft.removed.length > 0) {
    for (const rel of relationships.filter((r) => r.type === CALC_CHAIN && r.part !== null)) {
      removePart(pkg, rel.part ?? "");
      removed.add(rel.part ?? "");
    }
    relationships = relationships.filter((r) => r.type !== CALC_CHAIN);
  }

  const scratchBook = await readWorkbookPart(scratch);
  if (scratchBook === undefined) throw new Error("exceljs wrote a package without a workbook");
  const scratchPart = (type: string) =>
    scratchBook.relationships.find((r) => r.type === type)?.part ?? undefined;
  const scratchStyles = await readPart(scratch, scratchPart(REL.styles) ?? "");
  const added: Array<{ part: string; contentType: string }> = [];
  const stylesRel = relationships.find((r) => r.type === REL.styles && r.part !== null);
  let cellFormat = (s: number) => s;
  if (scratchStyles === undefined) throw new Error("exceljs wrote a package without styles");
  const targetStyles = stylesRel?.part == null ? undefined : await readPart(pkg, stylesRel.part);
  if (stylesRel?.part != null && targetStyles !== undefined) {
    const merged = mergeStyles(targetStyles, scratchStyles);
    writePart(pkg, stylesRel.part, merged.xml);
    cellFormat = merged.cellFormat;
  } else {
    const part = `${folder}styles.xml`;
    writePart(pkg, part, scratchStyles);
    relationships.push({
      id: freeRelationshipId(relationships),
      type: REL.styles,
      target: relativeTarget(workbook.part, part),
      part,
    });
    added.push({ part, contentType: STYLES_TYPE });
  }
  const rehoming: Rehoming = {
    cellFormat,
    sharedStrings: sharedStringItems(await readPart(scratch, scratchPart(REL.sharedStrings) ?? "")),
    nextTableId: (await maxTableId(pkg)) + 1,
  };

  const idKey =
    Object.keys(attributesOf(workbook.sheets[0]?.node ?? {})).find((k) => k.endsWith(":id")) ??
    "r:id";
  const prefix = tagOf(workbook.root).includes(":")
    ? tagOf(workbook.root).slice(0, tagOf(workbook.root).indexOf(":") + 1)
    : "";
  let nextSheetId = Math.max(0, ...workbook.sheets.map((s) => s.sheetId)) + 1;
  const addedNodes: XmlNode[] = [];
  for (const [i, sheet] of graft.sheets.entries()) {
    const source = scratchBook.sheets[i]?.part;
    if (source === undefined || source === null)
      throw new Error("exceljs wrote fewer sheets than planned");
    const result = await addSheet(
      pkg,
      scratch,
      folder,
      { ...sheet, scratchPart: source, selected: i === graft.active },
      rehoming
    );
    added.push(...result.added);
    const id = freeRelationshipId(relationships);
    relationships.push({
      id,
      type: REL.worksheet,
      target: relativeTarget(workbook.part, result.part),
      part: result.part,
    });
    addedNodes.push(
      element(`${prefix}sheet`, { name: sheet.name, sheetId: nextSheetId++, [idKey]: id })
    );
  }
  writeRelationships(pkg, workbook.part, relationships);

  const sheetsNode = child(workbook.root, "sheets");
  if (sheetsNode === undefined) throw new Error("a workbook part without <sheets>");
  sheetsNode[tagOf(sheetsNode)] = graft.tabs.map((tab) =>
    "kept" in tab ? tab.kept.node : (addedNodes[tab.added] ?? {})
  );
  const oldIndex = new Map(workbook.sheets.map((s, i) => [s, i]));
  const newIndex = new Map<number, number>();
  graft.tabs.forEach((tab, i) => {
    if ("kept" in tab) newIndex.set(oldIndex.get(tab.kept) ?? -1, i);
  });
  const tabOf = (added: number) =>
    graft.tabs.findIndex((tab) => "added" in tab && tab.added === added);
  rewriteDefinedNames(
    workbook,
    (old) => newIndex.get(old),
    graft.sheets.map((s, i) => ({ localSheetId: tabOf(i), names: s.names }))
  );
  setActiveTab(workbook, prefix, tabOf(graft.active));
  writePart(pkg, workbook.part, buildXml(workbook.nodes));

  for (const tab of graft.tabs) {
    if (!("kept" in tab) || tab.kept.part === null) continue;
    const text = await readPart(pkg, tab.kept.part);
    if (text !== undefined && tabSelected(text))
      writePart(pkg, tab.kept.part, selectTab(text, false));
  }
  await updateContentTypes(pkg, removed, added);
}

/** The first workbook view opens on `tab`; a first visible tab past it would hide it, so it is reset. */
function setActiveTab(workbook: WorkbookPart, prefix: string, tab: number): void {
  let views = child(workbook.root, "bookViews");
  if (views === undefined) {
    views = element(`${prefix}bookViews`, {}, [element(`${prefix}workbookView`)]);
    const siblings = childrenOf(workbook.root);
    const at = siblings.findIndex((n) => localName(n) === "sheets");
    siblings.splice(at < 0 ? 0 : at, 0, views);
  }
  const view = child(views, "workbookView");
  if (view === undefined) return;
  setAttribute(view, "activeTab", tab);
  const first = Number(attributesOf(view).firstSheet ?? 0);
  if (first > tab) setAttribute(view, "firstSheet", tab);
}

/** The largest table id in the package (table ids are unique across a workbook). */
async function maxTableId(pkg: OpcPackage): Promise<number> {
  let max = 0;
  for (const name of Object.keys(pkg.zip.files)) {
    if (!/\/tables\/[^/]+\.xml$/i.test(name)) continue;
    const text = (await readPart(pkg, name)) ?? "";
    const id = /<(?:\w+:)?table\b[^>]*?\sid="(\d+)"/.exec(text)?.[1];
    if (id !== undefined) max = Math.max(max, Number(id));
  }
  return max;
}
