import { useCallback, useEffect, useState } from "react";
import type { PaneWorkbook } from "../../excel/pane/read-pane-workbook";
import { errorText } from "../model/pane-seams";
import { paneSettings, type PaneSettings } from "../model/pane-settings";

export type WorkbookState =
  | { readonly status: "reading" }
  | { readonly status: "ready"; readonly workbook: PaneWorkbook; readonly settings: PaneSettings }
  | { readonly status: "failed"; readonly message: string };

/**
 * Reads the workbook's sheets and settings when the pane opens and whenever `reload` is called
 * (after a refresh, an insert, a setting written). The previous reading stays on screen while a
 * new one is under way, so the settings do not flicker.
 */
export function useWorkbook(readWorkbook: () => Promise<PaneWorkbook>): {
  state: WorkbookState;
  reload: () => void;
} {
  const [state, setState] = useState<WorkbookState>({ status: "reading" });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    readWorkbook().then(
      (workbook) => {
        if (current) setState({ status: "ready", workbook, settings: paneSettings(workbook) });
      },
      (error: unknown) => {
        if (current)
          setState({
            status: "failed",
            message: `Excel did not let the add-in read the workbook: ${errorText(error)}`,
          });
      }
    );
    return () => {
      current = false;
    };
  }, [readWorkbook, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { state, reload };
}
