import {
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";

export type PaneThemeName = "light" | "dark" | "high contrast";

/** The part of Office.context.officeTheme the pane follows. */
export interface OfficeThemeColours {
  readonly bodyBackgroundColor?: string;
}

/** Relative luminance of "#RRGGBB" (WCAG), or undefined for anything else. */
function luminance(colour: string): number | undefined {
  const match = /^#?([0-9a-f]{6})$/i.exec(colour.trim());
  if (match === null) return undefined;
  const hex = match[1] ?? "";
  const [r, g, b] = [0, 2, 4].map((i) => {
    const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/**
 * The theme that follows Office's: high contrast when the system forces its colours (Windows
 * contrast themes, which Office follows), dark when Office's body background is dark (Office's
 * Black and Dark Grey themes), else light.
 * @example paneThemeName({ bodyBackgroundColor: "#262626" }, false) // "dark"
 */
export function paneThemeName(
  office: OfficeThemeColours | undefined,
  forcedColours: boolean
): PaneThemeName {
  if (forcedColours) return "high contrast";
  const light = luminance(office?.bodyBackgroundColor ?? "");
  return light !== undefined && light < 0.2 ? "dark" : "light";
}

export const PANE_THEMES: Readonly<Record<PaneThemeName, Theme>> = {
  light: webLightTheme,
  dark: webDarkTheme,
  "high contrast": teamsHighContrastTheme,
};
