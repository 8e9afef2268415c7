import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, makeStyles, tokens } from "@fluentui/react-components";
import { loadBenchmarks } from "../domain/benchmarks/load-benchmarks";
import { insertInputSheets } from "../excel/insert-sheets/insert-input-sheets";
import { readPaneWorkbook } from "../excel/pane/read-pane-workbook";
import { showSheet } from "../excel/pane/show-sheet";
import { writeSetting } from "../excel/pane/write-setting";
import { lastRefresh, subscribeToRefreshes } from "../excel/refresh/refresh-log";
import { refreshThisWorkbook } from "../excel/refresh/refresh-workbook";
import { runExcel } from "../excel/run-excel";
import { selectCell } from "../excel/select-cell";
import { blankTemplate } from "../plan/input-sheets/blank-template";
import { officeStart, type OfficeGlobal } from "./boot/office-ready";
import { App } from "./components/App";
import type { Unavailability } from "./components/OfficeUnavailable";
import { OutsideExcel } from "./components/OutsideExcel";
import type { PaneSeams } from "./model/pane-seams";
import { useOfficeTheme, type OfficeThemeSource } from "./theme/follow-office-theme";
import { PANE_THEMES, paneThemeName, type PaneThemeName } from "./theme/pane-theme";

/** How long Office may take to start the add-in before the pane says it did not. */
const OFFICE_WAIT_MS = 20_000;

const seams: PaneSeams = {
  readWorkbook: () => readPaneWorkbook(),
  refresh: (onStep) => refreshThisWorkbook("pane", { onStep }),
  goTo: (issue) => runExcel((context) => selectCell(context, issue.sheet, issue.cell)),
  showSheet: (name) => showSheet(name),
  writeSetting: (key, text) => writeSetting(key, text),
  insertTemplate: () => {
    const now = new Date();
    const plan = blankTemplate({ year: now.getFullYear(), month: now.getMonth() + 1 });
    return runExcel((context) => insertInputSheets(context, plan, "skip"));
  },
  insertSample: async () => {
    // The sample's generator is loaded only when asked for: it is not part of the pane's first load.
    const { samplePlan } = await import(/* webpackChunkName: "sample" */ "./model/sample-plan");
    return runExcel((context) => insertInputSheets(context, samplePlan(), "refuse"));
  },
  // A dynamic import inside: the dataset is its own chunk (benchmarks.js), fetched when first needed.
  loadBenchmarks: () => loadBenchmarks(),
};

const useStyles = makeStyles({
  // The page's height is on a box inside the provider, not on the provider: Fluent gives the
  // provider's className to every portal's mount node too (applyStylesToPortals), a layer over the
  // whole pane, so a 100vh provider made each listbox's portal a blank sheet over the pane for as
  // long as its Dropdown kept it mounted (while the Dropdown has the focus).
  page: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
});

function forcedColours(): MediaQueryList | undefined {
  return typeof window.matchMedia === "function"
    ? window.matchMedia("(forced-colors: active)")
    : undefined;
}

/** Office's theme, followed as the system's contrast setting changes. */
function useThemeName(officeTheme: { bodyBackgroundColor?: string } | undefined): PaneThemeName {
  const query = forcedColours();
  const [forced, setForced] = React.useState(query?.matches ?? false);
  React.useEffect(() => {
    const listener = (event: MediaQueryListEvent) => setForced(event.matches);
    query?.addEventListener("change", listener);
    return () => query?.removeEventListener("change", listener);
  }, [query]);
  return paneThemeName(officeTheme, forced);
}

function Pane({ office }: { office: OfficeThemeSource }): React.JSX.Element {
  const styles = useStyles();
  const theme = useThemeName(useOfficeTheme(office));
  const ribbonRefresh = React.useSyncExternalStore(subscribeToRefreshes, lastRefresh);
  return (
    <FluentProvider theme={PANE_THEMES[theme]} data-theme={theme}>
      <div className={styles.page}>
        <App seams={seams} ribbonRefresh={ribbonRefresh} />
      </div>
    </FluentProvider>
  );
}

function Unavailable({ reason }: { reason: Unavailability }): React.JSX.Element {
  const styles = useStyles();
  const dark = window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
  const theme = useThemeName(dark ? { bodyBackgroundColor: "#000000" } : undefined);
  return (
    <FluentProvider theme={PANE_THEMES[theme]} data-theme={theme}>
      <div className={styles.page}>
        <OutsideExcel reason={reason} />
      </div>
    </FluentProvider>
  );
}

async function start(): Promise<void> {
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container element");
  const root = createRoot(container);
  const office = (window as { Office?: OfficeGlobal }).Office;
  const started = await officeStart(office, OFFICE_WAIT_MS);
  if (!started.ok) {
    root.render(<Unavailable reason={started.reason} />);
    return;
  }
  root.render(<Pane office={(window as unknown as { Office: OfficeThemeSource }).Office} />);
}

void start();
