import JSZip from "jszip";
import { insertSheetParts, rehomeCells, selectTab } from "../../../src/cli/xlsx/package/sheet-xml";
import { mergeStyles } from "../../../src/cli/xlsx/package/styles-merge";
import { tabOrder } from "../../../src/cli/xlsx/package/tab-order";
import { rowHeightFor, wrappedLines } from "../../../src/plan/text-fit/row-height-estimate";
import { characterWidth } from "../../../src/cli/xlsx/write/scratch-workbook";
import { partText, refreshBytes } from "./support/refreshed-file";
import { EXAMPLE_SHEETS, xlsxBytes } from "./support/workbook-file";

describe("the package's parts", () => {
  it("puts customProperties and the drawing where CT_Worksheet has them: after headerFooter, before tableParts", () => {
    const sheet =
      '<worksheet><sheetData/><headerFooter/><rowBreaks/><tableParts count="1"/><extLst/></worksheet>';
    expect(insertSheetParts(sheet, "<customProperties/>", '<drawing r:id="rId9"/>')).toBe(
      '<worksheet><sheetData/><headerFooter/><rowBreaks/><customProperties/><drawing r:id="rId9"/><tableParts count="1"/><extLst/></worksheet>'
    );
    expect(insertSheetParts("<worksheet><sheetData/></worksheet>", "<customProperties/>", "")).toBe(
      "<worksheet><sheetData/><customProperties/></worksheet>"
    );
  });

  it("moves cells onto the target's styles and writes shared strings inline", () => {
    const xml =
      '<row r="1" s="2" customFormat="1"><c r="A1" s="3" t="s"><v>1</v></c><c r="B1" s="0"><v>5</v></c></row>';
    expect(
      rehomeCells(xml, (s) => (s === 0 ? 0 : s + 40), ["<t>A</t>", "<t>Re-referrals</t>"])
    ).toBe(
      '<row r="1" s="42" customFormat="1"><c r="A1" s="43" t="inlineStr"><is><t>Re-referrals</t></is></c><c r="B1" s="0"><v>5</v></c></row>'
    );
  });

  it("selects one tab only", () => {
    expect(selectTab('<sheetView tabSelected="1" workbookViewId="0"/>', false)).toBe(
      '<sheetView workbookViewId="0"/>'
    );
    expect(selectTab('<sheetView workbookViewId="0">', true)).toBe(
      '<sheetView tabSelected="1" workbookViewId="0">'
    );
  });

  it("appends styles after the analyst's, reusing their number format of the same code", () => {
    const target =
      '<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><fonts count="2"><font/><font/></fonts>' +
      '<fills count="2"><fill/><fill/></fills><borders count="1"><border/></borders><cellXfs count="3"><xf/><xf/><xf/></cellXfs></styleSheet>';
    const scratch =
      '<styleSheet><numFmts count="2"><numFmt numFmtId="164" formatCode="#,##0.0"/><numFmt numFmtId="165" formatCode="0.0%"/></numFmts>' +
      '<fonts count="2"><font/><font><b/></font></fonts><fills count="3"><fill/><fill/><fill><patternFill patternType="solid"/></fill></fills>' +
      '<borders count="1"><border/></borders><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
      '<xf numFmtId="164" fontId="1" fillId="2" borderId="0" xfId="0"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>';
    const merged = mergeStyles(target, scratch);
    expect(merged.cellFormat(0)).toBe(0);
    expect(merged.cellFormat(1)).toBe(3);
    expect(merged.cellFormat(2)).toBe(4);
    expect(merged.xml).toContain('<numFmt numFmtId="165" formatCode="#,##0.0"/>');
    expect(merged.xml).toContain(
      '<xf numFmtId="165" fontId="2" fillId="2" borderId="0" xfId="0"/>'
    );
    expect(merged.xml).toContain(
      '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    );
    expect(merged.xml).toMatch(/<cellXfs count="5">/);
  });

  it("gives new sheets their predecessors' places and puts the others last", () => {
    const existing = [{ removed: false }, { removed: true }, { removed: false }, { removed: true }];
    expect(tabOrder(existing, [3, 1, null])).toEqual([
      { kept: 0 },
      { added: 0 },
      { kept: 2 },
      { added: 1 },
      { added: 2 },
    ]);
  });
});

describe("the row height estimate", () => {
  it("wraps words within the column and keeps one line for short text", () => {
    expect(wrappedLines("Contacts", 200, 11, false)).toBe(1);
    expect(
      wrappedLines(
        "No data for early_help_assessments, population in Apr-15 to May-15.",
        230,
        11,
        false
      )
    ).toBe(2);
    expect(wrappedLines("one\ntwo\nthree", 200, 11, false)).toBe(3);
    // Room 80 pt: "Children in need with an up-" fits a line where the whole word would not.
    expect(wrappedLines("Children in need with an up-to-date plan", 120, 11, false)).toBe(2);
    expect(wrappedLines("Children in need with an up to date plan", 120, 11, false)).toBe(2);
    expect(wrappedLines("up-to-date", 30, 11, false)).toBe(3);
    // A minus sign is no place to break, nor is an en dash (Excel is not known to break there).
    expect(wrappedLines("-2.1", 12, 11, false)).toBe(2);
    expect(wrappedLines("Within band 40–55 per 10,000", 84, 11, false)).toBe(3);
    expect(rowHeightFor(1, 11)).toBe(15);
    expect(rowHeightFor(3, 11)).toBe(45);
  });

  it("converts Office.js points to SpreadsheetML character widths", () => {
    expect(characterWidth(48)).toBe(9.140625);
  });
});

describe("refreshing a workbook with sheets and names of the analyst's after the scorecard", () => {
  it("keeps the analyst's sheet-scoped names on their own sheets when the scorecard is replaced", async () => {
    const first = await refreshBytes(await xlsxBytes(EXAMPLE_SHEETS));
    // The analyst adds a sheet after the scorecard, with a name of its own, and keeps calculating.
    const zip = await JSZip.loadAsync(first.bytes);
    const withLater = await xlsxBytes([{ name: "Later", values: [["My note"]] }]);
    const later = await JSZip.loadAsync(withLater);
    zip.file("xl/worksheets/sheet99.xml", await partText(later, "xl/worksheets/sheet1.xml"));
    const book = await partText(zip, "xl/workbook.xml");
    zip.file(
      "xl/workbook.xml",
      book
        .replace("</sheets>", '<sheet name="Later" sheetId="99" r:id="rId99"/></sheets>')
        .replace(
          "<definedNames>",
          '<definedNames><definedName name="MyNote" localSheetId="6">&apos;Later&apos;!$A$1</definedName>'
        )
    );
    const rels = await partText(zip, "xl/_rels/workbook.xml.rels");
    zip.file(
      "xl/_rels/workbook.xml.rels",
      rels.replace(
        "</Relationships>",
        '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet99.xml"/></Relationships>'
      )
    );
    const types = await partText(zip, "[Content_Types].xml");
    zip.file(
      "[Content_Types].xml",
      types.replace(
        "</Types>",
        '<Override PartName="/xl/worksheets/sheet99.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
      )
    );
    const again = await refreshBytes(await zip.generateAsync({ type: "uint8array" }));
    expect(again.outcome.ok).toBe(true);
    const after = await JSZip.loadAsync(again.bytes);
    const workbook = await partText(after, "xl/workbook.xml");
    const names = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual([
      "CSC Data",
      "CSC Comparators",
      "CSC Settings",
      "Scorecard",
      "Scorecard charts",
      "Scorecard notes",
      "Later",
    ]);
    expect(workbook).toContain(
      '<definedName name="MyNote" localSheetId="6">&apos;Later&apos;!$A$1</definedName>'
    );
    expect(workbook.match(/name="CSC_ReportingMonth"/g)).toHaveLength(1);
  });
});
