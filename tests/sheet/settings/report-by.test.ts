import fc from "fast-check";
import { monthKey } from "../../../src/domain/period/month";
import { headingKey } from "../../../src/domain/text/heading-key";
import { readSettingsSheet } from "../../../src/sheet/settings/read-settings-sheet";
import { readReportBy } from "../../../src/sheet/settings/report-by";

const sheet = "CSC Settings";

describe("the Report by setting", () => {
  it("is a month unless told, and a quarter however the analyst writes it", () => {
    expect(readSettingsSheet({ sheet, values: [] }).settings.reportBy).toBe("month");
    for (const [key, value] of [
      ["Report by", "Quarter"],
      ["Report by:", "quarterly"],
      ["REPORTING FREQUENCY", "Quarters"],
    ]) {
      const reading = readSettingsSheet({ sheet, values: [[key ?? "", value ?? ""]] });
      expect(reading.issues).toEqual([]);
      expect(reading.settings.reportBy).toBe("quarter");
    }
    expect(readSettingsSheet({ sheet, values: [["Report by: Monthly"]] }).settings.reportBy).toBe(
      "month"
    );
  });

  it("leaves Reporting period a way of writing the reporting month", () => {
    const reading = readSettingsSheet({
      sheet,
      values: [
        ["Reporting period", "May 2015"],
        ["Report by", "quarter"],
      ],
    });
    expect(reading.issues).toEqual([]);
    expect(reading.settings.reportingMonth).toBe(monthKey(2015, 5));
    expect(reading.settings.reportBy).toBe("quarter");
  });

  it("reports a bad value at its cell, says what to write, and keeps the month", () => {
    const reading = readSettingsSheet({
      sheet,
      values: [["Report by", "Fortnight"]],
      origin: { row: 3, column: 0 },
    });
    expect(reading.settings.reportBy).toBe("month");
    expect(reading.issues).toHaveLength(1);
    expect(reading.issues[0]?.message).toBe(
      `'CSC Settings'!B4: Report by: "Fortnight" is not a reporting period; write month or quarter. The default is used.`
    );
  });

  it("refuses every word that is not month or quarter, naming it and its cell", () => {
    const known = new Set(
      ["month", "monthly", "months", "bymonth", "eachmonth"]
        .concat(["quarter", "quarterly", "quarters", "byquarter", "eachquarter", "qtr"])
        .map(headingKey)
    );
    const word = fc
      .oneof(
        fc.string({ minLength: 1, maxLength: 12 }),
        fc.constantFrom("year", "annual", "week", "Q3", "half year", "mnth", "quarte", "yes")
      )
      .filter((text) => text.trim() !== "" && !known.has(headingKey(text)))
      // A cell the sheet reads as a month or a number is read as such: words only.
      .filter((text) => /[a-z]/i.test(text) && !/[:=–—]| - /.test(text));
    fc.assert(
      fc.property(word, (text) => {
        expect(readReportBy(text).ok).toBe(false);
        const reading = readSettingsSheet({ sheet, values: [["Report by", text]] });
        expect(reading.settings.reportBy).toBe("month");
        const messages = reading.issues.map((issue) => issue.message);
        expect(messages).toHaveLength(1);
        expect(messages[0]).toContain("'CSC Settings'!B1: Report by:");
        expect(messages[0]).toContain("is not a reporting period; write month or quarter.");
      })
    );
  });
});
