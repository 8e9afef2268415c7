/**
 * Words joined as a sentence joins them: "a", "a and b", "a, b and c". Items that hold a comma of
 * their own ("education, employment or training") are joined by semicolons, so the list still reads.
 * @example joinWords(["Red", "Amber", "Green"]) // "Red, Amber and Green"
 * @example joinWords(["April 2013", "May 2013"], "or") // "April 2013 or May 2013"
 */
export function joinWords(words: readonly string[], last: "and" | "or" = "and"): string {
  if (words.length <= 1) return words[0] ?? "";
  const separator = words.some((w) => w.includes(",")) ? "; " : ", ";
  return `${words.slice(0, -1).join(separator)} ${last} ${words[words.length - 1] ?? ""}`;
}
