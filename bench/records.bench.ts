import { DuckDBDateValue, DuckDBInstance } from "@duckdb/node-api";
import type { CivilDate } from "../src/domain/calendar/civil-date";
import { timeliness } from "../src/domain/calendar/working-days";
import { flagRereferrals, flagRereferralsNaive } from "../src/domain/records/rereferrals";
import { rereferralRate } from "../src/functions/functions";
import { medianMs, medianMsAsync, type Benchmark } from "./harness";

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

/** What DuckDB makes of the same referrals: a window query's time and the re-referrals it counts. */
interface DuckDbFigures {
  readonly threads: number;
  /** The query analysts write, `LAG(date) OVER (PARTITION BY child ORDER BY date)`. */
  readonly lagMs: number;
  readonly lagCount: number;
  /** The LAG query on one thread, as ours runs. */
  readonly lagOneThreadMs: number;
  /** The same with our same-day rule: the latest earlier *day*, by a RANGE frame. */
  readonly dayRuleMs: number;
  readonly dayRuleCount: number;
}

// Both compare with EDATE(date, -12) as DuckDB subtracts months: clamped to the month's last day, so
// 29 February 2016 looks back to 28 February 2015, as ours does.
const LAG_SQL = `
  SELECT count(*) FILTER (WHERE previous >= referred - INTERVAL 12 MONTH) AS rereferrals
  FROM (
    SELECT referred, LAG(referred) OVER (PARTITION BY child ORDER BY referred) AS previous
    FROM referrals
  )`;
const DAY_RULE_SQL = `
  SELECT count(*) FILTER (WHERE previous >= referred - INTERVAL 12 MONTH) AS rereferrals
  FROM (
    SELECT referred, MAX(referred) OVER (
      PARTITION BY child ORDER BY referred
      RANGE BETWEEN UNBOUNDED PRECEDING AND INTERVAL 1 DAY PRECEDING
    ) AS previous
    FROM referrals
  )`;

/** Loads the referrals into an in-memory DuckDB (not timed) and times both queries over them. */
async function duckDbRereferrals(ids: readonly string[], dates: readonly CivilDate[]) {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    await connection.run("CREATE TABLE referrals (child VARCHAR, referred DATE)");
    const appender = await connection.createAppender("referrals");
    for (let i = 0; i < ids.length; i++) {
      appender.appendVarchar(ids[i] ?? "");
      // A CivilDate is days since 1970-01-01, as a DuckDB DATE is.
      appender.appendDate(new DuckDBDateValue(dates[i] ?? 0));
      appender.endRow();
    }
    appender.closeSync();
    const count = async (sql: string) =>
      Number((await connection.runAndReadAll(sql)).getRows()[0]?.[0] ?? Number.NaN);
    const threads = await count("SELECT current_setting('threads')");
    const lagCount = await count(LAG_SQL);
    const lagMs = await medianMsAsync(() => count(LAG_SQL), 3);
    const dayRuleCount = await count(DAY_RULE_SQL);
    const dayRuleMs = await medianMsAsync(() => count(DAY_RULE_SQL), 3);
    await connection.run("SET threads = 1");
    const lagOneThreadMs = await medianMsAsync(() => count(LAG_SQL), 3);
    return {
      threads,
      lagMs,
      lagCount,
      lagOneThreadMs,
      dayRuleMs,
      dayRuleCount,
    } satisfies DuckDbFigures;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

function flaggedCount(ids: readonly string[], dates: readonly CivilDate[]): number {
  const flags = flagRereferrals(ids, dates);
  if (!flags.ok) throw new Error(flags.error.detail);
  return flags.value.filter(Boolean).length;
}

/**
 * Re-referral flagging: ours on a million referrals against DuckDB's window query on the same
 * records, and against a naive pairwise scan on 20,000. Both repeat on data at rest (ours on the same
 * arrays, DuckDB on the same table), which is fair because ours keeps nothing from one call to the
 * next: it hashes the ids in a table of its own, never through a string's cached hash.
 */
export const rereferralFlagging: Benchmark = {
  name: "re-referral flagging",
  async run() {
    const million = referrals(1_000_000, 350_000);
    const fastMillion = medianMs(() => flagRereferrals(million.ids, million.dates), 5);
    const ours = flaggedCount(million.ids, million.dates);
    const duck = await duckDbRereferrals(million.ids, million.dates);
    const small = referrals(20_000, 7_000);
    const fastSmall = medianMs(() => flagRereferrals(small.ids, small.dates), 5);
    const naiveSmall = medianMs(() => flagRereferralsNaive(small.ids, small.dates), 1);
    return [
      {
        key: "rereferral_flag_1m_ms",
        label: "flag 1,000,000 referrals (ours)",
        value: fastMillion,
        unit: "ms",
      },
      {
        key: "rereferral_duckdb_lag_1m_ms",
        label: `DuckDB LAG(date) OVER (PARTITION BY child ORDER BY date), same records, ${duck.threads} threads`,
        value: duck.lagMs,
        unit: "ms",
      },
      {
        key: "rereferral_ours_over_duckdb_ratio",
        label: "ours ÷ DuckDB LAG (1 or less: ours no slower)",
        value: fastMillion / duck.lagMs,
        unit: "×",
      },
      {
        key: "rereferral_duckdb_lag_1_thread_1m_ms",
        label: "DuckDB LAG on one thread, as ours runs",
        value: duck.lagOneThreadMs,
        unit: "ms",
      },
      {
        key: "rereferral_ours_over_duckdb_1_thread_ratio",
        label: "ours ÷ DuckDB LAG on one thread",
        value: fastMillion / duck.lagOneThreadMs,
        unit: "×",
      },
      {
        key: "rereferral_flagged_1m",
        label: "re-referrals flagged by ours (same day never re-refers)",
        value: ours,
        unit: "referrals",
      },
      {
        key: "rereferral_duckdb_lag_flagged_1m",
        label: `flagged by DuckDB LAG: ${duck.lagCount - ours} more, each a same-day repeat whose LAG is its own day`,
        value: duck.lagCount,
        unit: "referrals",
      },
      {
        key: "rereferral_duckdb_day_rule_1m_ms",
        label: "DuckDB with our same-day rule (MAX … RANGE … INTERVAL 1 DAY PRECEDING)",
        value: duck.dayRuleMs,
        unit: "ms",
      },
      {
        key: "rereferral_duckdb_day_rule_flagged_1m",
        label: `flagged by DuckDB with our same-day rule (${duck.dayRuleCount === ours ? "the same as ours" : "DIFFERS from ours"})`,
        value: duck.dayRuleCount,
        unit: "referrals",
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
