import type { SheetRole } from "../../plan/plan-types";

/**
 * The worksheet custom property (ExcelApi 1.12) that marks a sheet as generated, with its role.
 * A sheet is recognised by this marker, never by its name: an analyst's own "Scorecard" has none.
 */
export const ROLE_KEY = "csc-scorecard-role";

/**
 * Where a generated sheet is in a refresh: "building" while a refresh writes it under a temporary
 * name, "live" once it is the scorecard, "backup" for the copy of a live sheet a refresh keeps
 * until its rewrite in place is whole (so that a failure can put the sheet back), and "retired" for
 * a sheet replaced and about to be deleted (left only by refreshes of earlier versions). A sheet
 * building, a backup or a retired one is a leftover to a later refresh, which deletes it.
 */
export const STATE_KEY = "csc-scorecard-state";

/**
 * The name the add-in gave a live sheet. Excel copies custom properties with a sheet, and keeps
 * them through a rename: a marked sheet under another name is a copy the analyst made, or one they
 * renamed to keep ("Scorecard May 2015 (final)"), and so it is theirs.
 */
export const NAME_KEY = "csc-scorecard-name";

/**
 * Which refresh is building a sheet, and when it began ("k3x9qa 2016-02-10T08:00:00Z"), removed
 * once the sheet is live. A refresh undoes only its own work, and leaves another refresh's sheets
 * alone while that refresh may still be running.
 */
export const REFRESH_KEY = "csc-scorecard-refresh";

/**
 * Set on one sheet, with the refresh's token, once a rewrite in place is whole and the clean-up
 * begins: a recovery that finds it completes the refresh instead of rolling it back. Another
 * refresh cannot remove it by deleting sheets, as it can a leftover.
 */
export const COMMITTED_KEY = "csc-scorecard-committed";

export type SheetState = "building" | "live" | "backup" | "retired";

const ROLES: readonly SheetRole[] = ["scorecard", "charts", "notes"];
const STATES: readonly SheetState[] = ["building", "live", "backup", "retired"];

/** @example asRole("charts") // "charts" */
export function asRole(value: string | undefined): SheetRole | null {
  return ROLES.find((role) => role === value) ?? null;
}

/** @example asState("live") // "live" */
export function asState(value: string | undefined): SheetState | null {
  return STATES.find((state) => state === value) ?? null;
}

/** One refresh's stamp: a token no other refresh shares, and when it began (ISO 8601). */
export interface RefreshStamp {
  readonly token: string;
  readonly startedAt: string;
}

/** @example stampText({ token: "k3x9qa", startedAt: "2016-02-10T08:00:00Z" }) // "k3x9qa 2016-02-10T08:00:00Z" */
export function stampText(stamp: RefreshStamp): string {
  return `${stamp.token} ${stamp.startedAt}`;
}

/** @example parseStamp("k3x9qa 2016-02-10T08:00:00Z") // { token: "k3x9qa", startedAt: "2016-02-10T08:00:00Z" } */
export function parseStamp(text: string | undefined): RefreshStamp | null {
  const match = /^([0-9a-z]{6}) (\S+)$/.exec(text ?? "");
  return match === null ? null : { token: match[1]!, startedAt: match[2]! };
}

/** The states whose sheets have temporary names. */
export type TemporaryState = Exclude<SheetState, "live">;

/**
 * The temporary name of a sheet being built, kept as a backup or retired: a name no analyst would
 * choose, carrying the refresh's token, so that a sheet added by a sync that failed before it could
 * be marked is still recognised as a leftover of that refresh.
 * @example temporarySheetName("building", "scorecard", "k3x9qa") // "CSC building scorecard k3x9qa"
 */
export function temporarySheetName(state: TemporaryState, role: SheetRole, token: string): string {
  return `CSC ${state} ${role} ${token}`;
}

// " 2" follows when the name is somehow taken already (see output-names.ts).
const TEMPORARY_NAME =
  /^CSC (building|backup|retired) (scorecard|charts|notes) ([0-9a-z]{6})( \d+)?$/i;

/**
 * What a temporary name says of the sheet that has it, or null for any other name.
 * @example temporaryNameParts("CSC building charts k3x9qa") // { state: "building", role: "charts", token: "k3x9qa" }
 */
export function temporaryNameParts(
  name: string
): { state: TemporaryState; role: SheetRole; token: string } | null {
  const match = TEMPORARY_NAME.exec(name);
  if (match === null) return null;
  const state = asState(match[1]!.toLowerCase());
  const role = asRole(match[2]!.toLowerCase());
  if (state === null || state === "live" || role === null) return null;
  return { state, role, token: match[3]!.toLowerCase() };
}

/**
 * The name a chart takes while a refresh adds it beside the one it replaces on a sheet rewritten in
 * place: the final name with the refresh's token, so the refresh (or its recovery) finds it again.
 * @example temporaryChartName("CSC_chart_contacts", "k3x9qa") // "CSC_chart_contacts k3x9qa"
 */
export function temporaryChartName(name: string, token: string): string {
  return `${name} ${token}`;
}

/**
 * A fresh token for one refresh: six base-36 characters from the platform's random source (the
 * same in browsers and Node), enough that two refreshes of one workbook never share one.
 * @example newRefreshToken() // "k3x9qa"
 */
export function newRefreshToken(): string {
  const bytes = new Uint8Array(6);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => (byte % 36).toString(36)).join("");
}
