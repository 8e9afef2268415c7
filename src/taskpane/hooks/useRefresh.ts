import { useCallback, useRef, useState } from "react";
import type { RefreshOutcome } from "../../refresh/refresh-outcome";
import type { RefreshStep, StepListener } from "../../refresh/refresh-step";

export type RefreshState =
  | { readonly status: "idle" }
  | { readonly status: "running"; readonly step: RefreshStep }
  | { readonly status: "done"; readonly outcome: RefreshOutcome };

/**
 * Runs a refresh at most once at a time, keeps the step it is on and then its outcome. `refresh` is
 * the seam to Excel: the task pane passes the Office.js refresh, tests pass a function over plain
 * data. A thrown error (a bug, or Excel refusing the whole batch) becomes a failed outcome with its
 * message, never a silent stop.
 */
export function useRefresh(refresh: (onStep: StepListener) => Promise<RefreshOutcome>): {
  state: RefreshState;
  start: () => void;
} {
  const [state, setState] = useState<RefreshState>({ status: "idle" });
  const running = useRef(false);
  const start = useCallback(() => {
    if (running.current) return;
    running.current = true;
    setState({ status: "running", step: "reading" });
    const onStep: StepListener = (step) => {
      if (running.current) setState({ status: "running", step });
    };
    void refresh(onStep)
      .catch((error: unknown): RefreshOutcome => ({
        ok: false,
        message: `The refresh stopped: ${error instanceof Error ? error.message : String(error)}. The previous scorecard is unchanged.`,
        issues: [],
      }))
      .then((outcome) => {
        running.current = false;
        setState({ status: "done", outcome });
      });
  }, [refresh]);
  return { state, start };
}
