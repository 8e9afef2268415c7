import { runCommand } from "../../../src/cli/command";
import { openXlsxHost } from "../../../src/cli/xlsx/xlsx-host";

/** What one in-process run of the command printed, and its exit status. */
export interface RealRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the command in this process over real .xlsx files in a folder, with the real .xlsx host:
 * the same path as the compiled command, without building it (main.ts only adds the world).
 */
export async function runRealCommand(
  argv: readonly string[],
  cwd: string,
  now = new Date("2015-06-10T09:00:00Z")
): Promise<RealRun> {
  let stdout = "";
  let stderr = "";
  const status = await runCommand({
    argv,
    cwd,
    env: {},
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text), isTTY: false },
    now: () => now,
    openHost: openXlsxHost,
    sampleWorkbook: "no sample in these tests.xlsx",
  });
  return { status, stdout, stderr };
}
