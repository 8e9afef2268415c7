import { MEASURES } from "../../../src/domain/measures/measure-catalogue";
import { measureLookup } from "../../../src/sheet/data-sheet/measure-lookup";

describe("finding the measure a label names", () => {
  const lookup = measureLookup(MEASURES);

  it("matches ids, names and aliases whatever the case and punctuation", () => {
    expect(lookup.find("No. of referrals")).toBe("referrals");
    expect(lookup.find("# of referrals")).toBe("referrals");
    expect(lookup.find("REFS")).toBe("referrals");
    expect(lookup.find("Total # CIN*")).toBe("cin");
    expect(lookup.find("rereferrals")).toBe("rereferrals");
    expect(lookup.find("Referalls")).toBeUndefined();
  });

  it("matches the analyst's own labels first, but only for measures that exist", () => {
    const own = measureLookup(
      MEASURES,
      new Map([
        ["Refs in month (CRS)", "referrals"],
        ["Widgets", "no_such_measure"],
      ])
    );
    expect(own.find("refs in month crs")).toBe("referrals");
    expect(own.find("Widgets")).toBeUndefined();
  });

  it("suggests the measures a mistyped or shortened label may mean", () => {
    expect(lookup.suggest("Referalls")[0]).toBe("referrals");
    expect(lookup.suggest("# of completed")).toEqual(["assessments_completed"]);
    expect(lookup.suggest("(New CIN)*")).toContain("cpp_starts");
    expect(lookup.suggest("zzzzzzzzzzzz")).toEqual([]);
    expect(lookup.suggest("***")).toEqual([]);
  });
});
