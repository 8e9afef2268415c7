import { measureDataFrom, monthlyValues } from "../../../src/domain/measures/measure-data";
import { monthKey } from "../../../src/domain/period/month";

describe("measureDataFrom", () => {
  it("leaves a blank month missing rather than zero", () => {
    const data = measureDataFrom({
      referrals: [
        [monthKey(2015, 4), 319],
        [monthKey(2015, 5), null],
      ],
    });
    expect(data.get("referrals")?.get(monthKey(2015, 4))).toBe(319);
    expect(data.get("referrals")?.has(monthKey(2015, 5))).toBe(false);
  });
});

describe("monthlyValues", () => {
  it("lays consecutive values out from the first month, skipping nulls", () => {
    const months = monthlyValues(monthKey(2015, 12), [1, null, 3]);
    expect([...months.entries()]).toEqual([
      [monthKey(2015, 12), 1],
      [monthKey(2016, 2), 3],
    ]);
  });
});
