import { randomBytes } from "node:crypto";
import { open, rename, rm } from "node:fs/promises";
import path from "node:path";

/**
 * Writes a file whole or not at all: the bytes go to a temporary file in the same folder (a rename
 * is atomic only within one file system), are flushed to disk, and the temporary file is renamed
 * over the target. A crash part-way leaves the old file, or none, never half a workbook.
 * @example await writeAtomically("scorecard.xlsx", buffer)
 */
export async function writeAtomically(target: string, bytes: Uint8Array): Promise<void> {
  const dir = path.dirname(target);
  const temporary = path.join(
    dir,
    `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`
  );
  try {
    const file = await open(temporary, "wx");
    try {
      await file.writeFile(bytes);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, target);
  } catch (error) {
    // The temporary file is ours alone; removing it (if it was made) leaves the folder as it was.
    await rm(temporary, { force: true });
    throw error;
  }
}
