import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const README = path.resolve(__dirname, "../../README.md");

/** The text between `<!-- name:begin ... -->` and `<!-- name:end -->`, or null when the markers are missing. */
export function readSection(readme: string, name: string): string | null {
  const match = new RegExp(`<!-- ${name}:begin[^>]*-->\\n([\\s\\S]*?)<!-- ${name}:end -->`).exec(
    readme
  );
  return match ? (match[1] ?? "") : null;
}

/**
 * Compares a generated README section with what the README holds; with UPDATE_README=1 (`npm run
 * docs`) writes the generated text instead. Returns the section as the README now has it.
 */
export function syncSection(name: string, generated: string): string | null {
  const readme = readFileSync(README, "utf8");
  const body = `${generated.trimEnd()}\n`;
  if (process.env.UPDATE_README === "1" && readSection(readme, name) !== null) {
    const updated = readme.replace(
      new RegExp(`(<!-- ${name}:begin[^>]*-->\\n)[\\s\\S]*?(<!-- ${name}:end -->)`),
      (_m, begin: string, end: string) => `${begin}${body}${end}`
    );
    writeFileSync(README, updated);
    return body;
  }
  return readSection(readme, name);
}
