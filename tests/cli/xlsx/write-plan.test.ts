import type { Worksheet } from "exceljs";
import JSZip from "jszip";
import { escapeXml } from "../../../src/cli/xlsx/package/xml";
import { characterWidth } from "../../../src/cli/xlsx/write/scratch-workbook";
import type { ScorecardPlan, SheetPlan } from "../../../src/plan/plan-types";
import {
  exceljsRead,
  partText,
  refreshBytes,
  refreshSheets,
  unzipped,
  type RefreshedFile,
} from "./support/refreshed-file";
import { EXAMPLE_SHEETS, xlsxBytes } from "./support/workbook-file";

let example: RefreshedFile;
let plan: ScorecardPlan;
beforeAll(async () => {
  example = await refreshSheets();
  if (example.plan === undefined) throw new Error("the example refresh wrote no plan");
  plan = example.plan;
});

const sheetPlan = (role: SheetPlan["role"]): SheetPlan => {
  const found = plan.sheets.find((s) => s.role === role);
  if (found === undefined) throw new Error(`no ${role} sheet planned`);
  return found;
};

/** The worksheet part of a sheet, by its name in workbook.xml and the workbook's relationships. */
async function sheetPart(file: string, name: string): Promise<string> {
  const zip = await unzipped(file);
  const workbook = await partText(zip, "xl/workbook.xml");
  const rels = await partText(zip, "xl/_rels/workbook.xml.rels");
  const id = new RegExp(
    `<sheet name="${name}"[^>]*r:id="(rId\\d+)"|<sheet[^>]*name="${name}"[^>]*r:id="(rId\\d+)"`
  ).exec(workbook);
  const rid = id?.[1] ?? id?.[2];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  if (target === undefined) throw new Error(`no part for sheet ${name}`);
  return partText(zip, `xl/${target}`);
}

describe("writing a plan into an .xlsx file", () => {
  it("adds the scorecard, charts and notes sheets after the analyst's own and opens on the scorecard", async () => {
    expect(example.outcome).toMatchObject({
      ok: true,
      summary: { sheets: ["Scorecard", "Scorecard charts", "Scorecard notes"] },
    });
    const workbook = await exceljsRead(example.file);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      ...EXAMPLE_SHEETS.map((s) => s.name),
      ...plan.sheets.map((s) => s.preferredName),
    ]);
    const book = await partText(await unzipped(example.file), "xl/workbook.xml");
    expect(book).toMatch(/<workbookView[^>]*activeTab="3"/);
    expect(await sheetPart(example.file, "Scorecard")).toMatch(/<sheetView tabSelected="1"/);
  });

  it("writes every planned value and number format, cell by cell, as exceljs reads them back", async () => {
    const workbook = await exceljsRead(example.file);
    for (const sheet of plan.sheets) {
      const worksheet = workbook.getWorksheet(sheet.preferredName);
      if (worksheet === undefined) throw new Error(`no sheet ${sheet.preferredName}`);
      for (const block of sheet.blocks) {
        block.values.forEach((line, r) =>
          line.forEach((value, c) => {
            // findCell reads without adding a cell (and is no Office.js getCell to lint rules).
            const cell = worksheet.findCell(block.row + r + 1, block.column + c + 1);
            const where = `${sheet.preferredName}!R${block.row + r + 1}C${block.column + c + 1}`;
            // exceljs decodes a date-formatted number as a Date: its serial is what Excel stores.
            const read =
              cell?.value instanceof Date ? 25569 + cell.value.getTime() / 86400000 : cell?.value;
            expect({ where, value: read ?? "" }).toEqual({ where, value });
            const format = block.numberFormats[r]?.[c] ?? "General";
            expect({ where, format: cell?.numFmt ?? "General" }).toEqual({ where, format });
          })
        );
      }
    }
  });

  it("keeps text that Excel would read as a formula as text", async () => {
    const settings = EXAMPLE_SHEETS.find((s) => s.name === "CSC Settings");
    const sheets = EXAMPLE_SHEETS.map((s) =>
      s === settings
        ? {
            ...s,
            values: s.values.map((row) =>
              row[0] === "Local authority" ? [row[0], "=Council+1"] : row
            ),
          }
        : s
    );
    const refreshed = await refreshSheets(sheets);
    const cell = (await exceljsRead(refreshed.file)).getWorksheet("Scorecard")?.getCell("B2");
    expect(cell?.value).toBe("=Council+1");
    expect(await sheetPart(refreshed.file, "Scorecard")).not.toMatch(/<f>/);
  });

  it("formats as planned: fills, fonts, widths, hidden columns, estimated heights, frozen header, tab colour, no gridlines", async () => {
    const worksheet = (await exceljsRead(example.file)).getWorksheet("Scorecard") as Worksheet;
    const scorecard = sheetPlan("scorecard");
    const header = worksheet.findCell(9, 1);
    expect(header?.fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FF1F3864" } });
    expect(header?.font).toMatchObject({ bold: true, color: { argb: "FFFFFFFF" } });
    for (const { column, points, hidden } of scorecard.columnWidths) {
      expect(worksheet.getColumn(column + 1).width).toBe(characterWidth(points));
      expect(worksheet.getColumn(column + 1).hidden).toBe(hidden === true);
    }
    // A month's report keeps its quarter column, hidden, so the table is the quarter's.
    expect(scorecard.columnWidths.filter((w) => w.hidden === true)).toHaveLength(1);
    expect(worksheet.getRow(1).height).toBe(24);
    expect(worksheet.getRow(9).height).toBe(56);
    // A note that wraps makes its row taller than one line.
    const heights = scorecard.blocks[0]!.values.map((_, r) => worksheet.getRow(r + 1).height ?? 15);
    expect(Math.max(...heights.slice(9))).toBeGreaterThan(15);
    expect(worksheet.views[0]).toMatchObject({
      state: "frozen",
      xSplit: 1,
      ySplit: 9,
      showGridLines: false,
    });
    expect(worksheet.properties.tabColor).toEqual({ argb: "FF1F3864" });
    const xml = await sheetPart(example.file, "Scorecard");
    expect(xml).toMatch(/<tableParts count="1">/);
    const zip = await unzipped(example.file);
    const table = await partText(zip, "xl/tables/table1.xml");
    expect(table).toMatch(/displayName="CSC_Scorecard"/);
    expect(table).toMatch(/<tableStyleInfo name="TableStyleLight1"/);
    expect(table).toMatch(new RegExp(`ref="${scorecard.tables[0]!.range}"`));
  });

  it("sets up printing as Excel writes it: landscape A4, narrow margins, one page wide, print area and title rows, header and footer, page breaks", async () => {
    const xml = await sheetPart(example.file, "Scorecard");
    expect(xml).toMatch(/<sheetPr>.*<pageSetUpPr fitToPage="1"\/><\/sheetPr>/);
    const setup = /<pageSetup [^>]*\/>/.exec(xml)?.[0] ?? "";
    for (const attribute of [
      'paperSize="9"',
      'orientation="landscape"',
      'fitToWidth="1"',
      'fitToHeight="0"',
    ]) {
      expect(setup).toContain(attribute);
    }
    // Excel's Narrow margins, in inches: the scorecard's columns fit A4 at 80% or more with them.
    expect(xml).toMatch(
      /<pageMargins left="0.25" right="0.25" top="0.75" bottom="0.75" header="0.3" footer="0.3"\/>/
    );
    // The plan's page breaks as SpreadsheetML's manual row breaks, each after the row above.
    const breaks = sheetPlan("scorecard").pageBreaks ?? [];
    expect(breaks.length).toBeGreaterThan(0);
    const written = [...xml.matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((m) => Number(m[1]));
    expect(written).toEqual(breaks);
    const print = sheetPlan("scorecard").print;
    expect(xml).toContain(
      `<oddHeader>${escapeXml(`&C${print.centerHeader}&R${print.rightHeader}`)}</oddHeader>`
    );
    expect(xml).toMatch(/<oddFooter>&amp;L.*&amp;RPage &amp;P of &amp;N<\/oddFooter>/);
    const book = await partText(await unzipped(example.file), "xl/workbook.xml");
    expect(book).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="3">&apos;Scorecard&apos;!$A$1:$${print.area.split(":")[1]!.replace(/(\d+)/, "$$$1")}</definedName>`
    );
    expect(book).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="3">&apos;Scorecard&apos;!$9:$9</definedName>`
    );
  });

  it("scopes the plan's names to the scorecard sheet, each with its comment", async () => {
    const book = await partText(await unzipped(example.file), "xl/workbook.xml");
    for (const name of sheetPlan("scorecard").names) {
      const cell = name.range.replace(/([A-Z]+)(\d+)/, "$$$1$$$2");
      expect(book).toContain(
        `<definedName name="${name.name}" comment="${name.comment}" localSheetId="3">&apos;Scorecard&apos;!${cell}</definedName>`
      );
    }
  });

  it("writes the scorecard in Calibri 11, the font its rows and pages are planned in, whatever the workbook's", async () => {
    const zip = await JSZip.loadAsync(await xlsxBytes(EXAMPLE_SHEETS));
    const styles = await partText(zip, "xl/styles.xml");
    // The workbook's own font (its first) becomes Arial 12, as in an older council template.
    const arial = styles.replace(/<font>(.*?)<\/font>/, (font) =>
      font
        .replace(/<sz val="[\d.]+"\/>/, '<sz val="12"/>')
        .replace(/<name val="[^"]+"\/>/, '<name val="Arial"/>')
    );
    expect(arial).not.toEqual(styles);
    zip.file("xl/styles.xml", arial);
    const refreshed = await refreshBytes(await zip.generateAsync({ type: "nodebuffer" }));
    const scorecard = (await exceljsRead(refreshed.file)).getWorksheet("Scorecard");
    const cells = ["A1", "A2", "B3", "A9", "A11", "C11", "R11"].map(
      (a) => scorecard?.getCell(a).font
    );
    expect(cells.map((font) => font?.name)).toEqual(cells.map(() => "Calibri"));
    expect(cells.slice(3).map((font) => font?.size)).toEqual([10, 11, 11, 11]);
  });

  it("leaves the analyst's own sheets' parts exactly as they were", async () => {
    const input = await xlsxBytes(EXAMPLE_SHEETS);
    const refreshed = await refreshBytes(input);
    const before = await (await import("jszip")).default.loadAsync(input);
    const after = await unzipped(refreshed.file);
    for (const part of [
      "xl/worksheets/sheet1.xml",
      "xl/worksheets/sheet2.xml",
      "xl/worksheets/sheet3.xml",
      "xl/sharedStrings.xml",
      "xl/theme/theme1.xml",
    ]) {
      expect({ part, text: await partText(after, part) }).toEqual({
        part,
        text: await partText(before, part),
      });
    }
  });

  it("gives the same workbook, and knows its own sheets, when the output is refreshed again", async () => {
    const again = await refreshBytes(example.bytes, "again.xlsx");
    expect(again.outcome).toMatchObject({
      ok: true,
      summary: { sheets: ["Scorecard", "Scorecard charts", "Scorecard notes"] },
    });
    const first = await exceljsRead(example.file);
    const second = await exceljsRead(again.file);
    expect(second.worksheets.map((w) => w.name)).toEqual(first.worksheets.map((w) => w.name));
    for (const sheet of first.worksheets) {
      const other = second.getWorksheet(sheet.name);
      const cells = (w: Worksheet | undefined) => {
        const out: unknown[] = [];
        w?.eachRow((row) =>
          row.eachCell((cell) => out.push([cell.address, cell.value, cell.numFmt]))
        );
        return out;
      };
      expect({ sheet: sheet.name, cells: cells(other) }).toEqual({
        sheet: sheet.name,
        cells: cells(sheet),
      });
    }
    const zip = await unzipped(again.file);
    const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(charts).toHaveLength(sheetPlan("charts").charts.length);
    const reads = await again.host.readSheets([
      "Scorecard",
      "Scorecard charts",
      "Scorecard notes",
      "CSC Data",
    ]);
    expect([...reads.sheets.values()].map((r) => r?.generated)).toEqual([true, true, true, false]);
  });

  it("leaves an analyst's own sheet called Scorecard alone and writes to Scorecard (2)", async () => {
    const own = { name: "Scorecard", values: [["My own summary"]] };
    const refreshed = await refreshSheets([...EXAMPLE_SHEETS, own]);
    expect(refreshed.outcome).toMatchObject({
      ok: true,
      summary: { sheets: ["Scorecard (2)", "Scorecard charts", "Scorecard notes"] },
      notices: [expect.stringMatching(/already called "Scorecard".*"Scorecard \(2\)"/)],
    });
    const workbook = await exceljsRead(refreshed.file);
    expect(workbook.getWorksheet("Scorecard")?.getCell("A1").value).toBe("My own summary");
    const again = await refreshBytes(refreshed.bytes);
    expect(again.outcome).toMatchObject({
      ok: true,
      summary: { sheets: ["Scorecard (2)", "Scorecard charts", "Scorecard notes"] },
    });
    expect((await exceljsRead(again.file)).worksheets.map((w) => w.name)).toEqual([
      "CSC Data",
      "CSC Comparators",
      "CSC Settings",
      "Scorecard",
      "Scorecard (2)",
      "Scorecard charts",
      "Scorecard notes",
    ]);
  });
});

describe("a scorecard sheet the analyst renamed to keep", () => {
  /** The refreshed file with its Scorecard sheet renamed as Excel renames one (names follow it). */
  async function renamed(bytes: Buffer, name: string): Promise<Buffer> {
    const zip = await JSZip.loadAsync(bytes);
    const book = await partText(zip, "xl/workbook.xml");
    zip.file(
      "xl/workbook.xml",
      book
        .replace('name="Scorecard"', `name="${escapeXml(name)}"`)
        .replace(/(?<!')Scorecard!/g, `'${name}'!`)
    );
    return zip.generateAsync({ type: "nodebuffer" });
  }

  it("is left as it was and named once in the notes and the issues", async () => {
    const kept = "Scorecard May 2015 (final)";
    const again = await refreshBytes(await renamed(example.bytes, kept), "kept.xlsx");
    expect(again.outcome.ok).toBe(true);
    expect(again.outcome.issues.filter((i) => i.code === "KEPT_SCORECARD_SHEET")).toEqual([
      expect.objectContaining({ sheet: kept, cell: "A1" }),
    ]);
    const workbook = await exceljsRead(again.file);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining([kept, "Scorecard", "Scorecard notes"])
    );
    const cells = (sheet: Worksheet | undefined) =>
      sheet?.getSheetValues().map((row) => JSON.stringify(row));
    const before = (await exceljsRead(example.file)).getWorksheet("Scorecard");
    expect(cells(workbook.getWorksheet(kept))).toEqual(cells(before));
    const notes: string[] = [];
    workbook.getWorksheet("Scorecard notes")?.eachRow((row) => {
      row.eachCell((cell) => notes.push(cell.text));
    });
    expect(notes.filter((text) => text.includes(kept))).toHaveLength(1);
  });
});
