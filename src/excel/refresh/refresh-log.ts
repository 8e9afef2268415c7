import type { RefreshOutcome } from "../../refresh/refresh-outcome";

/** Where a refresh was started: the task pane's button or the ribbon's. */
export type RefreshSource = "pane" | "ribbon";

/** The last refresh that finished, wherever it was started. */
export interface RefreshRecord {
  readonly source: RefreshSource;
  /** ISO 8601. */
  readonly finishedAt: string;
  readonly outcome: RefreshOutcome;
}

interface RefreshLog {
  last: RefreshRecord | null;
  readonly listeners: Set<() => void>;
}

/**
 * The pane, the ribbon's commands and the custom functions share one runtime (manifest.xml's
 * `Runtime lifetime="long"`: "Configure your Office Add-in to use a shared runtime",
 * https://learn.microsoft.com/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime),
 * so they share a window. Webpack bundles the pane and the commands as separate entries but with
 * one runtime for the page (runtime.js), so this module, in shared.js, runs once and both use the
 * same log. It still hangs on the window under a registered symbol: a second copy of the module
 * (a build whose entries each carried their own runtime, as this one's did before, or a test
 * loading it twice) finds the same log rather than starting an empty one.
 */
const KEY = Symbol.for("csc-scorecard.refresh-log");

function log(): RefreshLog {
  const holder = globalThis as typeof globalThis & { [KEY]?: RefreshLog };
  holder[KEY] ??= { last: null, listeners: new Set() };
  return holder[KEY];
}

/**
 * The last refresh that finished in this runtime, or null before the first.
 * @example lastRefresh()?.outcome.ok // true
 */
export function lastRefresh(): RefreshRecord | null {
  return log().last;
}

/**
 * Calls `listener` each time a refresh finishes; returns the unsubscribe (React's
 * useSyncExternalStore takes exactly this pair).
 * @example const stop = subscribeToRefreshes(() => render(lastRefresh()));
 */
export function subscribeToRefreshes(listener: () => void): () => void {
  const { listeners } = log();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Records a finished refresh and tells every listener.
 * @example recordRefresh({ source: "ribbon", finishedAt: new Date().toISOString(), outcome });
 */
export function recordRefresh(record: RefreshRecord): void {
  const current = log();
  current.last = record;
  for (const listener of [...current.listeners]) listener();
}

/**
 * The outcome in two sentences for a banner: what happened, then the detail.
 * @example describeRefresh(record) // { ok: true, title: "Scorecard refreshed from the ribbon for May 2015", detail: "27 indicators: 3 Red, 4 Amber, 10 Green, 10 not rated. Written to Scorecard, …" }
 */
export function describeRefresh(record: RefreshRecord): {
  ok: boolean;
  title: string;
  detail: string;
} {
  const from = record.source === "ribbon" ? " from the ribbon" : "";
  const { outcome } = record;
  if (!outcome.ok) {
    return { ok: false, title: `The scorecard was not refreshed${from}`, detail: outcome.message };
  }
  const { summary } = outcome;
  const ratings = (["Red", "Amber", "Green", "Not rated"] as const)
    .filter((rating) => summary.ratings[rating] > 0)
    .map((rating) => `${summary.ratings[rating]} ${rating === "Not rated" ? "not rated" : rating}`)
    .join(", ");
  return {
    ok: true,
    title: `Scorecard refreshed${from} for ${summary.reportingMonth}`,
    detail: [
      `${summary.indicators} indicators: ${ratings}. Written to ${summary.sheets.join(", ")}.`,
      ...outcome.notices,
    ].join(" "),
  };
}
