import { XMLParser } from "fast-xml-parser";
import type JSZip from "jszip";
import type { ChartPlan, ScorecardPlan } from "../../../src/plan/plan-types";
import { partText, refreshSheets, unzipped, type RefreshedFile } from "./support/refreshed-file";
import { EXAMPLE_SHEETS, type SeedSheet } from "./support/workbook-file";

/**
 * The charts sheet as the .xlsx host writes it, read back from the saved file's parts: the page
 * set-up and print area, each chart part's series and their cached figures, and the drawing's
 * alternative text. The example workbook has 14 months (April 2014 to May 2015) under the charts'
 * 24-month window, and bands for the referral rate, referrals to assessment and the plan rate.
 */

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  isArray: (name) => ["c:ser", "c:pt", "xdr:twoCellAnchor", "definedName"].includes(name),
});
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed XML: its shape is what the test asserts
type Xml = Record<string, any>;

/** The charts sheet's part in the saved files of these tests: the example has three sheets first. */
const CHARTS_SHEET = "xl/worksheets/sheet5.xml";

interface Written {
  readonly refreshed: RefreshedFile;
  readonly zip: JSZip;
  readonly plan: ScorecardPlan;
}

async function written(sheets: readonly SeedSheet[] = EXAMPLE_SHEETS): Promise<Written> {
  const refreshed = await refreshSheets(sheets);
  if (refreshed.plan === undefined) throw new Error("the refresh wrote no plan");
  return { refreshed, zip: await unzipped(refreshed.file), plan: refreshed.plan };
}

function planned(w: Written): readonly ChartPlan[] {
  return w.plan.sheets.find((s) => s.role === "charts")!.charts;
}

/** Every chart part's chart element, by its title. */
async function chartsByTitle(w: Written): Promise<Map<string, Xml>> {
  const out = new Map<string, Xml>();
  for (const name of Object.keys(w.zip.files).filter((f) =>
    /^xl\/charts\/chart\d+\.xml$/.test(f)
  )) {
    const chart: Xml = parser.parse(await partText(w.zip, name))["c:chartSpace"]["c:chart"];
    out.set(String(chart["c:title"]["c:tx"]["c:rich"]["a:p"]["a:r"]["a:t"]), chart);
  }
  return out;
}

function seriesOf(chart: Xml): Xml[] {
  return chart["c:plotArea"]["c:lineChart"]["c:ser"];
}

function named(chart: Xml, name: string): Xml {
  const found = seriesOf(chart).find((s) => s["c:tx"]["c:v"] === name);
  if (found === undefined) throw new Error(`no series ${name}`);
  return found;
}

/** The indices of the months a series has a cached figure for. */
function pointsOf(series: Xml): number[] {
  return (series["c:val"]["c:numRef"]["c:numCache"]["c:pt"] ?? []).map((p: Xml) => Number(p.idx));
}

function valuesOf(series: Xml): number[] {
  return (series["c:val"]["c:numRef"]["c:numCache"]["c:pt"] ?? []).map((p: Xml) =>
    Number(p["c:v"])
  );
}

function withComparators(edit: (rows: readonly (readonly unknown[])[]) => unknown[][]) {
  return EXAMPLE_SHEETS.map((s) =>
    s.name === "CSC Comparators" ? { ...s, values: edit(s.values) as SeedSheet["values"] } : s
  );
}

let example: Written;
beforeAll(async () => {
  example = await written();
});

describe("the charts sheet's page, as written", () => {
  it("prints the chart grid alone, fit to one A4 landscape page", async () => {
    const sheet = await partText(example.zip, CHARTS_SHEET);
    expect(sheet).toMatch(/<sheetPr>.*<pageSetUpPr fitToPage="1"\/><\/sheetPr>/);
    const setup = /<pageSetup [^>]*\/>/.exec(sheet)?.[0] ?? "";
    for (const attribute of [
      'paperSize="9"',
      'orientation="landscape"',
      'fitToWidth="1"',
      'fitToHeight="1"',
    ])
      expect(setup).toContain(attribute);
    const book: Xml = parser.parse(await partText(example.zip, "xl/workbook.xml"));
    const area = book.workbook.definedNames.definedName.find(
      (n: Xml) => n.name === "_xlnm.Print_Area" && n.localSheetId === "4"
    );
    expect(area["#text"]).toBe("'Scorecard charts'!$A$1:$H$38");
  });

  it("anchors every chart inside the print area, and writes the figures below it", async () => {
    const drawing: Xml = parser.parse(await partText(example.zip, "xl/drawings/drawing1.xml"));
    const anchors: Xml[] = drawing["xdr:wsDr"]["xdr:twoCellAnchor"];
    expect(anchors).toHaveLength(6);
    // 0-based: the area's last column is H (7) and its last row 38 (37); a corner at offset 0 of
    // the next one is that cell's far edge.
    const within = (cell: number, offset: number, last: number) =>
      cell <= last || (cell === last + 1 && offset === 0);
    for (const anchor of anchors) {
      const to = anchor["xdr:to"];
      expect(within(to["xdr:col"], to["xdr:colOff"], 7)).toBe(true);
      expect(within(to["xdr:row"], to["xdr:rowOff"], 37)).toBe(true);
    }
    expect(Math.max(...anchors.map((a) => a["xdr:to"]["xdr:col"]))).toBe(8);
    const sheet = await partText(example.zip, CHARTS_SHEET);
    const rows = [...sheet.matchAll(/<c r="[A-Z]+(\d+)"[^>]*>(?:<is>|<v>)/g)].map((m) =>
      Number(m[1])
    );
    expect(rows[0]).toBe(1);
    expect(rows.slice(1).every((r) => r > 38)).toBe(true);
  });
});

describe("each chart part, as written", () => {
  it("covers the 14 months with data, not the 10 empty months before them", async () => {
    for (const chart of (await chartsByTitle(example)).values()) {
      const cache = seriesOf(chart)[0]!["c:cat"]["c:strRef"]["c:strCache"];
      expect(cache["c:ptCount"].val).toBe("14");
      const months = cache["c:pt"].map((p: Xml) => p["c:v"]);
      expect([months[0], months.at(-1)]).toEqual(["Apr-14", "May-15"]);
    }
  });

  it("draws the referral rate's months on fewer than 12 months of data as a dotted line of their own", async () => {
    const chart = (await chartsByTitle(example)).get(
      "Referral rate per 10,000 children (rolling 12 months)"
    )!;
    const own = named(chart, "Peterborough");
    const partial = named(chart, "Fewer than 12 months");
    expect(partial["c:spPr"]["a:ln"]["a:prstDash"].val).toBe("sysDot");
    // Its markers are hollow: white inside the line's colour.
    expect(partial["c:marker"]["c:spPr"]["a:solidFill"]["a:srgbClr"].val).toBe("FFFFFF");
    expect(partial["c:marker"]["c:spPr"]["a:ln"]["a:solidFill"]["a:srgbClr"].val).toBe("1F3864");
    expect(own["c:marker"]["c:spPr"]["a:solidFill"]["a:srgbClr"].val).toBe("1F3864");
    expect(own["c:spPr"]["a:ln"]["a:prstDash"].val).toBe("solid");
    // April 2014 to February 2015 add up less than a year of referrals; March 2015 is the first full year.
    expect(pointsOf(partial)).toEqual([...Array(11).keys()]);
    expect(pointsOf(own)).toEqual([11, 12, 13]);
  });

  it("draws the band of an indicator rated against one as its two edges", async () => {
    const chart = (await chartsByTitle(example)).get(
      "Referral rate per 10,000 children (rolling 12 months)"
    )!;
    expect(valuesOf(named(chart, "Band low"))).toEqual(Array(14).fill(450));
    expect(valuesOf(named(chart, "Band high"))).toEqual(Array(14).fill(650));
    const rereferrals = (await chartsByTitle(example)).get("Re-referrals within 12 months (%)")!;
    expect(seriesOf(rereferrals).map((s) => s["c:tx"]["c:v"])).toEqual([
      "Peterborough",
      "Statistical neighbours",
      "England",
      "Target",
    ]);
  });

  it("stops the value axis of a percentage near 100 % at 100 %", async () => {
    const charts = await chartsByTitle(example);
    const top = (title: string) =>
      charts.get(title)!["c:plotArea"]["c:valAx"]["c:scaling"]["c:max"]?.val as string | undefined;
    expect(top("Referrals progressing to assessment (%)")).toBe("1");
    expect(top("Re-referrals within 12 months (%)")).toBeUndefined();
    expect(top("Referral rate per 10,000 children (rolling 12 months)")).toBeUndefined();
  });

  it("names each benchmark with the year its heading gives", async () => {
    const years = await written(
      withComparators((rows) =>
        rows.map((row) =>
          row[0] === "Indicator"
            ? row.map((h) =>
                h === "Stat neighbours"
                  ? "Stat neighbours 2013/14"
                  : h === "England"
                    ? "England 2014/15"
                    : h
              )
            : [...row]
        )
      )
    );
    const chart = (await chartsByTitle(years)).get("Re-referrals within 12 months (%)")!;
    expect(seriesOf(chart).map((s) => s["c:tx"]["c:v"])).toEqual([
      "Peterborough",
      "Statistical neighbours 2013/14",
      "England 2014/15",
      "Target",
    ]);
    const frame = (await partText(years.zip, "xl/drawings/drawing1.xml")).match(
      /descr="([^"]*)" title="Re-referrals within 12 months \(%\)"/
    );
    expect(frame?.[1]).toMatch(
      /statistical neighbours 23\.6% \(2013\/14\), England 22\.3% \(2014\/15\), target 20\.0%\.$/
    );
  });
});

describe("each chart's alternative text, as written", () => {
  it("is the drawing frame's title and description, as Excel's Alt Text pane writes them", async () => {
    const drawing: Xml = parser.parse(await partText(example.zip, "xl/drawings/drawing1.xml"));
    const frames: Xml[] = drawing["xdr:wsDr"]["xdr:twoCellAnchor"].map(
      (a: Xml) => a["xdr:graphicFrame"]["xdr:nvGraphicFramePr"]["xdr:cNvPr"]
    );
    expect(frames.map((f) => [f.title, f.descr])).toEqual(
      planned(example).map((c) => [c.altTextTitle, c.altTextDescription])
    );
    expect(frames[0]?.descr).toBe(
      "Rose from 631.4 per 10,000 in April 2014 to 712.1 in May 2015; figures before March 2015 rest on fewer than 12 months of data (dotted); statistical neighbours 560.0 per 10,000, England 548.3 per 10,000; the band of good values is 450.0 to 650.0 per 10,000."
    );
  });

  it("gives no withheld figure away, nor does the chart's cached data", async () => {
    // Three re-referrals in May 2015 (of 416 referrals): the month's rate is withheld.
    const small = await written(
      EXAMPLE_SHEETS.map((s) =>
        s.name === "CSC Data"
          ? {
              ...s,
              values: s.values.map((row) =>
                row[0] === "Re-referrals within 12 months" ? [...row.slice(0, -1), 3] : row
              ),
            }
          : s
      )
    );
    const chart = (await chartsByTitle(small)).get("Re-referrals within 12 months (%)")!;
    const own = named(chart, "Peterborough");
    expect(pointsOf(own)).toEqual([...Array(13).keys()]);
    const frame = (await partText(small.zip, "xl/drawings/drawing1.xml")).match(
      /descr="([^"]*)" title="Re-referrals within 12 months \(%\)"/
    );
    // 3 of 416 is 0.7%: neither it nor May 2015 is quoted; April 2015's 21.9% (70 of 319) is the last shown.
    expect(frame?.[1]).toMatch(
      / to 21\.9% in April 2015; 1 month is withheld under disclosure control/
    );
    expect(frame?.[1]).not.toMatch(/0\.7%|May 2015/);
  });
});
