import { useCallback, useEffect, useState } from "react";
import { findInputSheets, type InputSheetStatus } from "../../sheet/input-sheets";

export type InputSheetsState =
  | { readonly status: "checking" }
  | { readonly status: "ready"; readonly sheets: readonly InputSheetStatus[] }
  | { readonly status: "failed"; readonly message: string };

/**
 * Checks which input sheets the workbook has. `readSheetNames` is the seam to Excel: the task pane
 * passes the Office.js reader, tests pass a function over plain data.
 */
export function useInputSheets(readSheetNames: () => Promise<string[]>): {
  state: InputSheetsState;
  recheck: () => void;
} {
  const [state, setState] = useState<InputSheetsState>({ status: "checking" });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    setState({ status: "checking" });
    readSheetNames().then(
      (names) => {
        if (current) setState({ status: "ready", sheets: findInputSheets(names) });
      },
      (error: unknown) => {
        if (current) setState({ status: "failed", message: describeFailure(error) });
      }
    );
    return () => {
      current = false;
    };
  }, [readSheetNames, generation]);

  const recheck = useCallback(() => setGeneration((g) => g + 1), []);
  return { state, recheck };
}

function describeFailure(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `Excel did not list the workbook's sheets: ${detail}`;
}
