import { forecast, ratePer10k } from "../../src/functions/functions";
import { excelCall } from "./excel-call";

describe("CSC.RATEPER10K", () => {
  it("returns the count per 10,000 children, unrounded", () => {
    expect(excelCall(() => ratePer10k(469, 42000))).toEqual({ value: (469 / 42000) * 10000 });
  });

  it("shows #DIV/0! with a reason when the population is zero", () => {
    expect(excelCall(() => ratePer10k(12, 0))).toEqual({
      error: "#DIV/0!",
      message: expect.stringMatching(/population is 0/),
    });
  });

  it("shows #NUM! for a negative count", () => {
    expect(excelCall(() => ratePer10k(-1, 100))).toMatchObject({ error: "#NUM!" });
  });
});

describe("CSC.FORECAST", () => {
  it("projects Thurrock's 208 missing incidents after 9 months to 277 for the year", () => {
    const result = excelCall(() => forecast(208, 9));
    expect(result).toEqual({ value: (208 / 9) * 12 });
    expect(Math.round((208 / 9) * 12)).toBe(277);
  });

  it("shows #NUM! when months elapsed is not 1 to 12", () => {
    expect(excelCall(() => forecast(208, 0))).toMatchObject({ error: "#NUM!" });
    expect(excelCall(() => forecast(208, 13))).toMatchObject({ error: "#NUM!" });
  });
});
