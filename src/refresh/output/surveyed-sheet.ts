import type { SheetRole } from "../../plan/plan-types";
import {
  asRole,
  asState,
  COMMITTED_KEY,
  NAME_KEY,
  parseStamp,
  REFRESH_KEY,
  ROLE_KEY,
  STATE_KEY,
  temporaryNameParts,
  type RefreshStamp,
  type SheetState,
} from "./markers";

/** One worksheet as the first sync finds it. */
export interface SurveyedSheet {
  readonly id: string;
  readonly name: string;
  readonly position: number;
  /** The generated role from the sheet's marker; `null` for the analyst's own sheets. */
  readonly role: SheetRole | null;
  readonly state: SheetState | null;
  /** The state marker exactly as stored (`null` when absent), so a rollback can put it back. */
  readonly storedState: string | null;
  /** The refresh building or retiring the sheet; `null` once it is live. */
  readonly stamp: RefreshStamp | null;
  /**
   * A sheet carrying the marker under a name the add-in did not give it: a copy, or one the analyst
   * renamed to keep. It is theirs (its role is null) and refreshes leave it alone.
   */
  readonly kept: boolean;
  /** Names of the tables on the sheet. */
  readonly tables: readonly string[];
  /** Names of the charts on the sheet (a rewrite in place replaces them). */
  readonly charts: readonly string[];
  /** The token of a refresh whose rewrite in place was whole when it stopped (see COMMITTED_KEY). */
  readonly committed: string | null;
}

/** What the workbook holds before a refresh writes anything. */
export interface WorkbookSurvey {
  readonly sheets: readonly SurveyedSheet[];
  /** Every table and workbook-level name, which new tables must not clash with. */
  readonly tableAndNameNames: readonly string[];
  readonly activeSheetId: string | null;
}

/**
 * Classifies one sheet from its markers. A marked sheet is the add-in's while it is being built or
 * retired, and while live under the name the add-in gave it; under any other name it is the
 * analyst's. A sheet with no marker is the analyst's, unless it has a temporary name: a sync that
 * failed between adding a sheet and marking it leaves exactly that.
 * @param charts the names of the sheet's charts, where the host knows them
 * @example surveyedSheet({ id: "7", name: "Scorecard May 2015 (final)", position: 4 }, markers, []).kept // true
 */
export function surveyedSheet(
  sheet: { readonly id: string; readonly name: string; readonly position: number },
  properties: ReadonlyMap<string, string>,
  tables: readonly string[],
  charts: readonly string[] = []
): SurveyedSheet {
  const storedState = properties.get(STATE_KEY) ?? null;
  const committed = properties.get(COMMITTED_KEY) ?? null;
  const base = { ...sheet, storedState, tables, charts, committed };
  const role = asRole(properties.get(ROLE_KEY));
  if (role === null) {
    const temporary = temporaryNameParts(sheet.name);
    if (temporary === null) return { ...base, role: null, state: null, stamp: null, kept: false };
    // Unmarked, so never a refresh still running: the add and its marker go in one request.
    return {
      ...base,
      role: temporary.role,
      state: temporary.state,
      stamp: { token: temporary.token, startedAt: "" },
      kept: false,
    };
  }
  const state = asState(storedState ?? undefined) ?? "live";
  const given = properties.get(NAME_KEY);
  if (state === "live" && given !== undefined && fold(given) !== fold(sheet.name)) {
    return { ...base, role: null, state: null, stamp: null, kept: true };
  }
  return { ...base, role, state, stamp: parseStamp(properties.get(REFRESH_KEY)), kept: false };
}

function fold(name: string): string {
  return name.toLocaleUpperCase("en-GB");
}
