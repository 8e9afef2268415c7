import path from "node:path";
import { runCommand } from "./command";
import { EXIT } from "./exit-codes";
import { packageRoot } from "./package-root";
import { SAMPLE_WORKBOOK } from "./sample/sample-file";
import { openXlsxHost } from "./xlsx/xlsx-host";

// The command's entry point: the real world (argv, the folder, the clock, the terminal) and the
// .xlsx host, handed to runCommand. A failure that is no usage error is a bug: it is printed with
// its stack and the process exits 3, a status no workbook or argument can cause.
// A reader that stops early (`| head`) closes the pipe: the rest of the report is not wanted, which
// is no fault of the command. The error is handled (unhandled, it would crash the process), the
// writes after it go nowhere, and the command still ends with its own status.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
});

runCommand({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  now: () => new Date(),
  openHost: openXlsxHost,
  sampleWorkbook: path.join(packageRoot(__dirname), SAMPLE_WORKBOOK),
}).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = EXIT.internal;
  }
);
