import { pageSetup } from "../../../src/cli/xlsx/write/page-setup";
import type { PrintSettings } from "../../../src/plan/plan-types";

const print: PrintSettings = {
  orientation: "Landscape",
  paperSize: "A4",
  fitToPagesWide: 1,
  area: "A1:L40",
  centerHeader: "",
  rightHeader: "",
  leftFooter: "",
  rightFooter: "",
};

describe("pageSetup", () => {
  it("writes the plan's paper as SpreadsheetML's paper size code", () => {
    expect(pageSetup(print).paperSize).toBe(9);
    expect(pageSetup({ ...print, paperSize: "A3" }).paperSize).toBe(8);
    expect(pageSetup({ ...print, paperSize: "Letter" }).paperSize).toBe(1);
  });

  it("fits to the plan's pages wide and leaves the height free", () => {
    expect(pageSetup({ ...print, fitToPagesWide: 2 })).toMatchObject({
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 2,
      fitToHeight: 0,
    });
  });

  it("writes the plan's margins in inches, and leaves Excel's own where the plan sets none", () => {
    const margins = { left: 18, right: 18, top: 54, bottom: 54, header: 21.6, footer: 21.6 };
    expect(pageSetup({ ...print, margins }).margins).toEqual({
      left: 0.25,
      right: 0.25,
      top: 0.75,
      bottom: 0.75,
      header: 0.3,
      footer: 0.3,
    });
    expect(pageSetup(print)).not.toHaveProperty("margins");
  });
});
