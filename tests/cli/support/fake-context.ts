import type { CommandContext, WorkbookHost } from "../../../src/cli/command";
import type { SampleSheet } from "../../../src/cli/sample/sample-workbook";
import { memoryHost } from "../../refresh/memory-host";

/** What a command run printed, and the context that caught it. */
export interface CaughtRun {
  readonly context: CommandContext;
  readonly stdout: () => string;
  readonly stderr: () => string;
}

/**
 * A command context in a folder, whose host reads the given sheets whatever the file's bytes
 * (bytes starting "not xlsx" are refused, as the .xlsx host refuses a non-workbook) and writes
 * the bytes "refreshed".
 */
export function fakeContext(
  cwd: string,
  argv: readonly string[],
  sheets: readonly SampleSheet[],
  options: { sampleWorkbook: string; stdoutTty?: boolean; env?: NodeJS.ProcessEnv }
): CaughtRun {
  let out = "";
  let err = "";
  const openHost = (input: Uint8Array): Promise<WorkbookHost> => {
    if (Buffer.from(input).toString("utf8").startsWith("not xlsx"))
      return Promise.reject(new Error("the file is not a zip package."));
    return Promise.resolve({
      ...memoryHost(sheets),
      toBuffer: () => Promise.resolve(Buffer.from("refreshed")),
    });
  };
  const context: CommandContext = {
    argv,
    cwd,
    env: options.env ?? {},
    stdout: { write: (text: string) => (out += text), isTTY: options.stdoutTty ?? false },
    stderr: { write: (text: string) => (err += text), isTTY: false },
    now: () => new Date("2015-06-10T09:00:00Z"),
    openHost,
    sampleWorkbook: options.sampleWorkbook,
  };
  return { context, stdout: () => out, stderr: () => err };
}
