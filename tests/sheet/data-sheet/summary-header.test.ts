import {
  financialYearStartOf,
  summaryHeaderOf,
} from "../../../src/sheet/data-sheet/summary-header";

describe("summary headers beside the months", () => {
  it("recognises year-to-date, total, percentage and average headers however they are written", () => {
    expect(summaryHeaderOf("YTD")).toEqual({ kind: "ytd", fyStartYear: null });
    expect(summaryHeaderOf("2013/14 YTD")).toEqual({ kind: "ytd", fyStartYear: 2013 });
    expect(summaryHeaderOf("YTD 2015-16")).toEqual({ kind: "ytd", fyStartYear: 2015 });
    expect(summaryHeaderOf("Year to date")?.kind).toBe("ytd");
    expect(summaryHeaderOf("Grand Total")?.kind).toBe("total");
    expect(summaryHeaderOf(" total* ")?.kind).toBe("total");
    expect(summaryHeaderOf("% Mnth")?.kind).toBe("percentMonth");
    expect(summaryHeaderOf("%Month")?.kind).toBe("percentMonth");
    expect(summaryHeaderOf("% YTD")?.kind).toBe("percentYtd");
    expect(summaryHeaderOf("Average")?.kind).toBe("average");
  });

  it("does not take measure labels, months or a year that does not follow for summaries", () => {
    for (const cell of ["Refs", "Apr-15", "Total # CIN*", "2013/15 YTD", "", 2015, true, null]) {
      expect(summaryHeaderOf(cell)).toBeNull();
    }
  });

  it("reads a financial year's start only when the second year follows the first", () => {
    expect(financialYearStartOf("2013", "14")).toBe(2013);
    expect(financialYearStartOf("2013", "2014")).toBe(2013);
    expect(financialYearStartOf("1999", "00")).toBe(1999);
    expect(financialYearStartOf("2013", "15")).toBeNull();
  });
});
