import { MEASURES } from "../../../src/domain/measures/measure-catalogue";
import {
  buildMeasureLabelIndex,
  measureIdForLabel,
  normaliseMeasureLabel,
} from "../../../src/domain/measures/measure-label";

describe("measureIdForLabel", () => {
  it.each([
    ["Refs", "referrals"],
    ["# of referrals", "referrals"],
    ["No. of referrals", "referrals"],
    ["Number of Referrals", "referrals"],
    ["Total # LAC", "lac"],
    ["Current LAC total", "lac"],
    ["Total # CIN*", "cin"],
    ["(New CPP)", "cpp_starts"],
    ["(New LAC)", "lac_starts"],
    ["Contact", "contacts"],
    ["# of all contacts", "contacts"],
    ["No. CPP ceased in the month", "cpp_ended"],
    ["No. ceased CPPs that lasted 2yrs+", "cpp_ended_2yrs"],
    ["Current UASC LAC", "uasc"],
    ["lac_per_10k_not_a_measure", undefined],
  ])("recognises the row label %s", (label, id) => {
    expect(measureIdForLabel(label)).toBe(id);
  });

  it("recognises every measure by its own id and name", () => {
    for (const [id, def] of Object.entries(MEASURES)) {
      expect(measureIdForLabel(id)).toBe(id);
      expect(measureIdForLabel(def.name)).toBe(id);
    }
  });

  it("ignores case, punctuation and the ways of writing 'number of'", () => {
    expect(normaliseMeasureLabel("  No. of  REFERRALS* ")).toBe(
      normaliseMeasureLabel("number of referrals")
    );
  });

  it("refuses a catalogue in which one label names two measures", () => {
    expect(() =>
      buildMeasureLabelIndex({
        a: { name: "A", kind: "flow", aliases: ["Shared"] },
        b: { name: "B", kind: "flow", aliases: ["shared"] },
      })
    ).toThrow(/names both a and b/);
  });
});
