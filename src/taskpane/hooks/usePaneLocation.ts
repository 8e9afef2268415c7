import * as React from "react";
import { paneLocation, type PaneLocation } from "../model/pane-location";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
}

function currentHash(): string {
  return window.location.hash;
}

/**
 * The page and function the address names, read at start and again on every hashchange: a help
 * link opened in a window that already shows the pane changes only its hash.
 */
export function usePaneLocation(): PaneLocation {
  const hash = React.useSyncExternalStore(subscribe, currentHash, () => "");
  return React.useMemo(() => paneLocation(hash), [hash]);
}
