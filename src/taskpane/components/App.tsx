import * as React from "react";
import {
  AriaLiveAnnouncer,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { InsertReport } from "../../excel/insert-sheets/insert-input-sheets";
import type { RefreshRecord } from "../../excel/refresh/refresh-log";
import type { SheetIssue } from "../../sheet/sheet-issue";
import { SETTING_LABELS } from "../../sheet/settings/setting-keys";
import type { ValueKey } from "../../sheet/settings/workbook-settings";
import { usePaneLocation } from "../hooks/usePaneLocation";
import { useRefresh } from "../hooks/useRefresh";
import { useWorkbook } from "../hooks/useWorkbook";
import type { PaneView } from "../model/pane-location";
import { errorText, type PaneSeams } from "../model/pane-seams";
import { monthWords } from "../model/pane-settings";
import { AboutView } from "./AboutView";
import { FunctionsView } from "./FunctionsView";
import { PaneFrame } from "./PaneFrame";
import { GetStarted } from "./GetStarted";
import { InputSheetsPanel } from "./InputSheetsPanel";
import { RefreshPanel } from "./RefreshPanel";
import { RibbonRefresh } from "./RibbonRefresh";

// The settings page's fields (Fluent's Dropdown, Combobox, Input and Switch, and the positioning
// their lists need) are a sixth of the pane's code and no part of its first view: loaded when the
// analyst opens Settings (settings.js).
const SettingsView = React.lazy(() =>
  import(/* webpackChunkName: "settings" */ "./SettingsView").then((module) => ({
    default: module.SettingsView,
  }))
);

const useStyles = makeStyles({
  tabs: { flexWrap: "wrap", minWidth: 0 },
  view: { display: "grid", rowGap: tokens.spacingVerticalL, minWidth: 0 },
  wrap: { overflowWrap: "anywhere" },
  intro: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

const VIEWS: ReadonlyArray<{ view: PaneView; label: string }> = [
  { view: "scorecard", label: "Scorecard" },
  { view: "settings", label: "Settings" },
  { view: "functions", label: "Functions" },
  { view: "about", label: "About" },
];

export interface AppProps {
  readonly seams: PaneSeams;
  /** The last refresh from the ribbon (the shared runtime's refresh log), if any. */
  readonly ribbonRefresh?: RefreshRecord | null;
  /** The page opened first when the address names none (a help link's #functions/csc-rag does). */
  readonly initialView?: PaneView;
}

/** A message above the page, and the page it belongs to: it is shown on that page only. */
type Note = {
  readonly intent: "success" | "warning" | "error";
  readonly text: string;
  readonly page: PaneView;
} | null;

/** The task pane: refresh and results, settings, the functions and about pages. */
export function App({
  seams,
  ribbonRefresh = null,
  initialView = "scorecard",
}: AppProps): React.JSX.Element {
  const styles = useStyles();
  const location = usePaneLocation();
  const [view, setView] = React.useState<PaneView>(location.view ?? initialView);
  // A help link opened while the pane is open changes only the hash: follow it.
  React.useEffect(() => {
    if (location.view !== undefined) setView(location.view);
  }, [location]);
  const workbook = useWorkbook(seams.readWorkbook);
  const run = useRefresh(seams.refresh);
  const [note, setNote] = React.useState<Note>(null);
  const [busy, setBusy] = React.useState(false);
  const { reload } = workbook;

  // A refresh may have added sheets: read the workbook again once it has finished.
  React.useEffect(() => {
    if (run.state.status === "done") void reload();
  }, [run.state, reload]);

  // A note reports a change made on its page: on another page it would be read as about that one,
  // and coming back later it would be stale.
  React.useEffect(() => setNote((shown) => (shown?.page === view ? shown : null)), [view]);

  const act = React.useCallback(
    (what: string, page: PaneView, action: () => Promise<Note>) => {
      setBusy(true);
      setNote(null);
      void action()
        .catch((error: unknown): Note => ({
          intent: "error",
          text: `${what}: ${errorText(error)}`,
          page,
        }))
        .then(async (result) => {
          // Busy until the workbook has been read again: the controls then show what the sheet
          // now says, not the choice from before the write for a moment.
          await reload();
          setNote(result);
          setBusy(false);
        });
    },
    [reload]
  );
  const onGoTo = React.useCallback(
    (issue: SheetIssue) =>
      // Selecting fails if the sheet was deleted or renamed since the refresh: say so in the pane.
      seams.goTo(issue).catch((error: unknown) =>
        setNote({
          intent: "warning",
          text: `Could not go to ${issue.sheet}!${issue.cell}: ${errorText(error)}`,
          page: "scorecard",
        })
      ),
    [seams]
  );
  const onOpenScorecard = React.useCallback(
    (sheet: string) =>
      seams.showSheet(sheet).catch((error: unknown) =>
        setNote({
          intent: "warning",
          text: `Could not open "${sheet}": ${errorText(error)}`,
          page: "scorecard",
        })
      ),
    [seams]
  );
  const inserted = (report: InsertReport): Note => ({
    intent: report.ok ? "success" : "warning",
    text: report.message,
    page: "scorecard",
  });
  const onChangeSetting = (key: ValueKey, text: string, shown: string) =>
    act("The setting was not saved", "settings", async () => {
      await seams.writeSetting(key, text);
      return {
        intent: "success",
        text: `Saved to the settings sheet: ${SETTING_LABELS[key]}, ${shown}. Refresh to see it in the scorecard.`,
        page: "settings",
      };
    });
  const shownNote = note?.page === view ? note : null;

  return (
    // Fluent's MessageBar announces itself through this (useAnnounce); without it, no MessageBar
    // outside a live region (the authority's notes, a failed reading) was ever read out.
    <AriaLiveAnnouncer>
      <PaneFrame>
        <nav aria-label="Pages">
          <TabList
            className={styles.tabs}
            size="small"
            selectedValue={view}
            onTabSelect={(_, data) => setView(data.value as PaneView)}
          >
            {VIEWS.map(({ view: value, label }) => (
              <Tab key={value} value={value}>
                {label}
              </Tab>
            ))}
          </TabList>
        </nav>
        {/* No live region here: the MessageBar announces itself, once for each note (its key). */}
        <div className={styles.view}>
          {shownNote !== null && (
            <MessageBar
              key={`${shownNote.page} ${shownNote.text}`}
              intent={shownNote.intent}
              politeness={shownNote.intent === "success" ? "polite" : "assertive"}
              layout="multiline"
            >
              <MessageBarBody className={styles.wrap}>{shownNote.text}</MessageBarBody>
              <MessageBarActions>
                <Button size="small" onClick={() => setNote(null)}>
                  Dismiss
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
        </div>
        {view === "scorecard" && (
          <div className={styles.view}>
            <RibbonRefresh record={ribbonRefresh} onGoTo={(issue) => void onGoTo(issue)} />
            <Text as="p" className={styles.intro}>
              Children&apos;s social care indicators from your monthly data, to the published
              definitions, rated Red, Amber or Green.
            </Text>
            {workbook.state.status === "reading" && (
              <Spinner size="tiny" label="Reading the workbook…" />
            )}
            {workbook.state.status === "failed" && (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody className={styles.wrap}>{workbook.state.message}</MessageBarBody>
                <MessageBarActions>
                  <Button onClick={() => void reload()}>Try again</Button>
                </MessageBarActions>
              </MessageBar>
            )}
            {workbook.state.status === "ready" && !workbook.state.settings.dataFound && (
              <GetStarted
                dataSheet={workbook.state.settings.dataSheet}
                busy={busy}
                onInsertTemplate={() =>
                  act("The template was not inserted", "scorecard", async () =>
                    inserted(await seams.insertTemplate())
                  )
                }
                onInsertSample={() =>
                  act("The sample was not inserted", "scorecard", async () =>
                    inserted(await seams.insertSample())
                  )
                }
              />
            )}
            {workbook.state.status === "ready" && workbook.state.settings.dataFound && (
              <Text as="p" className={styles.wrap}>
                Data from &quot;{workbook.state.settings.dataSheet}&quot;, reporting{" "}
                {workbook.state.settings.reportingMonth === undefined
                  ? `the latest month${workbook.state.settings.months[0] === undefined ? "" : ` (${monthWords(workbook.state.settings.months[0])})`}`
                  : monthWords(workbook.state.settings.reportingMonth)}
                .{" "}
                <Button appearance="transparent" size="small" onClick={() => setView("settings")}>
                  Change settings
                </Button>
              </Text>
            )}
            <RefreshPanel
              state={run.state}
              onRefresh={run.start}
              onGoTo={(issue) => void onGoTo(issue)}
              onOpenScorecard={(sheet) => void onOpenScorecard(sheet)}
            />
            {workbook.state.status === "ready" && (
              <InputSheetsPanel
                sheetNames={workbook.state.workbook.sheetNames}
                dataSheet={workbook.state.settings.dataSheet}
              />
            )}
          </div>
        )}
        {view === "settings" && workbook.state.status === "ready" && (
          <React.Suspense fallback={<Spinner size="tiny" label="Opening the settings…" />}>
            <SettingsView
              settings={workbook.state.settings}
              saving={busy}
              onChange={onChangeSetting}
              loadBenchmarks={seams.loadBenchmarks}
            />
          </React.Suspense>
        )}
        {view === "settings" && workbook.state.status !== "ready" && (
          <Spinner size="tiny" label="Reading the settings sheet…" />
        )}
        {view === "functions" && (
          <FunctionsView focus={location.view === "functions" ? location.anchor : undefined} />
        )}
        {view === "about" && <AboutView loadBenchmarks={seams.loadBenchmarks} />}
      </PaneFrame>
    </AriaLiveAnnouncer>
  );
}
