import { monthOfName } from "../../../src/domain/period/month";

describe("a month by its name", () => {
  it("knows each month by its short and long names, in any case", () => {
    expect(
      ["jan", "February", "MAR", "apr.", "May", "Sept", "sep", "December"].map(monthOfName)
    ).toEqual([1, 2, 3, 4, 5, 9, 9, 12]);
  });

  it("knows nothing that is not a month's name", () => {
    expect(monthOfName("Spring")).toBeUndefined();
    expect(monthOfName("13")).toBeUndefined();
    expect(monthOfName("")).toBeUndefined();
  });
});
