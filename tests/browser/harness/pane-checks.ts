import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { clippedElements, seriousAxeViolations, type PageWatch } from "./pane-page";

/** When the sample is refreshed: its latest month, May 2015, is the month before. */
export const NOW = new Date("2015-06-02T09:30:00Z");
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === "1";
const DOCS = path.resolve(__dirname, "..", "..", "..", "docs", "pane");

/** Nothing clipped, nothing inaccessible, nothing blocked or sent off the machine. */
export async function expectClean(page: Page, watch: PageWatch, state: string): Promise<void> {
  expect({ state, clipped: await clippedElements(page) }).toEqual({ state, clipped: [] });
  expect({ state, axe: await seriousAxeViolations(page) }).toEqual({ state, axe: [] });
  expect({ state, csp: watch.cspViolations, requests: watch.foreignRequests }).toEqual({
    state,
    csp: [],
    requests: [],
  });
}

/**
 * The README's picture of the page as it is (UPDATE_SCREENSHOTS=1), from its top. A full-page
 * screenshot of a scrolled page (focus or Playwright's clicks scroll a control at the foot of the
 * pane into view) paints the rows above the scroll position blank: scroll back to the top first,
 * and take the focus away so that nothing scrolls it down again.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  mkdirSync(DOCS, { recursive: true });
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await page.screenshot({ path: path.join(DOCS, `${name}.png`), fullPage: true });
}

/** What `read` gives once it gives `expected` (or its last answer after 10 s). */
export async function eventually<T>(read: () => Promise<T>, expected: T): Promise<T> {
  let last = await read();
  for (let i = 0; i < 100 && last !== expected; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await read();
  }
  return last;
}

/** The workbook in the page's Excel model. */
export function sheetNames(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__excelModel?.workbook.sheetNames() ?? []);
}

export function cellValue(page: Page, sheet: string, address: string): Promise<unknown> {
  return page.evaluate(
    ([name, cell]) => window.__excelModel?.workbook.sheet(name).values(cell)[0]?.[0],
    [sheet, address] as const
  );
}

/** The address Excel has selected. */
export function selectedAddress(page: Page): Promise<string | undefined> {
  return page.evaluate(() =>
    window.__excelModel?.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load("address");
      await context.sync();
      return range.address;
    })
  );
}

/** The analyst types "n/a" over Refs for Jun-13 (CSC Data!B6), as if by hand in Excel. */
export function breakCell(page: Page): Promise<unknown> {
  return page.evaluate(() =>
    window.__excelModel?.run(async (context) => {
      context.workbook.worksheets.getItem("CSC Data").getRange("B6").values = [["n/a"]];
      await context.sync();
    })
  );
}
