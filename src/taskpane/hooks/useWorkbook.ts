import { useCallback, useEffect, useRef, useState } from "react";
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
 * new one is under way, so the settings do not flicker. `reload` settles once its reading is on
 * screen (or failed), so a caller can wait for the pane to show what it has just written.
 */
export function useWorkbook(readWorkbook: () => Promise<PaneWorkbook>): {
  state: WorkbookState;
  reload: () => Promise<void>;
} {
  const [state, setState] = useState<WorkbookState>({ status: "reading" });
  // Only the latest reading may land: an earlier one finishing late would show older settings.
  const latest = useRef(0);
  const read = useCallback((): Promise<void> => {
    const reading = ++latest.current;
    return readWorkbook().then(
      (workbook) => {
        if (reading === latest.current)
          setState({ status: "ready", workbook, settings: paneSettings(workbook) });
      },
      (error: unknown) => {
        if (reading === latest.current)
          setState({
            status: "failed",
            message: `Excel did not let the add-in read the workbook: ${errorText(error)}`,
          });
      }
    );
  }, [readWorkbook]);
  useEffect(() => {
    void read();
    return () => {
      // Unmounted (or the reader changed): a reading under way is dropped.
      latest.current++;
    };
  }, [read]);
  return { state, reload: read };
}
