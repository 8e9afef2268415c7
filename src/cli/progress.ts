import type { RefreshStep, StepListener } from "../refresh/refresh-step";

/** Inputs larger than this take long enough to read that a silent terminal looks stuck. */
export const PROGRESS_THRESHOLD_BYTES = 1024 * 1024;

const STEP_WORDS: Readonly<Record<RefreshStep, string>> = {
  reading: "Reading the workbook…",
  checking: "Checking the input sheets…",
  calculating: "Calculating the indicators…",
  writing: "Writing the scorecard sheets…",
};

/**
 * Progress on stderr, so stdout stays the report (or the JSON) alone: shown when a person watches
 * stderr at a terminal, or always for a large input, where a scheduler's log should say how far a
 * slow run got; silent otherwise.
 * @example progressListener({ isTty: false, inputBytes: 2_000_000, write: (l) => process.stderr.write(l) })("reading")
 */
export function progressListener(options: {
  readonly isTty: boolean | undefined;
  readonly inputBytes: number;
  readonly write: (line: string) => void;
}): StepListener {
  const show = options.isTty === true || options.inputBytes > PROGRESS_THRESHOLD_BYTES;
  if (!show) return () => undefined;
  return (step) => options.write(`${STEP_WORDS[step]}\n`);
}
