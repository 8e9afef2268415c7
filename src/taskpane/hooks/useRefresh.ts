import { useCallback, useRef, useState } from "react";
import type { RefreshOutcome } from "../../refresh/refresh-outcome";

export type RefreshState =
  | { readonly status: "idle" }
  | { readonly status: "running" }
  | { readonly status: "done"; readonly outcome: RefreshOutcome };

/**
 * Runs a refresh at most once at a time and keeps its outcome. `refresh` is the seam to Excel: the
 * task pane passes the Office.js refresh, tests pass a function over plain data. A thrown error (a bug,
 * or Excel refusing the whole batch) becomes a failed outcome with its message, never a silent stop.
 */
export function useRefresh(refresh: () => Promise<RefreshOutcome>): {
  state: RefreshState;
  start: () => void;
} {
  const [state, setState] = useState<RefreshState>({ status: "idle" });
  const running = useRef(false);
  const start = useCallback(() => {
    if (running.current) return;
    running.current = true;
    setState({ status: "running" });
    void refresh()
      .catch((error: unknown): RefreshOutcome => ({
        ok: false,
        message: `The refresh stopped: ${error instanceof Error ? error.message : String(error)}. The previous scorecard is unchanged.`,
        issues: [],
      }))
      .then((outcome) => setState({ status: "done", outcome }))
      .finally(() => {
        running.current = false;
      });
  }, [refresh]);
  return { state, start };
}
