import type { CivilDate } from "../src/domain/calendar/civil-date";
import { timeliness } from "../src/domain/calendar/working-days";
import { flagRereferrals, flagRereferralsNaive } from "../src/domain/records/rereferrals";
import { rereferralRate } from "../src/functions/functions";
import { medianMs, type Benchmark } from "./harness";

/** A deterministic referral list: `n` referrals among `children` children over six years from April 2012. */
function referrals(n: number, children: number): { ids: string[]; dates: CivilDate[] } {
  const ids = new Array<string>(n);
  const dates = new Array<CivilDate>(n);
  const first = Date.UTC(2012, 3, 1) / 86_400_000;
  let seed = 7;
  for (let i = 0; i < n; i++) {
    seed = (seed * 48271) % 2147483647;
    ids[i] = `C${seed % children}`;
    dates[i] = (first + (seed % 2192)) as CivilDate;
  }
  return { ids, dates };
}

/** Re-referral flagging: the sort-free grouping against a naive pairwise scan. */
export const rereferralFlagging: Benchmark = {
  name: "re-referral flagging",
  run() {
    const million = referrals(1_000_000, 350_000);
    const fastMillion = medianMs(() => flagRereferrals(million.ids, million.dates), 3);
    const small = referrals(20_000, 7_000);
    const fastSmall = medianMs(() => flagRereferrals(small.ids, small.dates), 5);
    const naiveSmall = medianMs(() => flagRereferralsNaive(small.ids, small.dates), 1);
    return [
      {
        key: "rereferral_flag_1m_ms",
        label: "flag 1,000,000 referrals",
        value: fastMillion,
        unit: "ms",
      },
      {
        key: "rereferral_flag_20k_ms",
        label: "flag 20,000 referrals",
        value: fastSmall,
        unit: "ms",
      },
      {
        key: "rereferral_flag_naive_20k_ms",
        label: "naive pairwise scan, 20,000 referrals",
        value: naiveSmall,
        unit: "ms",
      },
      {
        key: "rereferral_naive_over_fast_ratio",
        label: "naive ÷ fast on 20,000",
        value: naiveSmall / fastSmall,
        unit: "×",
      },
    ];
  },
};

/** CSC.REREFERRALRATE as Excel calls it: two 100,000-row columns of ids and date serials. */
export const rereferralRateFunction: Benchmark = {
  name: "CSC.REREFERRALRATE",
  run() {
    const { ids, dates } = referrals(100_000, 40_000);
    const idColumn = ids.map((id) => [id]);
    const dateColumn = dates.map((date) => [date + 25_569]);
    const ms = medianMs(() => rereferralRate(idColumn, dateColumn, 42_095, 42_460), 5);
    return [
      {
        key: "fn_rereferralrate_100k_ms",
        label: "CSC.REREFERRALRATE, 100,000 referrals",
        value: ms,
        unit: "ms",
      },
    ];
  },
};

/** Working days of 100,000 assessments (start and end pairs), as CSC.TIMELINESS counts them. */
export const workingDayCounts: Benchmark = {
  name: "working days",
  run() {
    const first = Date.UTC(2012, 3, 2) / 86_400_000;
    const pairs = Array.from({ length: 100_000 }, (_, i) => {
      const start = (first + ((i * 7919) % 4000)) as CivilDate;
      return { start, end: (start + (i % 120)) as CivilDate };
    });
    const ms = medianMs(() => timeliness(pairs, 45), 5);
    return [
      {
        key: "working_days_100k_ms",
        label: "timeliness of 100,000 assessments",
        value: ms,
        unit: "ms",
      },
    ];
  },
};
