import fc from "fast-check";
import {
  columnIndex,
  columnLetters,
  formatAbsoluteAddress,
  formatAddress,
  formatRect,
  MAX_COLUMNS,
  MAX_ROWS,
  parseAddress,
  quoteSheetName,
  tryParseAddress,
} from "./a1";

describe("A1 addresses", () => {
  it("converts column letters both ways at the grid's edges", () => {
    expect(columnLetters(0)).toBe("A");
    expect(columnLetters(25)).toBe("Z");
    expect(columnLetters(26)).toBe("AA");
    expect(columnLetters(MAX_COLUMNS - 1)).toBe("XFD");
    expect(columnIndex("xfd")).toBe(MAX_COLUMNS - 1);
  });

  it("parses cells, areas, whole columns and whole rows", () => {
    expect(parseAddress("B2:D10").rect).toEqual({ top: 1, left: 1, bottom: 9, right: 3 });
    expect(parseAddress("A:C").rect).toEqual({ top: 0, left: 0, bottom: MAX_ROWS - 1, right: 2 });
    expect(parseAddress("1:3").rect).toEqual({
      top: 0,
      left: 0,
      bottom: 2,
      right: MAX_COLUMNS - 1,
    });
    expect(parseAddress("$A$1").rect).toEqual({ top: 0, left: 0, bottom: 0, right: 0 });
  });

  it("reads sheet names, quoted or not, with doubled apostrophes", () => {
    expect(parseAddress("Sheet1!A1:B2").sheet).toBe("Sheet1");
    expect(parseAddress("'CSC Data'!A1").sheet).toBe("CSC Data");
    expect(parseAddress("'Children''s Data'!A1").sheet).toBe("Children's Data");
  });

  it("normalises a reversed area to its top-left and bottom-right corners", () => {
    expect(formatRect(parseAddress("D10:B2").rect)).toBe("B2:D10");
  });

  it("refuses addresses outside the grid or malformed", () => {
    for (const bad of ["A0", "XFE1", "A1048577", "A1:B2:C3", "", "A", "1", "Sheet1!"]) {
      expect(tryParseAddress(bad)).toBeUndefined();
    }
    expect(() => parseAddress("nonsense")).toThrow(
      expect.objectContaining({ code: "InvalidArgument" })
    );
  });

  it("quotes sheet names as Excel does in addresses", () => {
    expect(quoteSheetName("Sheet1")).toBe("Sheet1");
    expect(quoteSheetName("CSC Data")).toBe("'CSC Data'");
    expect(quoteSheetName("2015")).toBe("'2015'");
    expect(quoteSheetName("AB12")).toBe("'AB12'");
    expect(quoteSheetName("O'Brien")).toBe("'O''Brien'");
    expect(formatAddress("CSC Data", { top: 0, left: 0, bottom: 2, right: 2 })).toBe(
      "'CSC Data'!A1:C3"
    );
  });

  it("writes absolute addresses for names", () => {
    expect(formatAbsoluteAddress("Data", { top: 0, left: 0, bottom: 1, right: 1 })).toBe(
      "Data!$A$1:$B$2"
    );
    expect(formatAbsoluteAddress("Data", parseAddress("1:2").rect)).toBe("Data!$1:$2");
  });

  it("re-serialises any in-bounds address to itself", () => {
    const corner = fc.record({
      row: fc.integer({ min: 0, max: MAX_ROWS - 1 }),
      col: fc.integer({ min: 0, max: MAX_COLUMNS - 1 }),
    });
    const cellArea = fc.tuple(corner, corner).map(([a, b]) => {
      const rect = {
        top: Math.min(a.row, b.row),
        bottom: Math.max(a.row, b.row),
        left: Math.min(a.col, b.col),
        right: Math.max(a.col, b.col),
      };
      return formatRect(rect);
    });
    const columns = fc
      .tuple(
        fc.integer({ min: 0, max: MAX_COLUMNS - 1 }),
        fc.integer({ min: 0, max: MAX_COLUMNS - 1 })
      )
      .map(([a, b]) => `${columnLetters(Math.min(a, b))}:${columnLetters(Math.max(a, b))}`);
    const rows = fc
      .tuple(fc.integer({ min: 1, max: MAX_ROWS }), fc.integer({ min: 1, max: MAX_ROWS }))
      .map(([a, b]) => `${Math.min(a, b)}:${Math.max(a, b)}`);
    const sheet = fc.constantFrom("Sheet1", "CSC Data", "Children's", "2015", "Data_v2");
    fc.assert(
      fc.property(sheet, fc.oneof(cellArea, columns, rows), (name, ref) => {
        const address = `${quoteSheetName(name)}!${ref}`;
        const parsed = parseAddress(address);
        expect(parsed.sheet).toBe(name);
        expect(formatAddress(name, parsed.rect)).toBe(address);
      })
    );
  });
});
