import type { SheetPlan } from "../../../plan/plan-types";
import { sheetReference } from "../write/a1-range";
import type { WorkbookPart } from "./workbook-part";
import {
  attribute,
  child,
  childElements,
  childrenOf,
  element,
  localName,
  setAttribute,
  tagOf,
  textNode,
  type XmlNode,
} from "./xml";

/** One name scoped to a sheet, as workbook.xml holds it. */
export interface SheetName {
  readonly name: string;
  readonly formula: string;
  readonly comment?: string;
}

/**
 * A generated sheet's names: the plan's own (with their comments, which Office.js's
 * `names.add(name, range, comment)` sets) and the print area and title rows, which Excel keeps as
 * the sheet-scoped built-in names `_xlnm.Print_Area` and `_xlnm.Print_Titles`.
 * @example sheetNames(plan.sheets[0], "Scorecard")[0] // { name: "CSC_Authority", formula: "'Scorecard'!$B$2", comment: "…" }
 */
export function sheetNames(plan: SheetPlan, sheet: string): SheetName[] {
  const names: SheetName[] = plan.names.map((n) => ({
    name: n.name,
    formula: sheetReference(sheet, n.range),
    comment: n.comment,
  }));
  names.push({ name: "_xlnm.Print_Area", formula: sheetReference(sheet, plan.print.area) });
  if (plan.print.titleRows !== undefined) {
    names.push({
      name: "_xlnm.Print_Titles",
      formula: sheetReference(sheet, plan.print.titleRows),
    });
  }
  return names;
}

/** CT_Workbook's elements that follow `definedNames` (ECMA-376 Part 1, 18.2.27). */
const AFTER_DEFINED_NAMES = [
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

/**
 * Rewrites workbook.xml's names after sheets moved: a name scoped to a removed sheet goes with it,
 * the others follow their sheet to its new tab index, and the new sheets' names are added.
 * @param newIndex the new tab index of each old one, undefined for a removed sheet
 */
export function rewriteDefinedNames(
  workbook: WorkbookPart,
  newIndex: (oldIndex: number) => number | undefined,
  added: ReadonlyArray<{ readonly localSheetId: number; readonly names: readonly SheetName[] }>
): void {
  const prefix = tagOf(workbook.root).includes(":")
    ? tagOf(workbook.root).slice(0, tagOf(workbook.root).indexOf(":") + 1)
    : "";
  const existing = child(workbook.root, "definedNames");
  const kept = (existing === undefined ? [] : childElements(existing, "definedName")).flatMap(
    (node) => {
      const local = attribute(node, "localSheetId");
      if (local === undefined) return [node];
      const moved = newIndex(Number(local));
      if (moved === undefined) return [];
      setAttribute(node, "localSheetId", moved);
      return [node];
    }
  );
  const fresh = added.flatMap(({ localSheetId, names }) =>
    names.map((n) =>
      element(
        `${prefix}definedName`,
        { name: n.name, ...(n.comment === undefined ? {} : { comment: n.comment }), localSheetId },
        [textNode(n.formula)]
      )
    )
  );
  const all = [...kept, ...fresh];
  const siblings = childrenOf(workbook.root).filter((node) => localName(node) !== "definedNames");
  if (all.length > 0) {
    const at = siblings.findIndex((node) => AFTER_DEFINED_NAMES.includes(localName(node) ?? ""));
    const names: XmlNode = { [`${prefix}definedNames`]: all };
    siblings.splice(at < 0 ? siblings.length : at, 0, names);
  }
  workbook.root[tagOf(workbook.root)] = siblings;
}
