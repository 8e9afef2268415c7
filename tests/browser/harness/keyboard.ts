import type { Page } from "playwright-core";

/** A control as the keyboard meets it: what it is, what it is called, and where it is drawn. */
export interface Stop {
  /** The same for the same element throughout a page's life (a data attribute the test adds). */
  readonly id: string;
  readonly role: string;
  readonly name: string;
  /** Its box in the document (not the viewport), so that scrolling does not change it. */
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/**
 * Describes an element in the page (a function evaluated there: no closures). Fluent UI's focus
 * sentinels (data-tabster-dummy) pass focus straight on; they are "dummy".
 */
function describeInPage(element: Element | null): Stop | "dummy" | null {
  if (element === null || element === document.body || element === document.documentElement) {
    return null;
  }
  if (element.hasAttribute("data-tabster-dummy")) return "dummy";
  const win = window as unknown as { __stopCount?: number };
  const html = element as HTMLElement;
  if (html.dataset.kbStop === undefined) {
    win.__stopCount = (win.__stopCount ?? 0) + 1;
    html.dataset.kbStop = String(win.__stopCount);
  }
  const labelledBy = (element.getAttribute("aria-labelledby") ?? "")
    .split(/\s+/)
    .map((id) => document.getElementById(id)?.textContent ?? "")
    .join(" ");
  const labels = Array.from((element as HTMLInputElement).labels ?? [])
    .map((label) => label.textContent ?? "")
    .join(" ");
  const name = (element.getAttribute("aria-label") ?? (labelledBy.trim() || labels) ?? "").trim();
  // Fluent's tabs draw their label twice, once hidden to keep its bold width: read it once.
  const text = (html.innerText ?? element.textContent ?? "").replace(/\s+/g, " ").trim();
  const half = text.slice(0, text.length / 2);
  const shown = text.length % 2 === 0 && text.length > 0 && text === half + half ? half : text;
  const box = element.getBoundingClientRect();
  return {
    id: html.dataset.kbStop,
    role: element.getAttribute("role") ?? element.tagName.toLowerCase(),
    name: (name || shown).slice(0, 60),
    top: Math.round(box.top + window.scrollY),
    bottom: Math.round(box.bottom + window.scrollY),
    left: Math.round(box.left),
    right: Math.round(box.right),
  };
}

const DESCRIBE = `(${describeInPage.toString()})`;

/** The element that has the keyboard focus now. */
export async function focused(page: Page): Promise<Stop | "dummy" | null> {
  return page.evaluate((describe) => {
    // eslint-disable-next-line no-eval -- the describer is this file's own function, sent as text
    const fn = (0, eval)(describe) as (element: Element | null) => Stop | "dummy" | null;
    return fn(document.activeElement);
  }, DESCRIBE);
}

/** Every control drawn on the page that a keyboard user must be able to reach. */
export async function controls(page: Page): Promise<Stop[]> {
  return page.evaluate((describe) => {
    // eslint-disable-next-line no-eval -- the describer is this file's own function, sent as text
    const fn = (0, eval)(describe) as (element: Element | null) => Stop | "dummy" | null;
    const selector =
      "button, a[href], input, select, textarea, [role=combobox], [role=tab], [role=switch], [role=option]";
    return Array.from(document.querySelectorAll(selector))
      .filter((element) => {
        const style = getComputedStyle(element);
        const box = element.getBoundingClientRect();
        return (
          box.width > 0 &&
          box.height > 0 &&
          style.visibility !== "hidden" &&
          element.getAttribute("role") !== "option" &&
          !element.closest("[aria-hidden=true]") &&
          !(element as HTMLInputElement).disabled
        );
      })
      .map((element) => fn(element))
      .filter((stop): stop is Stop => stop !== null && stop !== "dummy");
  }, DESCRIBE);
}

/** Presses `key` and gives the control it moves focus to, stepping over Fluent's sentinels. */
export async function press(page: Page, key: string): Promise<Stop | null> {
  await page.keyboard.press(key);
  let stop = await focused(page);
  for (let i = 0; i < 3 && stop === "dummy"; i++) {
    await page.keyboard.press(key);
    stop = await focused(page);
  }
  return stop === "dummy" ? null : stop;
}

/**
 * Presses Tab until the focused control's name matches (at most `limit` times), as a keyboard
 * user looks for a button; throws with the controls met on the way if it is never reached.
 */
export async function tabTo(page: Page, name: RegExp, limit = 60): Promise<Stop> {
  const met: string[] = [];
  for (let i = 0; i < limit; i++) {
    const stop = await press(page, "Tab");
    if (stop !== null && name.test(stop.name)) return stop;
    met.push(stop === null ? "(nothing)" : `${stop.role} "${stop.name}"`);
  }
  throw new Error(`Tab never reached ${name}; it met: ${met.join(", ")}`);
}

/**
 * The Tab order of the whole page, from its top: Tab is pressed from wherever focus is until it
 * comes back round to a control already met, and the round is read from where focus left the
 * page (after its last control) and came back in at its first. (Blurring does not move Chrome's
 * starting point for Tab to the top, so the round cannot simply start at the top.)
 */
export async function tabOrder(page: Page, limit = 100): Promise<Stop[]> {
  const round: Array<Stop | null> = [];
  const seen = new Set<string>();
  for (let i = 0; i < limit; i++) {
    const stop = await press(page, "Tab");
    if (stop !== null && seen.has(stop.id)) break;
    if (stop !== null) seen.add(stop.id);
    round.push(stop);
  }
  const outside = round.lastIndexOf(null);
  const fromTop = outside < 0 ? round : [...round.slice(outside + 1), ...round.slice(0, outside)];
  return fromTop.filter((stop): stop is Stop => stop !== null);
}

/**
 * Where a Tab order goes against the page's reading order: each stop must start below the one
 * before it, or on the same line and to its right.
 */
export function outOfReadingOrder(order: readonly Stop[]): string[] {
  const found: string[] = [];
  for (let i = 1; i < order.length; i++) {
    const before = order[i - 1];
    const stop = order[i];
    if (before === undefined || stop === undefined) continue;
    const sameLine = stop.top < before.bottom && stop.bottom > before.top;
    // On one line, it starts to the right of where the one before starts (a field's own button,
    // such as a combobox's Open, sits inside the field's right end).
    const inOrder = sameLine ? stop.left > before.left : stop.top >= before.top;
    if (!inOrder) {
      found.push(
        `${stop.role} "${stop.name}" (top ${stop.top}) comes after ${before.role} "${before.name}" (top ${before.top})`
      );
    }
  }
  return found;
}
