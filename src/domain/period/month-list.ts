import { joinWords } from "../text/join-words";
import { formatMonthLong, type MonthKey } from "./month";

/**
 * Months as a sentence lists them, in the long style every note uses: sorted, once each, runs of
 * three or more consecutive months written as "April 2013 to June 2013", the last joined by `last`.
 * A reader of a committee paper sees "April 2013 or May 2013", never "Apr-13, May-13".
 * @example listMonths([monthKey(2013, 4), monthKey(2013, 5)], "or") // "April 2013 or May 2013"
 * @example listMonths([monthKey(2013, 4), monthKey(2013, 5), monthKey(2013, 6), monthKey(2013, 9)]) // "April 2013 to June 2013 and September 2013"
 */
export function listMonths(months: readonly MonthKey[], last: "and" | "or" = "and"): string {
  const sorted = [...new Set(months)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && (sorted[j + 1] ?? 0) === (sorted[j] ?? 0) + 1) j++;
    const from = sorted[i] as MonthKey;
    const to = sorted[j] as MonthKey;
    if (j - i >= 2) parts.push(`${formatMonthLong(from)} to ${formatMonthLong(to)}`);
    else for (let k = i; k <= j; k++) parts.push(formatMonthLong(sorted[k] as MonthKey));
    i = j + 1;
  }
  return joinWords(parts, last);
}
