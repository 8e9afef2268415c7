import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * The folder of this package's package.json, found upwards from the compiled file: the command
 * runs from a build folder (.cli-build/src/cli) or an installed copy, and ships the sample there.
 * @example path.join(packageRoot(__dirname), "samples")
 */
export function packageRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, "package.json");
    if (existsSync(manifest) && isThisPackage(manifest)) return dir;
    if (path.dirname(dir) === dir) {
      throw new Error(`The csc-scorecard package.json was not found above ${from}.`);
    }
  }
}

function isThisPackage(manifest: string): boolean {
  const { name } = JSON.parse(readFileSync(manifest, "utf8")) as { name?: unknown };
  return name === "csc-scorecard";
}
