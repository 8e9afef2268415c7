const PATTERNS = new Map<string, RegExp>();

/**
 * Reduces text to the words that identify it, in any script: compatibility forms folded (NFKC:
 * full-width letters, "№", ligatures), lower case, and every run of characters that are neither
 * letters, marks nor digits (nor one of `keep`) made one space. Text with no such characters at all
 * (emoji, punctuation alone) keeps every one of them, spacing aside, so a non-blank text never
 * reduces to nothing and two such texts meet only when written alike; only blank text gives "".
 * @example textKey("  Référrals (Arabic: إحالات) ") // "référrals arabic إحالات"
 * @example textKey("Tolerance (%)", "%") // "tolerance %"
 * @example textKey(" 🙂 ! ") // "🙂 !"
 */
export function textKey(text: string, keep = ""): string {
  const folded = text.normalize("NFKC").toLowerCase();
  const words = folded.replace(nonWords(keep), " ").trim();
  return words !== "" ? words : folded.replace(/\s+/gu, " ").trim();
}

/**
 * Whether a key holds a word (a letter or digit of any script), rather than symbols alone.
 * @example hasWord("إحالات") // true
 * @example hasWord("🙂") // false
 */
export function hasWord(key: string): boolean {
  return /[\p{L}\p{N}]/u.test(key);
}

function nonWords(keep: string): RegExp {
  let pattern = PATTERNS.get(keep);
  if (pattern === undefined) {
    const kept = keep.replace(/[\\\]^-]/g, "\\$&");
    pattern = new RegExp(`[^\\p{L}\\p{M}\\p{N}${kept}]+`, "gu");
    PATTERNS.set(keep, pattern);
  }
  return pattern;
}
