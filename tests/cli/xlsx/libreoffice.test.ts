import { HAS_LIBREOFFICE, convertWithLibreOffice, pdfText } from "./support/libreoffice";
import { partText, refreshSheets, unzipped, type RefreshedFile } from "./support/refreshed-file";

const run = HAS_LIBREOFFICE || process.env.CI === "true" ? describe : describe.skip;

/**
 * Text as pdftotext gives it, one space between words. A long name is cut at the next filled
 * cell, in Excel as here (the plan does not wrap the indicator column), so names are looked for
 * by their first words.
 */
const flat = (text: string) => text.split(/\s+/).filter(Boolean).join(" ");
const opening = (name: string) => name.split(" ").slice(0, 3).join(" ");

run("the output as LibreOffice, an independent program, renders it", () => {
  let refreshed: RefreshedFile;
  beforeAll(async () => {
    refreshed = await refreshSheets();
  });

  it("prints the scorecard with every indicator's name and the RAG words", () => {
    const text = pdfText(convertWithLibreOffice(refreshed.file, "pdf"));
    const printed = flat(text);
    const scorecard = refreshed.plan!.sheets.find((s) => s.role === "scorecard")!;
    const names = scorecard.blocks[0]!.values.slice(8).map((row) => String(row[1]));
    expect(names.length).toBeGreaterThan(30);
    for (const name of names) expect(printed).toContain(opening(name));
    expect(text).toContain("Children's social care scorecard");
    for (const rag of ["Red", "Green", "Not rated"]) expect(text).toContain(rag);
  }, 120_000);

  it("keeps every chart, with its series on the written ranges, when LibreOffice saves the file again", async () => {
    const resaved = await unzipped(convertWithLibreOffice(refreshed.file, "xlsx"));
    const charts = Object.keys(resaved.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    const planned = refreshed.plan!.sheets.find((s) => s.role === "charts")!.charts;
    expect(charts).toHaveLength(planned.length);
    const references = new Set<string>();
    for (const chart of charts) {
      for (const m of (await partText(resaved, chart)).matchAll(/<c:f>([^<]+)<\/c:f>/g)) {
        references.add((m[1] ?? "").replace(/&apos;/g, "'"));
      }
    }
    for (const series of planned.flatMap((c) => c.series)) {
      const absolute = series.values.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
      expect(references).toContain(`'Scorecard charts'!${absolute}`);
    }
  }, 120_000);
});
