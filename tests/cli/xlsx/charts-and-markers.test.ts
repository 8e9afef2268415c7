import { XMLParser } from "fast-xml-parser";
import { decodeValue } from "../../../src/cli/xlsx/package/custom-properties";
import { NAME_KEY, ROLE_KEY, STATE_KEY } from "../../../src/refresh/output/markers";
import { drawnLines } from "../../../src/plan/drawn-lines";
import type { ChartPlan, ScorecardPlan } from "../../../src/plan/plan-types";
import { partText, refreshSheets, unzipped, type RefreshedFile } from "./support/refreshed-file";

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  isArray: (name) =>
    ["c:ser", "c:pt", "xdr:twoCellAnchor", "Relationship", "Override", "customPr"].includes(name),
});
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed XML: its shape is what the test asserts
type Xml = Record<string, any>;

let refreshed: RefreshedFile;
let plan: ScorecardPlan;
beforeAll(async () => {
  refreshed = await refreshSheets();
  plan = refreshed.plan!;
});

const chartsPlanned = (): readonly ChartPlan[] =>
  plan.sheets.find((s) => s.role === "charts")!.charts;
const parsed = async (part: string): Promise<Xml> =>
  parser.parse(await partText(await unzipped(refreshed.file), part));
const abs = (sheet: string, range: string) =>
  `'${sheet}'!${range.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;

describe("the charts sheet's native line charts", () => {
  it("hangs a drawing off the charts sheet, in the schema's place, with one anchored frame per chart", async () => {
    const zip = await unzipped(refreshed.file);
    const sheet = await partText(zip, "xl/worksheets/sheet5.xml");
    expect(sheet).toMatch(
      /<\/headerFooter><customProperties>.*<\/customProperties><drawing r:id="rId\d+"\/><\/worksheet>$/
    );
    const rels: Xml = await parsed("xl/worksheets/_rels/sheet5.xml.rels");
    const drawingRel = rels.Relationships.Relationship.find((r: Xml) =>
      r.Type.endsWith("/drawing")
    );
    expect(drawingRel.Target).toBe("../drawings/drawing1.xml");
    const drawing: Xml = await parsed("xl/drawings/drawing1.xml");
    const anchors = drawing["xdr:wsDr"]["xdr:twoCellAnchor"];
    expect(
      anchors.map((a: Xml) => a["xdr:graphicFrame"]["xdr:nvGraphicFramePr"]["xdr:cNvPr"].name)
    ).toEqual(chartsPlanned().map((c) => c.name));
    // The first chart's top-left corner: the sheet's left edge, 30 points down (the 22-point
    // title row, then 8 points into the next); the second starts 455 points across (60 + 3 × 120
    // = 420, then 35 into the fifth column).
    expect(anchors[0]["xdr:from"]).toEqual({
      "xdr:col": 0,
      "xdr:colOff": 0,
      "xdr:row": 1,
      "xdr:rowOff": 8 * 12700,
    });
    expect(anchors[1]["xdr:from"]).toMatchObject({ "xdr:col": 4, "xdr:colOff": 35 * 12700 });
    const types = await partText(zip, "[Content_Types].xml");
    expect(types).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>'
    );
    for (let i = 1; i <= chartsPlanned().length; i++) {
      expect(types).toContain(
        `<Override PartName="/xl/charts/chart${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`
      );
    }
  });

  it("draws each planned chart: title, axis titles and format, legend at the right, one series per line on the written cells", async () => {
    for (const [i, chart] of chartsPlanned().entries()) {
      const space: Xml = (await parsed(`xl/charts/chart${i + 1}.xml`))["c:chartSpace"]["c:chart"];
      const text = (title: Xml) => title["c:tx"]["c:rich"]["a:p"]["a:r"]["a:t"];
      expect(text(space["c:title"])).toBe(chart.title);
      const area = space["c:plotArea"];
      // Months need no axis title: the labels say what they are, and the plot keeps the room.
      expect(chart.categoryAxisTitle).toBeNull();
      expect(area["c:catAx"]["c:title"]).toBeUndefined();
      expect(text(area["c:valAx"]["c:title"])).toBe(chart.valueAxisTitle);
      expect(area["c:valAx"]["c:numFmt"]).toEqual({
        formatCode: chart.valueAxisFormat,
        sourceLinked: "0",
      });
      expect(space["c:legend"]["c:legendPos"].val).toBe("r");
      const series = area["c:lineChart"]["c:ser"];
      const drawn = drawnLines(chart);
      expect(series).toHaveLength(drawn.length);
      drawn.forEach((line, k) => {
        const ser = series[k];
        expect(ser["c:tx"]["c:v"]).toBe(line.name);
        expect(ser["c:val"]["c:numRef"]["c:f"]).toBe(abs("Scorecard charts", line.values));
        expect(ser["c:cat"]["c:strRef"]["c:f"]).toBe(abs("Scorecard charts", line.categories));
        const ln = ser["c:spPr"]["a:ln"];
        expect(ln.w).toBe(String(Math.round((line.weight ?? 2.25) * 12700)));
        expect(ln["a:solidFill"]["a:srgbClr"].val).toBe(line.color.slice(1).toUpperCase());
        expect(ln["a:prstDash"].val).toBe(
          { solid: "solid", dash: "dash", dot: "sysDot", dashDot: "dashDot" }[line.line]
        );
        expect(ser["c:marker"]["c:symbol"].val).toBe(line.markers ? "circle" : "none");
      });
    }
  });

  it("caches the planned values in each series, a blank month left out as a gap", async () => {
    const chart = chartsPlanned()[0]!;
    const ser: Xml = (await parsed("xl/charts/chart1.xml"))["c:chartSpace"]["c:chart"][
      "c:plotArea"
    ]["c:lineChart"]["c:ser"][0];
    const cache = ser["c:val"]["c:numRef"]["c:numCache"];
    const [from = "", to = ""] = chart.series[0]!.values.split(":");
    const count = Number(/\d+/.exec(to)?.[0]) - Number(/\d+/.exec(from)?.[0]) + 1;
    expect(cache["c:ptCount"].val).toBe(String(count));
    expect(cache["c:pt"].length).toBeLessThanOrEqual(count);
    expect(cache["c:pt"].every((p: Xml) => typeof p["c:v"] === "number")).toBe(true);
  });
});

describe("the generated-sheet markers", () => {
  it("marks each generated sheet with the add-in's worksheet custom properties: role, live, the name it was given", async () => {
    const zip = await unzipped(refreshed.file);
    const expected = [
      ["sheet4", "scorecard", "Scorecard"],
      ["sheet5", "charts", "Scorecard charts"],
      ["sheet6", "notes", "Scorecard notes"],
    ];
    for (const [sheet, role, name] of expected) {
      const xml: Xml = parser.parse(await partText(zip, `xl/worksheets/${sheet}.xml`));
      const rels: Xml = parser.parse(await partText(zip, `xl/worksheets/_rels/${sheet}.xml.rels`));
      const values = new Map<string, string>();
      for (const property of xml.worksheet.customProperties.customPr) {
        const rel = rels.Relationships.Relationship.find((r: Xml) => r.Id === property["r:id"]);
        expect(rel.Type).toBe(
          "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customProperty"
        );
        const bytes = await zip.file(`xl/${rel.Target.replace("../", "")}`)!.async("uint8array");
        values.set(property.name, decodeValue(bytes));
      }
      expect(Object.fromEntries(values)).toEqual({
        [ROLE_KEY]: role,
        [STATE_KEY]: "live",
        [NAME_KEY]: name,
      });
    }
    const types = await partText(zip, "[Content_Types].xml");
    expect(types).toContain(
      '<Override PartName="/xl/customProperty1.bin" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.customProperty"/>'
    );
  });

  it("stores each value as UTF-16LE text, as Excel does", async () => {
    const zip = await unzipped(refreshed.file);
    const bytes = await zip.file("xl/customProperty2.bin")!.async("uint8array");
    expect(Buffer.from(bytes).toString("utf16le")).toBe("live");
  });
});
