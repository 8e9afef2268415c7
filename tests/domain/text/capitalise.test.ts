import { capitalise } from "../../../src/domain/text/capitalise";

describe("capitalising a sentence built from parts", () => {
  it("upper-cases the first letter only, and leaves empty text alone", () => {
    expect(capitalise("referral 3: the date is blank")).toBe("Referral 3: the date is blank");
    expect(capitalise("")).toBe("");
  });
});
