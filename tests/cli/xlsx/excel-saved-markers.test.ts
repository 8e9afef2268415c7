import JSZip from "jszip";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  decodeValue,
  encodeValue,
  readCustomProperties,
} from "../../../src/cli/xlsx/package/custom-properties";
import { openPackage, type OpcPackage } from "../../../src/cli/xlsx/package/opc-package";
import { surveyPackage } from "../../../src/cli/xlsx/package/package-survey";
import { readRelationships } from "../../../src/cli/xlsx/package/relationships";
import { readWorkbookPart } from "../../../src/cli/xlsx/package/workbook-part";
import { NAME_KEY, ROLE_KEY, STATE_KEY } from "../../../src/refresh/output/markers";
import { runRealCommand } from "../support/real-command";
import { exceljsRead } from "./support/refreshed-file";
import {
  excelSavedWorkbook,
  SAVED_FIGURE,
  SAVED_SHEETS,
  SPREADSHEETML_CONTENT_TYPE,
  STRICT_TYPE,
  TRANSITIONAL_TYPE,
} from "./support/excel-saved";

const utf16le = (text: string) => new Uint8Array(Buffer.from(text, "utf16le"));

async function opened(bytes: Uint8Array): Promise<OpcPackage> {
  const result = await openPackage(bytes);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

describe("a value part, whichever way its writer encoded it", () => {
  it.each([
    ["UTF-16LE, as this host and the writers we could read store it", utf16le("live")],
    ["UTF-16LE with a byte-order mark", new Uint8Array([0xff, 0xfe, ...utf16le("live")])],
    ["UTF-16LE with a terminating NUL", utf16le("live\u0000")],
    ["UTF-16LE with a mark and a NUL", new Uint8Array([0xff, 0xfe, ...utf16le("live\u0000")])],
    ["UTF-16BE with its mark", new Uint8Array([0xfe, 0xff, 0, 108, 0, 105, 0, 118, 0, 101])],
    ["UTF-8", new TextEncoder().encode("live")],
    ["UTF-8 with a mark", new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("live")])],
    ["UTF-8 with a NUL", new TextEncoder().encode("live\u0000")],
  ])("reads %s", (_, bytes) => {
    expect(decodeValue(bytes)).toBe("live");
  });

  it("reads every marker value and sheet name the add-in writes back as it was written", () => {
    for (const text of [
      "scorecard",
      "charts",
      "notes",
      "building",
      "Scorecard (2)",
      "Scorecard notes",
      "k3x9qa 2016-02-10T08:00:00Z",
      "A",
      "",
    ]) {
      expect(decodeValue(encodeValue(text))).toBe(text);
    }
    expect(decodeValue(encodeValue("Σκορ ü"))).toBe("Σκορ ü");
  });
});

describe("a sheet's custom properties as a package may store them", () => {
  const sheet = (inner: string, rId = "rId1") =>
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData/>${inner.replace("$ID", rId)}</worksheet>`;
  const pkgWith = async (part: string, bytes: Uint8Array) => {
    const zip = new JSZip();
    zip.file(part, bytes);
    return opened(await zip.generateAsync({ type: "uint8array" }));
  };
  const rel = (type: string, part = "xl/customProperty1.bin") => ({
    id: "rId1",
    type,
    target: "../customProperty1.bin",
    part,
  });

  it.each([TRANSITIONAL_TYPE, STRICT_TYPE])("follows a relationship of type %s", async (type) => {
    const pkg = await pkgWith("xl/customProperty1.bin", utf16le("charts"));
    const xml = sheet(
      '<customProperties><customPr name="CSC-Scorecard-Role" r:id="$ID"/></customProperties>'
    );
    expect(await readCustomProperties(pkg, xml, [rel(type)])).toEqual(
      new Map([[ROLE_KEY, "charts"]])
    );
  });

  it("reads prefixed elements, any prefix of the id, single quotes and escaped names", async () => {
    const pkg = await pkgWith("xl/customProperty1.bin", utf16le("notes"));
    const xml = sheet(
      `<s:customProperties xmlns:s="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><s:customPr rel:id='$ID' xmlns:rel="http://purl.oclc.org/ooxml/officeDocument/relationships" name='csc-scorecard-&#114;ole'></s:customPr></s:customProperties>`
    );
    expect(await readCustomProperties(pkg, xml, [rel(TRANSITIONAL_TYPE)])).toEqual(
      new Map([[ROLE_KEY, "notes"]])
    );
  });

  it("finds the part whatever the case of its name in the relationship", async () => {
    const pkg = await pkgWith("xl/customProperty1.bin", utf16le("live"));
    const xml = sheet(
      '<customProperties><customPr name="csc-scorecard-state" r:id="$ID"/></customProperties>'
    );
    expect(
      await readCustomProperties(pkg, xml, [rel(TRANSITIONAL_TYPE, "xl/CustomProperty1.BIN")])
    ).toEqual(new Map([[STATE_KEY, "live"]]));
  });

  it("leaves out a property whose relationship is of another type, or missing, or leads nowhere", async () => {
    const pkg = await pkgWith("xl/customProperty1.bin", utf16le("scorecard"));
    const xml = sheet(
      '<customProperties><customPr name="csc-scorecard-role" r:id="$ID"/></customProperties>'
    );
    const printer =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/printerSettings";
    expect((await readCustomProperties(pkg, xml, [rel(printer)])).size).toBe(0);
    expect((await readCustomProperties(pkg, xml, [])).size).toBe(0);
    expect(
      (await readCustomProperties(pkg, xml, [rel(TRANSITIONAL_TYPE, "xl/gone.bin")])).size
    ).toBe(0);
  });
});

describe("the scorecard sheets of a workbook Excel saved", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "csc-excel-saved-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const save = async () => {
    const bytes = await excelSavedWorkbook();
    writeFileSync(path.join(dir, "saved.xlsx"), bytes);
    return bytes;
  };

  it("are stored as the documentation says: customPr, the relationship, the value part", async () => {
    const zip = await JSZip.loadAsync(await save());
    const types = await zip.file("[Content_Types].xml")!.async("string");
    expect(types).toContain(
      `<Default Extension="bin" ContentType="${SPREADSHEETML_CONTENT_TYPE}"/>`
    );
    expect(types).toContain('ContentType="application/xml"');
    const rels = await zip.file("xl/worksheets/_rels/sheet5.xml.rels")!.async("string");
    expect(rels).toContain(`Type="${STRICT_TYPE}" Target="/xl/customProperty4.bin"`);
  });

  it("carry the add-in's markers: each is the live sheet of its role, under the name it was given", async () => {
    const pkg = await opened(await save());
    const workbook = await readWorkbookPart(pkg);
    const { survey, sheets } = await surveyPackage(pkg, workbook!);
    for (const saved of SAVED_SHEETS) {
      expect(survey.sheets.find((s) => s.name === saved.name)).toMatchObject({
        role: saved.role,
        state: "live",
        kept: false,
      });
      const sheet = sheets.find((s) => s.sheet.name === saved.name)!;
      expect(Object.fromEntries(sheet.properties)).toEqual({
        [ROLE_KEY]: saved.role,
        [STATE_KEY]: "live",
        [NAME_KEY]: saved.name,
      });
      const rels = await readRelationships(pkg, sheet.sheet.part!);
      expect(rels.map((r) => r.type)).toEqual(Array(3).fill(saved.storage.relationshipType));
    }
  });

  it("are replaced in their places by a refresh from the command line, leaving nothing of them", async () => {
    await save();
    const run = await runRealCommand(["saved.xlsx", "--out", "out.xlsx"], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/Scorecard \(2\)|yours/);
    const out = path.join(dir, "out.xlsx");
    const workbook = await exceljsRead(out);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      "CSC Data",
      "CSC Comparators",
      "CSC Settings",
      "Scorecard",
      "Scorecard charts",
      "Scorecard notes",
    ]);
    for (const saved of SAVED_SHEETS) {
      const cells: unknown[] = [];
      workbook.getWorksheet(saved.name)!.eachRow((row) => row.eachCell((c) => cells.push(c.value)));
      expect(cells.length).toBeGreaterThan(1);
      expect(cells).not.toContain(SAVED_FIGURE);
    }
    // Only the new sheets' markers remain, each part named by a relationship and a content type.
    const zip = await JSZip.loadAsync(readFileSync(out));
    const bins = Object.keys(zip.files).filter((name) => name.endsWith(".bin"));
    expect(bins).toHaveLength(9);
    const pkg = await opened(readFileSync(out));
    const { sheets } = await surveyPackage(pkg, (await readWorkbookPart(pkg))!);
    const linked = (
      await Promise.all(sheets.map((s) => readRelationships(pkg, s.sheet.part!)))
    ).flatMap((rels) => rels.map((r) => r.part));
    expect(bins.every((bin) => linked.includes(bin))).toBe(true);
    const types = await zip.file("[Content_Types].xml")!.async("string");
    for (const [, name] of types.matchAll(/<Override PartName="\/([^"]+)"/g)) {
      expect(zip.file(name!)).not.toBeNull();
    }
  });

  it("are never read as the monthly data, even when --sheet names one", async () => {
    await save();
    const run = await runRealCommand(["saved.xlsx", "--sheet", "Scorecard charts"], dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /^No scorecard was written: .*"Scorecard charts".* a sheet this add-in writes/
    );
  });
});
