import { joinWords } from "../../../src/domain/text/join-words";

describe("joinWords", () => {
  it("joins one, two and more words as a sentence does", () => {
    expect(joinWords([])).toBe("");
    expect(joinWords(["Red"])).toBe("Red");
    expect(joinWords(["Red", "Green"], "or")).toBe("Red or Green");
    expect(joinWords(["Red", "Amber", "Green"])).toBe("Red, Amber and Green");
  });

  it("separates items that hold commas with semicolons, so the list still reads", () => {
    expect(
      joinWords([
        "Agency social worker rate",
        "Care leavers in education, employment or training",
        "Caseload",
      ])
    ).toBe(
      "Agency social worker rate; Care leavers in education, employment or training and Caseload"
    );
  });
});
