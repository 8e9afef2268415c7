import type { SheetRole } from "../../plan/plan-types";

/**
 * The worksheet custom property (ExcelApi 1.12) that marks a sheet as generated, with its role.
 * A sheet is recognised by this marker, never by its name: an analyst's own "Scorecard" has none.
 */
export const ROLE_KEY = "csc-scorecard-role";

/**
 * Where a generated sheet is in the swap: "building" while a refresh writes it under a temporary
 * name, "live" once it is the scorecard, "retired" between being replaced and being deleted.
 */
export const STATE_KEY = "csc-scorecard-state";

/**
 * The calculation mode the workbook had when a refresh began, kept on each sheet it builds until
 * the swap completes: if both the refresh and its recovery fail, the next refresh still restores
 * the analyst's mode rather than the manual mode the failed one left behind.
 */
export const CALCULATION_KEY = "csc-scorecard-calculation";

export type SheetState = "building" | "live" | "retired";

const ROLES: readonly SheetRole[] = ["scorecard", "charts", "notes"];
const STATES: readonly SheetState[] = ["building", "live", "retired"];

/** @example asRole("charts") // "charts" */
export function asRole(value: string | undefined): SheetRole | null {
  return ROLES.find((role) => role === value) ?? null;
}

/** @example asState("live") // "live" */
export function asState(value: string | undefined): SheetState | null {
  return STATES.find((state) => state === value) ?? null;
}
