import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCommand } from "../../src/cli/command";
import { sampleWorkbook, type SampleSheet } from "../../src/cli/sample/sample-workbook";
import { fakeContext } from "./support/fake-context";
import { expectJsonShape } from "./support/json-shape";

let dir: string;
let sample: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "csc-cli-command-"));
  sample = path.join(dir, "sample.xlsx");
  writeFileSync(sample, "sample bytes");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[], sheets: readonly SampleSheet[] = sampleWorkbook(), tty = false) {
  const caught = fakeContext(dir, argv, sheets, { sampleWorkbook: sample, stdoutTty: tty });
  const status = await runCommand(caught.context);
  return { status, stdout: caught.stdout(), stderr: caught.stderr() };
}

describe("the scorecard command", () => {
  it("refreshes the sample into scorecard.xlsx when given nothing, leaving the sample as it was", async () => {
    const { status, stdout } = await run([]);
    expect(status).toBe(0);
    expect(readFileSync(path.join(dir, "scorecard.xlsx"), "utf8")).toBe("refreshed");
    expect(readFileSync(sample, "utf8")).toBe("sample bytes");
    expect(stdout).toMatch(/^CSC Scorecard: Sample Borough \(SAMPLE DATA\), May 2015 \(2015\/16\)/);
    expect(stdout).toMatch(/\d+ Red, \d+ Amber, \d+ Green/);
    expect(stdout).toContain("Red indicators\n  Red  ");
    expect(stdout).toMatch(/Issues \(\d+\)\n {2}Information/);
  });

  it("writes no colour into a pipe, and colour at a terminal", async () => {
    const ESC = "\u001b[";
    expect((await run([])).stdout).not.toContain(ESC);
    expect((await run(["--out", "x.xlsx"], sampleWorkbook(), true)).stdout).toContain(
      `${ESC}31mRed`
    );
  });

  it("prints only JSON with --json", async () => {
    const { status, stdout } = await run(["--json"]);
    expect(status).toBe(0);
    const json = JSON.parse(stdout);
    expectJsonShape(json);
    expect(json.period).toBe("2015-05");
  });

  it("reports the month --month names", async () => {
    const { stdout } = await run(["--json", "--month", "2015-04"]);
    expect(JSON.parse(stdout).period).toBe("2015-04");
  });

  it("exits 1 and prints the issues when the workbook's problems stop a scorecard, writing nothing", async () => {
    const { status, stdout } = await run(["--sheet", "Nothing here"]);
    expect(status).toBe(1);
    expect(stdout).toMatch(/^No scorecard was written: There is no sheet named "Nothing here"/);
    expect(readdirSync(dir)).toEqual(["sample.xlsx"]);
  });

  it("says why in JSON too when nothing was written", async () => {
    const { status, stdout } = await run(["--json", "--month", "2012-01"]);
    expect(status).toBe(1);
    expect(JSON.parse(stdout)).toEqual({ error: expect.any(String), issues: expect.any(Array) });
  });

  it.each([
    [["--bogus"], /unknown option --bogus/],
    [["missing.xlsx"], /cannot read "missing.xlsx": there is no such file or folder/],
    [["."], /"\." is a folder/],
    [["--out", "out.csv"], /must be an .xlsx file/],
  ])("exits 2 with one line on stderr for %j", async (argv, message) => {
    const { status, stdout, stderr } = await run(argv);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });

  it("exits 2 for a file that is not an .xlsx workbook", async () => {
    writeFileSync(path.join(dir, "notes.xlsx"), "not xlsx at all");
    const { status, stderr } = await run(["notes.xlsx"]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/"notes.xlsx" is not an .xlsx workbook this command can read/);
  });

  it("refuses to write over its input", async () => {
    writeFileSync(path.join(dir, "data.xlsx"), "data bytes");
    const { status, stderr } = await run(["data.xlsx", "--out", "./data.xlsx"]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/--out names the input workbook/);
    expect(readFileSync(path.join(dir, "data.xlsx"), "utf8")).toBe("data bytes");
  });
});
