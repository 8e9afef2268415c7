/** A page of the pane. */
export type PaneView = "scorecard" | "settings" | "functions" | "about";

const VIEWS: readonly PaneView[] = ["scorecard", "settings", "functions", "about"];

/** Where the page's address asks the pane to open: a page, and on the Functions page a function. */
export interface PaneLocation {
  /** undefined when the address names no page (the pane opens on its first). */
  readonly view: PaneView | undefined;
  /** The element to bring into view ("csc-rateper10k"), if the address names one. */
  readonly anchor: string | undefined;
}

/**
 * Reads the location hash the functions' help links carry (…/taskpane.html#functions/csc-rag):
 * the page before the slash, the function's anchor after it. Anything else names no page, so a
 * stray or old anchor never leaves the analyst on an empty page.
 * @example paneLocation("#functions/csc-rateper10k") // { view: "functions", anchor: "csc-rateper10k" }
 * @example paneLocation("#nowhere") // { view: undefined, anchor: undefined }
 */
export function paneLocation(hash: string): PaneLocation {
  const [page = "", ...rest] = hash.replace(/^#/, "").split("/");
  const view = VIEWS.find((candidate) => candidate === page.toLowerCase());
  if (view === undefined) return { view: undefined, anchor: undefined };
  const anchor = safeDecode(rest.join("/")).trim();
  return { view, anchor: anchor === "" ? undefined : anchor };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    // A malformed escape (a hand-typed "%") is read as it is written.
    return text;
  }
}
