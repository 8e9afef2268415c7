import { INDICATORS } from "../../src/domain/indicators/indicator-catalogue";
import { runRefresh } from "../../src/refresh/run-refresh";
import { sampleWorkbook } from "../../src/cli/sample/sample-workbook";
import { memoryHost } from "../refresh/memory-host";

const NOW = new Date("2015-06-10T09:00:00Z");

async function refreshedSample() {
  const outcome = await runRefresh(memoryHost(sampleWorkbook()), NOW);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome;
}

describe("the sample workbook refreshed", () => {
  it("computes every indicator, and rates most of them", async () => {
    const outcome = await refreshedSample();
    const { indicators } = outcome.report;
    expect(indicators.map((r) => r.id)).toEqual(Object.keys(INDICATORS));
    for (const row of indicators) expect(row.value !== null || row.reason).toBeTruthy();
    const ratable = indicators.filter((r) => r.polarity !== "context");
    const rated = ratable.filter((r) => r.rag !== null);
    expect(rated.length / ratable.length).toBeGreaterThan(0.6);
    expect(outcome.summary.ratings.Red).toBeGreaterThan(0);
  });

  it("has the typos the reconciliation finds: the referrals YTD and the report's own % Mnth", async () => {
    const { reconciliation } = (await refreshedSample()).report;
    const messages = reconciliation.map((r) => r.message).join("\n");
    expect(messages).toMatch(/YTD of Refs for May 2015 .* reads 753 but the counts give 735/);
    expect(messages).toMatch(
      /% Mnth of contacts progressing to referral for May 2014 .* reads 33\.9%/
    );
    expect(reconciliation.filter((r) => /% Mnth/.test(r.message))).toHaveLength(1);
  });
});
