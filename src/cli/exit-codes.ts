/**
 * The command's exit statuses, as a scheduler or a script reads them: 0 a scorecard was written;
 * 1 the workbook's problems stop a scorecard (the issues are printed); 2 the command was used
 * wrongly (an unknown option, a file that is missing, unreadable or not an .xlsx); 3 a bug in the
 * command itself (printed with its stack), which no workbook or argument should cause.
 */
export const EXIT = { ok: 0, workbookProblems: 1, usage: 2, internal: 3 } as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A mistake in how the command was called: one line on stderr, exit 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
