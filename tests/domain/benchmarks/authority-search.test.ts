import {
  authorityChoices,
  searchAuthorities,
  type AuthorityChoice,
} from "../../../src/domain/benchmarks/authority-search";
import { loadBenchmarks } from "../../../src/domain/benchmarks/load-benchmarks";

let choices: AuthorityChoice[];
beforeAll(async () => {
  choices = authorityChoices(await loadBenchmarks());
});

describe("the searchable list of authorities", () => {
  it("lists the 153 current authorities by name, then the replaced ones", () => {
    const current = choices.filter((c) => c.current);
    expect(current).toHaveLength(153);
    expect(current[0]?.label).toBe("Barking and Dagenham (301, London)");
    expect(choices.slice(153).map((c) => c.name)).toEqual(
      expect.arrayContaining(["Cumbria", "Northamptonshire", "Bournemouth", "Poole"])
    );
    expect(choices.find((c) => c.code === "909")?.label).toBe(
      "Cumbria (909, North West, replaced)"
    );
    expect(choices.some((c) => c.code.includes("/"))).toBe(false);
  });

  it("finds an authority by its DfE or ONS code first", () => {
    expect(searchAuthorities(choices, "874")[0]?.name).toBe("Peterborough");
    expect(searchAuthorities(choices, "e06000031")[0]?.name).toBe("Peterborough");
    expect(searchAuthorities(choices, "E10000023")[0]?.name).toBe("North Yorkshire");
  });

  it("puts names starting with the text before names with a word starting with it", () => {
    const found = searchAuthorities(choices, "north", 30).map((c) => c.name);
    expect(found.indexOf("North Yorkshire")).toBeLessThan(found.indexOf("West Northamptonshire"));
    expect(found).toContain("West Northamptonshire");
    expect(searchAuthorities(choices, "hull")[0]?.name).toBe("Kingston upon Hull, City of");
    expect(searchAuthorities(choices, "Brighton & Hove")[0]?.name).toBe("Brighton and Hove");
  });

  it("lists everything for blank text, and nothing for text no name holds", () => {
    expect(searchAuthorities(choices, " ")).toHaveLength(choices.length);
    expect(searchAuthorities(choices, "Sample Borough")).toEqual([]);
    expect(searchAuthorities(choices, "", 5)).toHaveLength(5);
  });
});
