import {
  attribute,
  buildXml,
  child,
  childElements,
  childrenOf,
  element,
  parseXml,
  rootOf,
  setAttribute,
  tagOf,
  type XmlNode,
} from "./xml";

/** The first custom number format id; 0–163 are Excel's built-in formats. */
const FIRST_CUSTOM_FORMAT = 164;

/** The target's styles with the scratch workbook's appended, and where each scratch style went. */
export interface MergedStyles {
  readonly xml: string;
  /** The target's cell format (`s` index) for a scratch cell format. */
  readonly cellFormat: (scratchIndex: number) => number;
}

/**
 * Appends the fonts, fills, borders, number formats and cell formats of the scratch workbook (the
 * generated sheets as exceljs wrote them) to the analyst's own styles part, so the generated sheets
 * can move into their package without rewriting a single style the analyst's sheets use. The
 * scratch's defaults (font 0, fills 0 and 1, border 0, cell format 0) are the target's own, so an
 * unstyled generated cell looks like any new cell of that workbook; number formats already
 * defined with the same code are reused.
 * @example mergeStyles(analystStyles, exceljsStyles).cellFormat(3) // 12 when the analyst had 9 cell formats
 */
export function mergeStyles(targetXml: string, scratchXml: string): MergedStyles {
  const targetNodes = parseXml(targetXml);
  const target = rootOf(targetNodes);
  const scratch = rootOf(parseXml(scratchXml));
  const prefix = prefixOf(target);

  const formatIds = mergeNumberFormats(target, scratch, prefix);
  const fonts = appendAfter(target, scratch, "fonts", "font", 1, prefix);
  const fills = appendAfter(target, scratch, "fills", "fill", 2, prefix);
  const borders = appendAfter(target, scratch, "borders", "border", 1, prefix);

  const scratchXfs = section(scratch, "cellXfs", "xf");
  const targetXfs = ensureSection(target, "cellXfs", prefix);
  const firstNew = childElements(targetXfs, "xf").length;
  const added = scratchXfs.slice(1).map((xf) => {
    const copy = retag(structuredClone(xf), prefix);
    const remap = (name: string, map: (n: number) => number) => {
      const value = attribute(copy, name);
      if (value !== undefined) setAttribute(copy, name, map(Number(value)));
    };
    remap("numFmtId", (id) => formatIds.get(id) ?? id);
    remap("fontId", fonts);
    remap("fillId", fills);
    remap("borderId", borders);
    setAttribute(copy, "xfId", 0);
    return copy;
  });
  targetXfs[tagOf(targetXfs)] = [...childrenOf(targetXfs), ...added];
  setAttribute(targetXfs, "count", firstNew + added.length);
  return {
    xml: buildXml(targetNodes),
    cellFormat: (index) => (index <= 0 || index > added.length ? 0 : firstNew + index - 1),
  };
}

/** "x:" when the part's elements carry a prefix, "" when SpreadsheetML is the default namespace. */
function prefixOf(node: XmlNode): string {
  const tag = tagOf(node);
  return tag.includes(":") ? tag.slice(0, tag.indexOf(":") + 1) : "";
}

function retag(node: XmlNode, prefix: string): XmlNode {
  if (prefix === "") return node;
  const tag = tagOf(node);
  if (tag.startsWith("#")) return node;
  const out: XmlNode = { [`${prefix}${tag}`]: childrenOf(node).map((c) => retag(c, prefix)) };
  if (node[":@"] !== undefined) out[":@"] = node[":@"];
  return out;
}

function section(root: XmlNode, name: string, item: string): XmlNode[] {
  const node = child(root, name);
  return node === undefined ? [] : childElements(node, item);
}

/** The section element, created in schema order (numFmts, fonts, fills, borders, cellStyleXfs, cellXfs) when missing. */
function ensureSection(root: XmlNode, name: string, prefix: string): XmlNode {
  const found = child(root, name);
  if (found !== undefined) return found;
  const order = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs"];
  const created = element(`${prefix}${name}`, { count: 0 });
  const siblings = childrenOf(root);
  const after = order.slice(order.indexOf(name) + 1);
  const index = siblings.findIndex((s) => {
    const local = tagOf(s).slice(tagOf(s).indexOf(":") + 1);
    return (
      after.includes(local) ||
      ["cellStyles", "dxfs", "tableStyles", "colors", "extLst"].includes(local)
    );
  });
  siblings.splice(index < 0 ? siblings.length : index, 0, created);
  root[tagOf(root)] = siblings;
  return created;
}

/**
 * Appends the scratch's items of a section after the target's, but for the first `shared` ones
 * (the defaults both workbooks have), which map onto the target's. Returns the index map.
 */
function appendAfter(
  target: XmlNode,
  scratch: XmlNode,
  name: string,
  item: string,
  shared: number,
  prefix: string
): (index: number) => number {
  const items = section(scratch, name, item);
  const node = ensureSection(target, name, prefix);
  const first = childElements(node, item).length;
  const added = items.slice(shared).map((n) => retag(structuredClone(n), prefix));
  node[tagOf(node)] = [...childrenOf(node), ...added];
  setAttribute(node, "count", first + added.length);
  return (index) => (index < shared ? index : first + index - shared);
}

/** Custom number formats of the scratch, by their id there, to ids in the target. */
function mergeNumberFormats(
  target: XmlNode,
  scratch: XmlNode,
  prefix: string
): Map<number, number> {
  const ids = new Map<number, number>();
  const scratchFormats = section(scratch, "numFmts", "numFmt");
  if (scratchFormats.length === 0) return ids;
  const node = ensureSection(target, "numFmts", prefix);
  const existing = childElements(node, "numFmt");
  const byCode = new Map(
    existing.map((f) => [attribute(f, "formatCode"), Number(attribute(f, "numFmtId"))])
  );
  let next =
    Math.max(FIRST_CUSTOM_FORMAT - 1, ...existing.map((f) => Number(attribute(f, "numFmtId")))) + 1;
  const added: XmlNode[] = [];
  for (const format of scratchFormats) {
    const id = Number(attribute(format, "numFmtId"));
    const code = attribute(format, "formatCode") ?? "";
    const known = byCode.get(code);
    if (known !== undefined) {
      ids.set(id, known);
      continue;
    }
    ids.set(id, next);
    byCode.set(code, next);
    added.push(element(`${prefix}numFmt`, { numFmtId: next, formatCode: code }));
    next++;
  }
  node[tagOf(node)] = [...childrenOf(node), ...added];
  setAttribute(node, "count", existing.length + added.length);
  return ids;
}

/** The name and size of the workbook's default font (its font 0), Calibri 11 when unreadable. */
export function defaultFontOf(stylesXml: string | undefined): { name: string; size: number } {
  const fallback = { name: "Calibri", size: 11 };
  if (stylesXml === undefined) return fallback;
  const font = section(rootOf(parseXml(stylesXml)), "fonts", "font")[0];
  if (font === undefined) return fallback;
  const name = child(font, "name");
  const size = child(font, "sz");
  return {
    name: (name === undefined ? undefined : attribute(name, "val")) ?? fallback.name,
    size: Number((size === undefined ? undefined : attribute(size, "val")) ?? fallback.size),
  };
}
