import { formulaMeasures } from "../../../src/domain/indicators/formula-measures";
import { INDICATORS } from "../../../src/domain/indicators/indicator-catalogue";

describe("the measures a formula reads", () => {
  it("lists a ratio's numerator then its denominators, a rate's count and a count's measure", () => {
    expect(formulaMeasures(INDICATORS.sw_agency_pct.formula)).toEqual([
      "sw_agency_fte",
      "sw_agency_fte",
      "sw_employed_fte",
    ]);
    expect(formulaMeasures(INDICATORS.lac_per10k.formula)).toEqual(["lac"]);
    expect(formulaMeasures(INDICATORS.referrals.formula)).toEqual(["referrals"]);
  });
});
