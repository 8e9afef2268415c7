import {
  existsSync,
  linkSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sameFile } from "../../src/cli/same-file";
import { writeAtomically } from "../../src/cli/write-atomically";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "csc-cli-files-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("writing the output whole", () => {
  it("replaces the target and leaves no temporary file behind", async () => {
    const target = path.join(dir, "scorecard.xlsx");
    writeFileSync(target, "old");
    await writeAtomically(target, Buffer.from("new"));
    expect(readFileSync(target, "utf8")).toBe("new");
    expect(readdirSync(dir)).toEqual(["scorecard.xlsx"]);
  });

  it("leaves nothing when the folder does not exist", async () => {
    await expect(writeAtomically(path.join(dir, "no", "x.xlsx"), Buffer.from("x"))).rejects.toThrow(
      /ENOENT/
    );
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("telling the output would overwrite the input", () => {
  it("knows the same file by another path", async () => {
    const input = path.join(dir, "data.xlsx");
    writeFileSync(input, "x");
    expect(await sameFile(input, path.join(dir, ".", "sub", "..", "data.xlsx"))).toBe(true);
  });

  it("knows a hard link to it", async () => {
    const input = path.join(dir, "data.xlsx");
    writeFileSync(input, "x");
    linkSync(input, path.join(dir, "link.xlsx"));
    expect(await sameFile(input, path.join(dir, "link.xlsx"))).toBe(true);
  });

  it("knows it in other letter case only where the file system ignores case", async () => {
    const input = path.join(dir, "data.xlsx");
    writeFileSync(input, "x");
    const upper = path.join(dir, "DATA.xlsx");
    // On a case-sensitive disk DATA.xlsx is another (absent) file; on macOS and Windows it is the input.
    const exists = existsSync(upper);
    expect(await sameFile(input, upper)).toBe(exists);
  });

  it("is never a file that does not exist yet, or another file", async () => {
    const input = path.join(dir, "data.xlsx");
    writeFileSync(input, "x");
    writeFileSync(path.join(dir, "other.xlsx"), "x");
    expect(await sameFile(input, path.join(dir, "new.xlsx"))).toBe(false);
    expect(await sameFile(input, path.join(dir, "other.xlsx"))).toBe(false);
  });
});
