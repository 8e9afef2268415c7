import { addMonths, monthKey } from "../../../src/domain/period/month";
import { listMonths } from "../../../src/domain/period/month-list";

describe("listMonths", () => {
  it("writes months in the long style, joined as a sentence joins them", () => {
    expect(listMonths([monthKey(2013, 4), monthKey(2013, 5)], "or")).toBe("April 2013 or May 2013");
    expect(listMonths([monthKey(2015, 1)])).toBe("January 2015");
  });

  it("sorts, lists a month once, and writes a run of three or more as a span", () => {
    const months = [9, 6, 4, 5, 4].map((m) => monthKey(2013, m));
    expect(listMonths(months)).toBe("April 2013 to June 2013 and September 2013");
  });

  it("runs across a year end", () => {
    const months = [0, 1, 2].map((m) => addMonths(monthKey(2014, 11), m));
    expect(listMonths(months)).toBe("November 2014 to January 2015");
  });
});
