import { parseArgs } from "../../src/cli/args";
import { UsageError } from "../../src/cli/exit-codes";
import { monthKey } from "../../src/domain/period/month";

describe("the command's arguments", () => {
  it("takes nothing at all: the sample, written to scorecard.xlsx", () => {
    expect(parseArgs([])).toEqual({
      input: null,
      out: null,
      month: null,
      sheet: null,
      authority: null,
      json: false,
      help: false,
    });
  });

  it("reads an input, --out, --month, --sheet, --authority and --json in any order", () => {
    expect(
      parseArgs([
        "--json",
        "--month",
        "2015-05",
        "data.xlsx",
        "--out=out.xlsx",
        "--sheet",
        "Monthly",
        "--authority=874",
      ])
    ).toEqual({
      input: "data.xlsx",
      out: "out.xlsx",
      month: monthKey(2015, 5),
      sheet: "Monthly",
      authority: "874",
      json: true,
      help: false,
    });
  });

  it("takes a file name that starts with a dash after --", () => {
    expect(parseArgs(["--", "-data.xlsx"]).input).toBe("-data.xlsx");
  });

  it.each([
    [["--colour"], /unknown option --colour/],
    [["--month"], /--month needs a value/],
    [["--month", "May 2015"], /YYYY-MM/],
    [["--month", "2015-13"], /YYYY-MM/],
    [["--json=yes"], /takes no value/],
    [["a.xlsx", "b.xlsx"], /one input workbook/],
    [["--out", "a.xlsx", "--out", "b.xlsx"], /given twice/],
  ])("refuses %j with a sentence", (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});
