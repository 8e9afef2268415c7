import fc from "fast-check";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildCommand, runScorecard } from "./support/compiled-command";
import { FIXTURE_MONTHS, monthsAcross, settings } from "./support/fixture-workbooks";
import { fixtureXlsx } from "./support/fixture-xlsx";

jest.setTimeout(300_000);
beforeAll(buildCommand);

const THRESHOLD = 5;
const isSmall = (n: number) => n >= 1 && n <= THRESHOLD;
const APRIL_2015 = FIXTURE_MONTHS.length - 1;

/** Counts mostly small, so that many figures are built on a count of 1 to 5. */
const counts = fc.array(fc.oneof(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 6, max: 60 })), {
  minLength: FIXTURE_MONTHS.length,
  maxLength: FIXTURE_MONTHS.length,
});

/**
 * For any workbook of small counts with suppression on, the JSON never carries a figure built on a
 * count of 1 to 5: the month's, the previous month's, the year to date's (April alone here) and
 * the rolling 12 months'. Decided afresh from the counts, trusting nothing the scorecard decided.
 */
describe("the command's JSON under small-number suppression", () => {
  it("never contains a withheld figure", async () => {
    await fc.assert(
      fc.asyncProperty(counts, counts, counts, async (adoptions, referrals, rereferralsRaw) => {
        const rereferrals = rereferralsRaw.map((r, i) => Math.min(r, referrals[i]!));
        const dir = mkdtempSync(path.join(tmpdir(), "csc-scorecard-suppression-"));
        try {
          const file = path.join(dir, "small.xlsx");
          writeFileSync(
            file,
            await fixtureXlsx([
              monthsAcross([
                ["Adoptions", ...adoptions],
                ["Referrals", ...referrals],
                ["Re-referrals within 12 months", ...rereferrals],
              ]),
              settings([
                ["Suppress small numbers", "Yes"],
                ["Suppression threshold", THRESHOLD],
              ]),
            ])
          );
          const run = runScorecard(["small.xlsx", "--json", "--out", "o.xlsx"], dir);
          expect(run.status).toBe(0);
          const rows = JSON.parse(run.stdout).indicators as Array<Record<string, unknown>>;
          const row = (id: string) => rows.find((r) => r.id === id)!;
          const month = (i: number) => [adoptions[i]!, referrals[i]!, rereferrals[i]!];
          const window12 = Array.from({ length: 12 }, (_, k) => APRIL_2015 - k);

          const adoption = row("adoptions");
          if (isSmall(adoptions[APRIL_2015]!)) expect(adoption.value).toBeNull();
          if (isSmall(adoptions[APRIL_2015 - 1]!)) expect(adoption.previous).toBeNull();
          if (isSmall(adoptions[APRIL_2015]!)) expect(adoption.ytd).toBeNull();
          if (window12.some((i) => isSmall(adoptions[i]!))) expect(adoption.rolling12).toBeNull();

          const share = row("rereferral_pct");
          const [, refs, re] = month(APRIL_2015);
          if (isSmall(refs!) || isSmall(re!)) {
            expect(share.value).toBeNull();
            expect(share.rag).toBeNull();
            expect(share.direction).toBeNull();
          }
          if (window12.some((i) => month(i).slice(1).some(isSmall)))
            expect(share.rolling12).toBeNull();
          // No withheld count is quoted anywhere else either: issues and reconciliation.
          const text = JSON.stringify({ issues: JSON.parse(run.stdout).issues });
          expect(text).not.toMatch(/\b[1-5] (adoptions|referrals)\b/);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 6, seed: 20150602 }
    );
  });
});
