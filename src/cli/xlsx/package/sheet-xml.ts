/**
 * Edits of worksheet XML as text: the generated sheets are exceljs's output, whose shape is known,
 * and the analyst's sheets are only ever touched by the one attribute that selects a tab. Text
 * edits keep everything else byte for byte, which re-serialising a large sheet would not.
 */

/** Elements of CT_Worksheet (ECMA-376 Part 1, 18.3.1.99) that come after `customProperties`, in order. */
const AFTER_CUSTOM_PROPERTIES = [
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/**
 * Inserts `<customProperties>` and `<drawing>` where the schema puts them: after the header and
 * footer and page breaks, before the first element that must follow (a drawing is placed before
 * legacyDrawing, picture, …, tableParts and extLst). The sheet must have neither yet.
 * @example insertSheetParts("<worksheet>…<headerFooter/><tableParts/></worksheet>", "<customProperties/>", "<drawing r:id=\"rId3\"/>")
 * // "<worksheet>…<headerFooter/><customProperties/><drawing r:id=\"rId3\"/><tableParts/></worksheet>"
 */
export function insertSheetParts(
  sheetXml: string,
  customProperties: string,
  drawing: string
): string {
  if (/<(\w+:)?(customProperties|drawing)[\s>/]/.test(sheetXml)) {
    throw new Error("the scratch sheet already has custom properties or a drawing");
  }
  const pattern = new RegExp(
    `<(?:\\w+:)?(?:${AFTER_CUSTOM_PROPERTIES.join("|")})[\\s>/]|</(?:\\w+:)?worksheet>`
  );
  const at = sheetXml.search(pattern);
  if (at < 0) throw new Error("a worksheet part without its closing tag");
  return `${sheetXml.slice(0, at)}${customProperties}${drawing}${sheetXml.slice(at)}`;
}

/**
 * Moves a scratch sheet's cells onto the target's styles and strings: every `s` (cell and row
 * style) and `style` (column) index through `cellFormat`, and every shared string (t="s") written
 * inline (t="inlineStr"), since the target has its own shared strings table. `<si>` and `<is>`
 * are the same type (CT_Rst), so a string's XML moves as it is.
 * @example rehomeCells('<c r="A1" s="2" t="s"><v>0</v></c>', (s) => s + 10, ["<t>Referrals</t>"])
 * // '<c r="A1" s="12" t="inlineStr"><is><t>Referrals</t></is></c>'
 */
export function rehomeCells(
  sheetXml: string,
  cellFormat: (scratch: number) => number,
  sharedStrings: readonly string[]
): string {
  const restyled = sheetXml
    .replace(
      /(<(?:c|row)\b[^>]*?\ss=")(\d+)"/g,
      (_, head: string, s: string) => `${head}${cellFormat(Number(s))}"`
    )
    .replace(
      /(<col\b[^>]*?\sstyle=")(\d+)"/g,
      (_, head: string, s: string) => `${head}${cellFormat(Number(s))}"`
    );
  return restyled.replace(
    /<c\b([^>]*?)\st="s"([^>]*)><v>(\d+)<\/v><\/c>/g,
    (_, before: string, after: string, index: string) => {
      const text = sharedStrings[Number(index)];
      if (text === undefined)
        throw new Error(`the scratch sheet names shared string ${index}, which it lacks`);
      return `<c${before} t="inlineStr"${after}><is>${text}</is></c>`;
    }
  );
}

/**
 * The inner XML of each `<si>` of a shared strings part, in order.
 * @example sharedStringItems("<sst><si><t>A</t></si><si><t>B</t></si></sst>") // ["<t>A</t>", "<t>B</t>"]
 */
export function sharedStringItems(sharedStringsXml: string | undefined): string[] {
  if (sharedStringsXml === undefined) return [];
  return [...sharedStringsXml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => m[1] ?? "");
}

const SHEET_VIEW = /<(?:\w+:)?sheetView\b[^>]*>/g;

/**
 * Selects or deselects a sheet's tab (its first view's `tabSelected`), which is what Excel opens
 * on with `activeTab`; more than one selected tab would open them grouped.
 * @example selectTab('<sheetView workbookViewId="0">', true) // '<sheetView tabSelected="1" workbookViewId="0">'
 */
export function selectTab(sheetXml: string, selected: boolean): string {
  return sheetXml.replace(SHEET_VIEW, (tag) => {
    const plain = tag.replace(/\stabSelected="[^"]*"/, "");
    return selected ? plain.replace(/^<((?:\w+:)?sheetView)/, '<$1 tabSelected="1"') : plain;
  });
}

/** Whether a sheet's view has its tab selected. */
export function tabSelected(sheetXml: string): boolean {
  return [...sheetXml.matchAll(SHEET_VIEW)].some((m) => /\stabSelected="(1|true)"/.test(m[0]));
}
