import type { Tab } from "./graft";

/**
 * The tabs after a refresh, as the Office.js swap leaves them: each new sheet that replaces a
 * previous one takes a previous one's place (the places in tab order, the new sheets in the plan's
 * order, since a failed refresh may have left its predecessors in any order); a new sheet with no
 * predecessor goes after every other sheet; removed sheets are gone.
 * @param existing each current tab: whether it is removed
 * @param previous for each new sheet, the tab index of the sheet it replaces, or null
 * @example tabOrder([{ removed: false }, { removed: true }], [1, null]) // [{ kept: 0 }, { added: 0 }, { added: 1 }]
 */
export function tabOrder(
  existing: ReadonlyArray<{ readonly removed: boolean }>,
  previous: ReadonlyArray<number | null>
): Array<{ kept: number } | { added: number }> {
  const moves = previous.flatMap((place, added) => (place === null ? [] : [added]));
  const places = previous.flatMap((place) => (place === null ? [] : [place])).sort((a, b) => a - b);
  const at = new Map(places.map((place, k) => [place, moves[k] ?? 0]));
  const tabs: Array<{ kept: number } | { added: number }> = [];
  existing.forEach((sheet, index) => {
    const added = at.get(index);
    if (added !== undefined) tabs.push({ added });
    else if (!sheet.removed) tabs.push({ kept: index });
  });
  previous.forEach((place, added) => {
    if (place === null) tabs.push({ added });
  });
  return tabs;
}

/** The tabs with the kept ones resolved to their sheets. */
export function resolveTabs<T>(
  order: ReadonlyArray<{ kept: number } | { added: number }>,
  sheets: readonly T[]
): Array<{ kept: T } | { added: number }> {
  return order.map((tab) => {
    if ("added" in tab) return tab;
    const sheet = sheets[tab.kept];
    if (sheet === undefined) throw new Error(`no sheet at tab ${tab.kept}`);
    return { kept: sheet };
  });
}

export type { Tab };
