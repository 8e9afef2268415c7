/**
 * Levenshtein edit distance (insertions, deletions, substitutions), with two rows of memory.
 * @example editDistance("referals", "referrals") // 1
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] ?? 0;
}

/**
 * The candidates nearest to `text` (case-insensitive), closest first, for "did you mean" messages:
 * at most `count`, and only those within half the text's length, so nonsense suggests nothing.
 * @example nearest("rereferal_pct", ["rereferral_pct", "referrals_per10k"]) // ["rereferral_pct"]
 */
export function nearest(text: string, candidates: readonly string[], count = 3): string[] {
  const wanted = text.trim().toLowerCase();
  const limit = Math.max(2, Math.ceil(wanted.length / 2));
  // A distance is at least the difference in length: skip the candidates that cannot be near.
  return candidates
    .map((candidate) => ({ candidate, lower: candidate.toLowerCase() }))
    .filter(({ lower }) => Math.abs(lower.length - wanted.length) <= limit)
    .map(({ candidate, lower }) => ({ candidate, distance: editDistance(wanted, lower) }))
    .filter(({ distance }) => distance <= limit)
    .sort((x, y) => x.distance - y.distance || x.candidate.localeCompare(y.candidate))
    .slice(0, count)
    .map(({ candidate }) => candidate);
}
