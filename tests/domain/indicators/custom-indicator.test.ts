import {
  catalogueWithCustom,
  defineCustomIndicator,
} from "../../../src/domain/indicators/custom-indicator";
import { computeIndicator } from "../../../src/domain/indicators/compute-indicator";
import { INDICATORS } from "../../../src/domain/indicators/indicator-catalogue";
import { measureDataFrom } from "../../../src/domain/measures/measure-data";
import { monthKey } from "../../../src/domain/period/month";

describe("an analyst's own indicators", () => {
  it("defines a percentage of two measures named by their aliases, computed like a built-in one", () => {
    const defined = defineCustomIndicator({
      id: "nfa_of_contacts",
      kind: "percent",
      numerator: "NFA referrals",
      denominator: "# of all contacts",
      polarity: "L",
    });
    expect(defined).toMatchObject({
      ok: true,
      value: {
        id: "nfa_of_contacts",
        def: {
          unit: "percent",
          polarity: "lower",
          formula: {
            kind: "ratio",
            numerator: "referrals_nfa",
            denominator: "contacts",
            scale: 100,
          },
        },
      },
    });
    if (!defined.ok) return;
    const april = monthKey(2015, 4);
    const data = measureDataFrom({ referrals_nfa: [[april, 30]], contacts: [[april, 600]] });
    const result = computeIndicator(defined.value.id, defined.value.def, data, april);
    expect(result.ok && result.value.value.value).toBeCloseTo(5, 12);
  });

  it("defines a rate per 10,000 children of one measure", () => {
    expect(
      defineCustomIndicator({
        id: "s47_per10k",
        kind: "rate",
        numerator: "s47_enquiries",
        section: "Child in need and protection",
      })
    ).toMatchObject({
      ok: true,
      value: {
        def: {
          unit: "per10k",
          section: "childInNeedAndProtection",
          formula: { kind: "rate", count: "s47_enquiries", per: 10000 },
        },
      },
    });
  });

  it("names an unknown measure and suggests the nearest ids", () => {
    const defined = defineCustomIndicator({
      id: "x",
      kind: "ratio",
      numerator: "referals",
      denominator: "contacts",
    });
    expect(defined).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
    expect(!defined.ok && defined.error.detail).toMatch(
      /"referals" is not a known measure\. Did you mean referrals/
    );
  });

  it("refuses an id that clashes with the catalogue or is badly formed", () => {
    expect(
      defineCustomIndicator({ id: "rereferral_pct", kind: "rate", numerator: "referrals" }).ok
    ).toBe(false);
    expect(
      defineCustomIndicator({ id: "My indicator", kind: "rate", numerator: "referrals" }).ok
    ).toBe(false);
  });

  it("refuses a percentage of a flow over a stock, and a ratio without a denominator", () => {
    expect(
      defineCustomIndicator({
        id: "bad",
        kind: "percent",
        numerator: "referrals",
        denominator: "cin",
      }).ok
    ).toBe(false);
    expect(defineCustomIndicator({ id: "bad", kind: "ratio", numerator: "referrals" }).ok).toBe(
      false
    );
  });

  it("adds custom indicators after the built-in ones without changing them", () => {
    const catalogue = catalogueWithCustom([
      { id: "s47_per10k", kind: "rate", numerator: "s47_enquiries" },
    ]);
    expect(catalogue.ok && Object.keys(catalogue.value).slice(0, -1)).toEqual(
      Object.keys(INDICATORS)
    );
    expect(catalogue.ok && Object.keys(catalogue.value).at(-1)).toBe("s47_per10k");
  });
});

describe("a failure to define an own indicator names the field at fault", () => {
  const base = {
    id: "my_pct",
    kind: "percent" as const,
    numerator: "referrals",
    denominator: "contacts",
  };
  it.each([
    [{ ...base, id: "My %" }, "id"],
    [{ ...base, id: "rereferral_pct" }, "id"],
    [{ ...base, numerator: "lunches" }, "numerator"],
    [{ ...base, denominator: "lunches" }, "denominator"],
    [{ ...base, denominator: undefined }, "denominator"],
    [{ ...base, denominator: "children_looked_after" }, "denominator"],
    [{ ...base, section: "Triage" }, "section"],
    [{ ...base, polarity: "sideways" }, "polarity"],
    [{ ...base, decimals: 1.5 }, "decimals"],
  ] as const)("%j fails on its %s", (spec, field) => {
    const { denominator, ...rest } = spec;
    const defined = defineCustomIndicator({
      ...rest,
      ...(denominator === undefined ? {} : { denominator }),
    });
    expect(defined).toMatchObject({ ok: false, error: { field } });
  });
});
