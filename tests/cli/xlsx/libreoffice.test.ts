import { HAS_LIBREOFFICE, convertWithLibreOffice, pdfText } from "./support/libreoffice";
import { partText, refreshSheets, unzipped, type RefreshedFile } from "./support/refreshed-file";
import { parseRange } from "../../../src/cli/xlsx/write/a1-range";
import { SCORECARD_COLUMNS, SCORECARD_HEADER_ROW } from "../../../src/plan/scorecard-sheet";

const run = HAS_LIBREOFFICE || process.env.CI === "true" ? describe : describe.skip;

/**
 * Text as pdftotext gives it, one space between words. A long name wraps in its cell, and
 * pdftotext may put the next cells' text between its lines, so names are looked for by their
 * first words.
 */
const flat = (text: string) => text.split(/\s+/).filter(Boolean).join(" ");
const opening = (name: string) => name.split(" ").slice(0, 3).join(" ");

run("the output as LibreOffice, an independent program, renders it", () => {
  let refreshed: RefreshedFile;
  beforeAll(async () => {
    refreshed = await refreshSheets();
  });

  it("prints the scorecard with the name of every indicator with data, the RAG words, and none without", () => {
    const text = pdfText(convertWithLibreOffice(refreshed.file, "pdf"));
    const all = flat(text);
    // The scorecard's pages: from its title to the charts sheet's header.
    const printed = all.slice(
      all.indexOf("Children's social care scorecard"),
      all.indexOf("Children's social care scorecard (charts)")
    );
    const scorecard = refreshed.plan!.sheets.find((s) => s.role === "scorecard")!;
    const lastPrinted = parseRange(scorecard.print.area).bottom;
    const id = SCORECARD_COLUMNS.findIndex((c) => c.header === "Id");
    const lines = scorecard.blocks[0]!.values.map((row, r) => ({ row, r }));
    const indicators = lines.filter(({ row, r }) => r > SCORECARD_HEADER_ROW && row[id] !== "");
    const shown = indicators.filter(({ r }) => r <= lastPrinted).map(({ row }) => String(row[0]));
    const left = indicators.filter(({ r }) => r > lastPrinted).map(({ row }) => String(row[0]));
    expect(shown.length).toBeGreaterThan(10);
    expect(left.length).toBeGreaterThan(0);
    for (const name of shown) expect(printed).toContain(opening(name));
    // Indicators with no data lie below the print area, so no page of the scorecard names them.
    for (const name of left)
      if (!shown.some((other) => opening(other) === opening(name)))
        expect(printed).not.toContain(opening(name));
    for (const rag of ["Red", "Green", "Not rated"]) expect(printed).toContain(rag);
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
