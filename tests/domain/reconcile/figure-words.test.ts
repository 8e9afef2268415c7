import { monthKey } from "../../../src/domain/period/month";
import {
  countLabel,
  describeFigure,
  describeFigures,
  figureWhat,
  recomputedNumber,
  reportedNumber,
} from "../../../src/domain/reconcile/figure-words";
import type { ReportedFigure } from "../../../src/domain/reconcile/reported-figure";

const MAY = monthKey(2014, 5);

const percent = (kind: "percentMonth" | "percentYtd", label?: string): ReportedFigure => ({
  kind,
  indicator: "contacts_to_referral_pct",
  month: MAY,
  value: 30.1,
  cell: "M8",
  ...(label === undefined ? {} : { label }),
});

describe("what findings call a reported figure", () => {
  it("uses the analyst's own label of a kind-only line with the indicator's name, never the id", () => {
    expect(figureWhat(percent("percentYtd", "% YTD"))).toBe(
      "% YTD of contacts progressing to referral"
    );
    expect(figureWhat(percent("percentMonth", "% Mnth"))).toBe(
      "% Mnth of contacts progressing to referral"
    );
    expect(figureWhat(percent("percentMonth"))).toBe("% Mnth of contacts progressing to referral");
  });

  it("uses a label that names the figure as it is, saying YTD when the label does not", () => {
    expect(figureWhat(percent("percentMonth", "Conversion rate"))).toBe("Conversion rate");
    expect(figureWhat(percent("percentYtd", "Conversion rate"))).toBe("Conversion rate (YTD)");
    expect(figureWhat(percent("percentYtd", "Conversion rate YTD"))).toBe("Conversion rate YTD");
  });

  it("does not call a YTD cell beside a % Mnth line a % Mnth", () => {
    expect(figureWhat(percent("percentYtd", "% Mnth"))).toBe(
      "% YTD of contacts progressing to referral"
    );
  });

  it("names a count's figure by its line's label, else by the measure's name", () => {
    const ytd: ReportedFigure = { kind: "ytd", measure: "referrals", month: MAY, value: 753 };
    expect(figureWhat({ ...ytd, label: "Refs" })).toBe("YTD of Refs");
    expect(figureWhat(ytd)).toBe("YTD of referrals");
    expect(figureWhat({ ...ytd, kind: "total", label: "Refs" })).toBe("Total of Refs");
  });

  it("writes the month in the long style, with the cell", () => {
    expect(describeFigure(percent("percentYtd", "% YTD"))).toBe(
      "% YTD of contacts progressing to referral for May 2014 (M8)"
    );
  });

  it("names a run of figures once, with its months and cells", () => {
    const ytds = [5, 6, 8, 9].map((m, i): ReportedFigure => ({
      ...percent("percentYtd", "% YTD"),
      month: monthKey(2014, m),
      cell: ["M8", "N8", "P8", "Q8"][i] ?? "",
    }));
    expect(describeFigures([{ ...percent("percentMonth", "% Mnth"), cell: "M7" }, ...ytds])).toBe(
      "% Mnth of contacts progressing to referral for May 2014 (M7) and " +
        "% YTD of contacts progressing to referral in 4 months from May 2014 to September 2014 (M8:N8, P8:Q8)"
    );
  });

  it("quotes a percentage with its sign, and a recomputed one to at least one decimal", () => {
    const whole: ReportedFigure = { ...percent("percentMonth"), value: 34, decimals: 0 };
    expect(reportedNumber(whole)).toBe("34%");
    expect(recomputedNumber(whole, 36.50587)).toBe("36.5%");
    const count: ReportedFigure = { kind: "ytd", measure: "referrals", month: MAY, value: 1999 };
    expect(reportedNumber(count)).toBe("1,999");
    expect(recomputedNumber(count, 1894)).toBe("1,894");
  });

  it("calls a count by the label its line was read with, else a figure's label, else its name", () => {
    const ytd: ReportedFigure = { kind: "ytd", measure: "referrals", month: MAY, value: 753 };
    const names = { catalogue: {}, measures: {}, labels: new Map([["referrals", "Referrals in"]]) };
    expect(countLabel("referrals", [{ ...ytd, label: "Refs" }], names)).toBe("Referrals in");
    expect(countLabel("referrals", [{ ...ytd, label: "Refs" }])).toBe("Refs");
    expect(countLabel("referrals", [])).toBe("Referrals");
  });
});
