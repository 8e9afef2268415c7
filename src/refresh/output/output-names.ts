import type { SheetPlan, SheetRole } from "../../plan/plan-types";
import { temporarySheetName, type RefreshStamp } from "./markers";
import type { SurveyedSheet, WorkbookSurvey } from "./surveyed-sheet";

/**
 * Where each generated sheet goes: built under `temporary`, then renamed to `final` or, when the
 * previous sheet of its role is live, copied into it (which keeps its name, `final`) with a copy
 * of the previous content kept under `backup` until the rewrite is whole.
 */
export interface SheetNaming {
  readonly role: SheetRole;
  readonly preferred: string;
  readonly final: string;
  /** Whether one of the analyst's own sheets has the preferred name, so the sheet took another. */
  readonly displaced: boolean;
  readonly temporary: string;
  readonly backup: string;
  /** The previous generated sheet of this role, replaced by the swap. */
  readonly previous: SurveyedSheet | null;
}

/** All the names one refresh uses, decided from the survey before anything is written. */
export interface OutputNames {
  readonly sheets: readonly SheetNaming[];
  /** Old generated sheets and the names they take between the swap and their deletion. */
  readonly retired: ReadonlyArray<{ readonly sheet: SurveyedSheet; readonly name: string }>;
  /**
   * Leftovers of a refresh that failed and could not tidy (or of one still running, which then
   * fails): sheets being built, and backups. Deleted before building.
   */
  readonly leftovers: readonly SurveyedSheet[];
  readonly tables: ReadonlyArray<{
    readonly preferred: string;
    readonly final: string;
    readonly temporary: string;
    /** The previous generated table of that name, renamed aside at the swap. */
    readonly previous: { readonly name: string; readonly retiredName: string } | null;
  }>;
}

/**
 * Chooses names so that nothing of the analyst's is ever overwritten: a generated sheet takes its
 * preferred name unless one of the analyst's own sheets (no marker) has it, then "Scorecard (2)",
 * "Scorecard (3)"...; temporary, backup and retired names carry this refresh's token, so they are
 * its own. A live previous sheet keeps the name it has (it is rewritten in place, so formulas that
 * name it still do), and so does its table.
 * Half-built sheets of any other refresh are leftovers to delete: one that failed and could not tidy,
 * or one still running, which then fails and leaves this refresh's scorecard in place (its recovery
 * undoes only its own work). Excel compares sheet and table names without regard to case, and so does this.
 * @example outputNames(survey, plan.sheets, stamp).sheets[0].final // "Scorecard (2)" when the analyst has a "Scorecard"
 */
export function outputNames(
  survey: WorkbookSurvey,
  sheets: readonly SheetPlan[],
  stamp: RefreshStamp
): OutputNames {
  const generated = survey.sheets.filter((s) => s.role !== null);
  const leftovers = generated.filter((s) => s.state === "building" || s.state === "backup");
  const previousSheets = generated.filter((s) => s.state === "live" || s.state === "retired");
  const analysts = survey.sheets.filter((s) => s.role === null);
  const taken = new Set(survey.sheets.map((s) => fold(s.name)));
  const claim = (name: string) => {
    taken.add(fold(name));
    return name;
  };
  const analystNames = new Set(analysts.map((s) => fold(s.name)));
  const finals = new Set<string>();
  const previousOf = (plan: SheetPlan) =>
    previousSheets.find((s) => s.role === plan.role && s.state === "live") ??
    previousSheets.find((s) => s.role === plan.role) ??
    null;
  // Live sheets keep their names first, so no other planned sheet takes one of them.
  for (const plan of sheets) {
    const previous = previousOf(plan);
    if (previous?.state === "live") finals.add(fold(previous.name));
  }
  const naming = sheets.map((plan) => {
    const previous = previousOf(plan);
    const displaced = analystNames.has(fold(plan.preferredName));
    if (previous?.state === "live") {
      return {
        role: plan.role,
        preferred: plan.preferredName,
        final: previous.name,
        displaced,
        previous,
      };
    }
    let final = plan.preferredName;
    for (let n = 2; analystNames.has(fold(final)) || finals.has(fold(final)); n++) {
      final = suffixed(plan.preferredName, ` (${n})`);
    }
    finals.add(fold(final));
    return { role: plan.role, preferred: plan.preferredName, final, displaced, previous };
  });
  for (const name of finals) taken.add(name);
  const withTemporary = naming.map((n) => ({
    ...n,
    temporary: claim(free(taken, temporarySheetName("building", n.role, stamp.token))),
    backup: claim(free(taken, temporarySheetName("backup", n.role, stamp.token))),
  }));
  // Every previous sheet is renamed aside, a retired one again too: it may still hold its old name.
  const retired = previousSheets.map((sheet) => ({
    sheet,
    name: claim(free(taken, temporarySheetName("retired", sheet.role ?? "scorecard", stamp.token))),
  }));

  const ourTables = new Set(previousSheets.flatMap((s) => s.tables.map(fold)));
  const analystTables = new Set(
    survey.tableAndNameNames.map(fold).filter((n) => !ourTables.has(n))
  );
  const tableTaken = new Set(survey.tableAndNameNames.map(fold));
  const tables = sheets
    .flatMap((s, i) =>
      s.tables.map((table) => ({ table, kept: keptTable(naming[i]?.previous, s, table.name) }))
    )
    .map(({ table, kept }) => {
      let final = kept ?? table.name;
      for (let n = 2; kept === undefined && analystTables.has(fold(final)); n++) {
        final = `${table.name}_${n}`;
      }
      tableTaken.add(fold(final));
      const temporary = free(tableTaken, `${table.name}_building_${stamp.token}`, "_");
      tableTaken.add(fold(temporary));
      let previous: { name: string; retiredName: string } | null = null;
      if (ourTables.has(fold(final))) {
        const retiredName = free(tableTaken, `${table.name}_retired_${stamp.token}`, "_");
        tableTaken.add(fold(retiredName));
        previous = { name: final, retiredName };
      }
      return { preferred: table.name, final, temporary, previous };
    });
  return { sheets: withTemporary, retired, leftovers, tables };
}

/**
 * The table a live sheet rewritten in place keeps for a planned table: the one of that name, or
 * its only table when the plan has one (the analyst may have renamed it; formulas follow it).
 */
function keptTable(
  previous: SurveyedSheet | null | undefined,
  plan: SheetPlan,
  name: string
): string | undefined {
  if (previous?.state !== "live") return undefined;
  const same = previous.tables.find((t) => fold(t) === fold(name));
  if (same !== undefined) return same;
  return plan.tables.length === 1 && previous.tables.length === 1 ? previous.tables[0] : undefined;
}

function free(taken: ReadonlySet<string>, base: string, separator = " "): string {
  let name = base;
  for (let n = 2; taken.has(fold(name)); n++) name = `${base}${separator}${n}`;
  return name;
}

/** Keeps a suffixed sheet name within Excel's 31 characters. */
function suffixed(name: string, suffix: string): string {
  return `${name.slice(0, 31 - suffix.length)}${suffix}`;
}

function fold(name: string): string {
  return name.toLocaleUpperCase("en-GB");
}
