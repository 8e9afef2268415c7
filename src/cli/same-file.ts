import { realpath, stat } from "node:fs/promises";
import path from "node:path";

/**
 * Whether writing `target` would overwrite `source`: the same file by identity (device and inode,
 * so a hard link or a path in other letter case on a case-insensitive disk counts), or the same
 * resolved real path, compared without case where the folder's file system ignores case. A target
 * that does not exist yet is never the source.
 * @example await sameFile("data.xlsx", "./DATA.xlsx") // true on macOS and Windows, false on Linux
 */
export async function sameFile(source: string, target: string): Promise<boolean> {
  const targetStat = await statOrNull(target);
  if (targetStat === null) return false;
  const sourceStat = await stat(source, { bigint: true });
  if (
    sourceStat.ino !== 0n &&
    sourceStat.ino === targetStat.ino &&
    sourceStat.dev === targetStat.dev
  )
    return true;
  const [a, b] = await Promise.all([realpath(source), realpath(target)]);
  if (a === b) return true;
  return (await ignoresCase(path.dirname(a))) && a.toLowerCase() === b.toLowerCase();
}

async function statOrNull(file: string) {
  try {
    return await stat(file, { bigint: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** A folder's file system ignores case when the folder is found under its name in other case. */
async function ignoresCase(dir: string): Promise<boolean> {
  const swapped = dir.replace(/[a-z]/gi, (c) =>
    c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()
  );
  if (swapped === dir) return false;
  const [original, other] = await Promise.all([statOrNull(dir), statOrNull(swapped)]);
  return original !== null && other !== null && original.ino === other.ino;
}
