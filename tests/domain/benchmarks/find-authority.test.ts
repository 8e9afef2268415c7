import fc from "fast-check";
import { areaNameKey } from "../../../src/domain/benchmarks/area-name-key";
import {
  authorityChoices,
  searchAuthorities,
} from "../../../src/domain/benchmarks/authority-search";
import type { BenchmarkData } from "../../../src/domain/benchmarks/benchmark-dataset";
import { benchmarkValue } from "../../../src/domain/benchmarks/benchmark-value";
import { findArea } from "../../../src/domain/benchmarks/find-area";
import { findAuthority } from "../../../src/domain/benchmarks/find-authority";
import { loadBenchmarks } from "../../../src/domain/benchmarks/load-benchmarks";
import { neighbourFigure } from "../../../src/domain/benchmarks/neighbour-figure";
import { INDICATORS } from "../../../src/domain/indicators/indicator-catalogue";
import { monthKey } from "../../../src/domain/period/month";
import { builtInBenchmarks } from "../../../src/refresh/built-in-benchmarks";
import { authorityInUse } from "../../../src/taskpane/model/benchmark-authority";

let data: BenchmarkData;
beforeAll(async () => {
  data = await loadBenchmarks();
});

describe("the authority the Benchmark authority setting names", () => {
  it("is a local authority found by name, DfE or ONS code", () => {
    for (const text of ["Peterborough", "874", "E06000031", " peterborough "]) {
      const found = findAuthority(data, text);
      expect(found.ok && found.value.code).toBe("874");
    }
  });

  it("is never a region, England or a joint return", () => {
    for (const text of ["East of England", "England", "E12000006", "314 / 318"]) {
      const found = findAuthority(data, text);
      expect(!found.ok && found.reason.code).toBe("NOT_AN_AUTHORITY");
    }
  });

  it("is refused in the same words by the refresh and the task pane", () => {
    // One rule for both: a region named in the settings sheet must read the same in the pane's
    // settings page as in the refresh's warning.
    for (const text of ["East of England", "England", "Sample Borough"]) {
      const pane = authorityInUse(data, authorityChoices(data), text);
      const refresh = builtInBenchmarks({ authority: text }, data, monthKey(2025, 5), INDICATORS);
      expect(pane.kind).toBe("unusable");
      expect(refresh.benchmarks).toBeNull();
      expect(refresh.issues[0]?.message).toContain(pane.kind === "unusable" ? pane.message : "");
    }
  });
});

describe("an area's name as finding and searching compare it", () => {
  it("is the same for finding and for the pane's search, whatever the case, spacing or &", () => {
    const names = data.dataset.areas.filter((a) => a.level === "la").map((a) => a.name);
    const choices = authorityChoices(data);
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.boolean(), (name, upper) => {
        const typed = ` ${(upper ? name.toUpperCase() : name.toLowerCase()).replace(/ and /gi, " & ")} `;
        expect(areaNameKey(typed)).toBe(areaNameKey(name));
        const found = findArea(data, typed);
        expect(found.ok && found.value.name).toBe(name);
        // A replaced authority is listed after current ones whose names start alike (Bournemouth
        // after Bournemouth, Christchurch and Poole), so the search finds it, not always first.
        expect(searchAuthorities(choices, typed).map((choice) => choice.name)).toContain(name);
      }),
      { numRuns: names.length * 2 }
    );
  });
});

describe("an indicator the dataset does not have", () => {
  it("is told in the same sentence by every lookup", () => {
    const value = benchmarkValue(data, "contacts", "874", 2025);
    const neighbours = neighbourFigure(data, "contacts", "874", 2025);
    expect(!value.ok && value.reason.code).toBe("UNKNOWN_INDICATOR");
    expect(!neighbours.ok && neighbours.reason).toEqual(!value.ok && value.reason);
    expect(!value.ok && value.reason.detail).toMatch(
      /^There are no published figures for "contacts"; there are for referrals_per10k, rereferral_pct, /
    );
  });
});
