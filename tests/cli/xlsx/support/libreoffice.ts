import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { tempFolder } from "./workbook-file";

/**
 * LibreOffice, the independent program the output is rendered by (`.ci/run` installs it with
 * poppler-utils). Without it the rendering tests are skipped on a developer's machine, and fail
 * in CI, where it must be.
 */
export const HAS_LIBREOFFICE =
  spawnSync("soffice", ["--version"], { stdio: "ignore" }).status === 0 &&
  spawnSync("pdftotext", ["-v"], { stdio: "ignore" }).status === 0;

/** Converts a file with LibreOffice headless, in a fresh profile, and returns the converted file. */
export function convertWithLibreOffice(file: string, format: "pdf" | "xlsx"): string {
  const out = tempFolder();
  const profile = tempFolder();
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      format,
      "--outdir",
      out,
      file,
    ],
    { stdio: "pipe", timeout: 110_000 }
  );
  const converted = readdirSync(out).find((name) => name.endsWith(`.${format}`));
  if (converted === undefined) throw new Error(`LibreOffice wrote no .${format} for ${file}`);
  return path.join(out, converted);
}

/** A PDF's text, pages in order, as pdftotext reads it. */
export function pdfText(pdf: string): string {
  return execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" });
}
