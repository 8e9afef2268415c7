import * as React from "react";
import type { OfficeThemeColours } from "./pane-theme";

/** The part of office.js the pane reads Office's theme from while it is open. */
export interface OfficeThemeSource {
  readonly context: {
    readonly officeTheme?: OfficeThemeColours;
    readonly document?: {
      addHandlerAsync?(
        eventType: string,
        handler: (event: { officeTheme?: OfficeThemeColours }) => void,
        callback?: (result: { status: string }) => void
      ): void;
    };
  };
  readonly EventType?: { readonly OfficeThemeChanged?: string };
}

/**
 * Office's theme, followed while the pane is open, without a reload. Office documents a
 * theme-changed event (Office.EventType.OfficeThemeChanged) for Outlook only
 * (https://learn.microsoft.com/javascript/api/outlook/office.officethemechangedeventargs); Excel
 * updates Office.context.officeTheme in place when the analyst picks another theme
 * (https://github.com/OfficeDev/office-js/issues/713). So the pane listens for the event where the
 * host accepts it (a host that does not answers the registration with a failure, which is ignored),
 * and reads the theme again whenever it gets focus back: the theme is changed in File > Account,
 * outside the pane.
 * @param office window.Office once Office is ready
 * @example const theme = useOfficeTheme(Office); // { bodyBackgroundColor: "#262626", ... } in Black
 */
export function useOfficeTheme(office: OfficeThemeSource): OfficeThemeColours | undefined {
  const [theme, setTheme] = React.useState(office.context.officeTheme);
  React.useEffect(() => {
    let open = true;
    // A copy, so that React sees a change when Office changed the same object in place.
    const reread = () => {
      if (open) setTheme({ ...office.context.officeTheme });
    };
    const eventType = office.EventType?.OfficeThemeChanged;
    if (eventType !== undefined) {
      try {
        office.context.document?.addHandlerAsync?.(eventType, (event) => {
          if (open) setTheme({ ...(event.officeTheme ?? office.context.officeTheme) });
        });
      } catch {
        // An older office.js throws on an event type it does not know: focus still follows it.
      }
    }
    window.addEventListener("focus", reread);
    document.addEventListener("visibilitychange", reread);
    return () => {
      open = false;
      window.removeEventListener("focus", reread);
      document.removeEventListener("visibilitychange", reread);
    };
  }, [office]);
  return theme;
}
