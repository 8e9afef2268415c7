import { paintFor } from "../../src/cli/colour";
import { progressListener, PROGRESS_THRESHOLD_BYTES } from "../../src/cli/progress";
import { REFRESH_STEPS } from "../../src/refresh/refresh-step";

function lines(isTty: boolean, inputBytes: number): string[] {
  const written: string[] = [];
  const listener = progressListener({ isTty, inputBytes, write: (line) => written.push(line) });
  for (const step of REFRESH_STEPS) listener(step);
  return written;
}

describe("progress on stderr", () => {
  it("names each step when a person watches stderr at a terminal", () => {
    expect(lines(true, 10_000)).toEqual([
      "Reading the workbook…\n",
      "Checking the input sheets…\n",
      "Calculating the indicators…\n",
      "Writing the scorecard sheets…\n",
    ]);
  });

  it("names each step for a large input even in a scheduler's log", () => {
    expect(lines(false, PROGRESS_THRESHOLD_BYTES + 1)).toHaveLength(4);
  });

  it("is silent for a small input in a pipe", () => {
    expect(lines(false, 10_000)).toEqual([]);
  });
});

describe("colour", () => {
  it("is used only at a terminal with NO_COLOR unset", () => {
    expect(paintFor(true, {}).red("Red")).toBe("\u001b[31mRed\u001b[0m");
    expect(paintFor(true, { NO_COLOR: "" }).red("Red")).toBe("Red");
    expect(paintFor(true, { NO_COLOR: "1" }).red("Red")).toBe("Red");
    expect(paintFor(false, {}).red("Red")).toBe("Red");
    expect(paintFor(undefined, {}).red("Red")).toBe("Red");
  });
});
