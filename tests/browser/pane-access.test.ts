/**
 * The task pane as an analyst with a magnifier or no mouse meets it, in the production build in
 * headless Chromium (see pane.test.ts for the set-up): Office's default 350 px pane at 200 % zoom,
 * the whole flow by keyboard alone in reading order, Office's theme changed while the pane is
 * open, and the README's 350 px pictures of each state (UPDATE_SCREENSHOTS=1).
 */
import type { Page } from "playwright-core";
import {
  breakCell,
  cellValue,
  eventually,
  expectClean,
  screenshot,
  selectedAddress,
} from "./harness/pane-checks";
import { controls, focused, outOfReadingOrder, press, tabOrder, tabTo } from "./harness/keyboard";
import { seriousAxeViolations, type PaneOptions } from "./harness/pane-page";
import { paneSession } from "./harness/pane-session";

jest.setTimeout(180_000);

const pane = paneSession();
const open = (options: PaneOptions) => pane.open(options);

const DARK = {
  bodyBackgroundColor: "#262626",
  bodyForegroundColor: "#FFFFFF",
  controlBackgroundColor: "#363636",
  controlForegroundColor: "#FFFFFF",
};
const LIGHT = {
  bodyBackgroundColor: "#FFFFFF",
  bodyForegroundColor: "#000000",
  controlBackgroundColor: "#FFFFFF",
  controlForegroundColor: "#000000",
};

/** Text cut short: an element whose content is wider than its box and does not show the rest. */
function truncatedText(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.body.querySelectorAll("*"))
      .filter((element) => {
        const style = getComputedStyle(element);
        const hides =
          ["hidden", "clip"].includes(style.overflowX) || style.textOverflow === "ellipsis";
        return (
          hides &&
          element.clientWidth > 0 &&
          element.scrollWidth > element.clientWidth + 1 &&
          (element.textContent ?? "").trim() !== ""
        );
      })
      .map(
        (element) =>
          `<${element.tagName.toLowerCase()}> "${(element.textContent ?? "").trim().slice(0, 40)}" needs ${element.scrollWidth} px, has ${element.clientWidth}`
      )
  );
}

/**
 * Text fields too narrow to read what is typed in them (fewer than a dozen characters, 96 px):
 * a field squeezed beside its button at 200 % zoom shows three letters.
 */
function narrowFields(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll("input:not([type=checkbox]):not([type=radio]), textarea"))
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.width < 96;
      })
      .map(
        (element) =>
          `${(element as HTMLInputElement).labels?.[0]?.textContent ?? element.id} is ${Math.round(element.getBoundingClientRect().width)} px wide`
      )
  );
}

/**
 * The Benchmark authority box's text against its chevron: the room its text has, the width of its
 * placeholder, and the gap between the text's end and the chevron (Fluent's input has no right
 * padding of its own, so without one the placeholder ran into the chevron).
 */
function authorityBoxRoom(
  page: Page
): Promise<{ room: number; placeholder: number; gapToChevron: number }> {
  return page.getByRole("combobox", { name: "Benchmark authority" }).evaluate((element) => {
    const input = element as HTMLInputElement;
    const style = getComputedStyle(input);
    const box = input.getBoundingClientRect();
    const contentRight =
      box.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
    const contentLeft =
      box.left + parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth);
    const chevron = input.parentElement?.querySelector(".fui-Combobox__expandIcon");
    const context = document.createElement("canvas").getContext("2d");
    if (context === null || chevron === null || chevron === undefined)
      throw new Error("no canvas or no chevron");
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    return {
      room: Math.floor(contentRight - contentLeft),
      placeholder: Math.ceil(context.measureText(input.placeholder).width),
      gapToChevron: Math.round(chevron.getBoundingClientRect().left - contentRight),
    };
  });
}

/** Published file names on the About page that a line break cuts inside a word. */
function fileNamesCutMidWord(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>("[data-file-name]")).flatMap((element) =>
      Array.from(element.childNodes)
        .filter((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? "") !== "")
        .filter((node) => {
          // A text node drawn on two lines has a box on each.
          const range = document.createRange();
          range.selectNodeContents(node);
          return range.getClientRects().length > 1;
        })
        .map((node) => `${element.dataset.fileName ?? ""}: "${node.textContent ?? ""}"`)
    )
  );
}

/** Fluent's portal layers (a listbox's, a tooltip's) that cover more of the pane than they show. */
function coveringLayers(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>("[data-portal-node]"))
      .filter((layer) => {
        const box = layer.getBoundingClientRect();
        const shown = Array.from(layer.children).some(
          (child) => child.getBoundingClientRect().height > 0
        );
        return box.height > 0 && box.width > 0 && !shown;
      })
      .map(
        (layer) =>
          `a portal layer of ${JSON.stringify(layer.getBoundingClientRect())} shows nothing`
      )
  );
}

/** The background the pane paints (the theme provider's). */
function paneBackground(page: Page): Promise<string> {
  return page
    .locator("[data-theme]")
    .evaluate((element) => getComputedStyle(element).backgroundColor);
}

describe("the pane in Office's 350 px pane at 200 % zoom (175 CSS pixels)", () => {
  it("inserts the sample, refreshes, shows results and issues, goes to a cell and saves a setting, all of it fitting", async () => {
    const { page, watch } = await open({ width: 175, height: 350, deviceScaleFactor: 2 });
    expect(await page.evaluate(() => [window.innerWidth, window.devicePixelRatio])).toEqual([
      175, 2,
    ]);
    const fits = async (state: string) => {
      await expectClean(page, watch, state);
      expect({ state, truncated: await truncatedText(page) }).toEqual({ state, truncated: [] });
      expect({ state, narrow: await narrowFields(page) }).toEqual({ state, narrow: [] });
    };
    await page.getByRole("heading", { name: "Get started" }).waitFor();
    await fits("first run");

    await page.getByRole("button", { name: "Insert sample data" }).click();
    await page.getByText(/^Inserted the sample data/).waitFor();
    await page.getByRole("button", { name: "Refresh scorecard" }).click();
    await page
      .getByRole("heading", { name: "Scorecard for Sample Borough (SAMPLE DATA), May 2015" })
      .waitFor();
    await page.getByRole("list", { name: "Indicators by rating" }).waitFor();
    await fits("results");
    await screenshot(page, "results-350-zoom-200");

    await breakCell(page);
    await page.getByRole("button", { name: "Refresh scorecard" }).click();
    const goTo = page.getByRole("button", { name: "Go to B6 on CSC Data" });
    await goTo.waitFor();
    await fits("issues");
    await goTo.click();
    expect(await eventually(() => selectedAddress(page), "'CSC Data'!B6")).toBe("'CSC Data'!B6");

    await page.getByRole("tab", { name: "Settings" }).click();
    const month = page.getByRole("combobox", { name: /Reporting month/ });
    await month.waitFor();
    await fits("settings");
    await page.getByRole("combobox", { name: "Benchmark authority" }).waitFor();
    const zoomed = await authorityBoxRoom(page);
    expect(zoomed.placeholder).toBeLessThanOrEqual(zoomed.room);
    expect(zoomed.gapToChevron).toBeGreaterThanOrEqual(4);
    await month.click();
    await page
      .getByRole("option", { name: "April 2015", includeHidden: true })
      .dispatchEvent("click");
    await page.getByText(/^Saved to the settings sheet/).waitFor();
    await month.press("Escape");
    await fits("settings, saved");
    await screenshot(page, "settings-350-zoom-200");
    expect(await cellValue(page, "CSC Settings", "B3")).toBe("2015-04");
    expect(watch.pageErrors).toEqual([]);
    await page.close();
  });
});

describe("the pane by keyboard alone", () => {
  /** The Tab order of the page as it is: in reading order, and reaching every control drawn. */
  async function expectTabOrder(page: Page, state: string): Promise<void> {
    const order = await tabOrder(page);
    expect({ state, outOfOrder: outOfReadingOrder(order) }).toEqual({ state, outOfOrder: [] });
    const reached = new Set(order.map((stop) => stop.id));
    // A tab list is one Tab stop (its selected tab); the arrow keys move between its tabs.
    const unreached = (await controls(page))
      .filter((control) => control.role !== "tab" && !reached.has(control.id))
      .map((control) => `${control.role} "${control.name}"`);
    const met = order.map((stop) => `${stop.role} "${stop.name}"`);
    expect({ state, unreached, met }).toEqual({ state, unreached: [], met });
    // The selected tab is the list's one stop.
    const selected = state === "settings" ? "Settings" : "Scorecard";
    const tabs = order.filter((stop) => stop.role === "tab").map((stop) => stop.name);
    expect({ state, tabs }).toEqual({ state, tabs: [selected] });
  }

  it("runs the main flow with Tab, Enter, Space and the arrow keys, in reading order", async () => {
    const { page, watch } = await open({ width: 350 });
    await page.getByRole("heading", { name: "Get started" }).waitFor();
    await expectTabOrder(page, "first run");

    // Every page of the pane is one arrow key away from the next, from its tab list.
    await tabTo(page, /^Scorecard$/);
    const tabs: string[] = ["Scorecard"];
    for (let i = 0; i < 3; i++) tabs.push((await press(page, "ArrowRight"))?.name ?? "(nothing)");
    expect(tabs).toEqual(["Scorecard", "Settings", "Functions", "About"]);
    let back: string | undefined;
    for (let i = 0; i < 3; i++) back = (await press(page, "ArrowLeft"))?.name;
    expect(back).toBe("Scorecard");

    await tabTo(page, /^Insert sample data$/);
    await page.keyboard.press("Enter");
    await page.getByText(/^Inserted the sample data/).waitFor();

    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo(page, /^Refresh scorecard$/);
    await page.keyboard.press("Space");
    await page.getByRole("list", { name: "Indicators by rating" }).waitFor();
    await expectTabOrder(page, "results");

    await tabTo(page, /^Open the scorecard$/);
    await page.keyboard.press("Enter");
    expect(
      await eventually(
        () => page.evaluate(() => window.__excelModel?.workbook.activeSheet()),
        "Scorecard"
      )
    ).toBe("Scorecard");

    await breakCell(page);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo(page, /^Refresh scorecard$/);
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Go to B6 on CSC Data" }).waitFor();
    await expectTabOrder(page, "issues");
    await tabTo(page, /^Go to B6 on CSC Data$/);
    await page.keyboard.press("Enter");
    expect(await eventually(() => selectedAddress(page), "'CSC Data'!B6")).toBe("'CSC Data'!B6");

    // Settings: from the tab list, the arrow key then Enter; the month chosen with the arrow keys.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo(page, /^Scorecard$/);
    await press(page, "ArrowRight");
    await page.keyboard.press("Enter");
    const month = page.getByRole("combobox", { name: /Reporting month/ });
    await month.waitFor();
    await expectTabOrder(page, "settings");
    await tabTo(page, /Reporting month/);
    await page.keyboard.press("Enter");
    await page.getByRole("listbox").waitFor();
    const active = () =>
      month.evaluate((element) => {
        const id = element.getAttribute("aria-activedescendant");
        return id === null ? "" : (document.getElementById(id)?.textContent ?? "");
      });
    for (let i = 0; i < 30 && (await active()) !== "April 2015"; i++) {
      await page.keyboard.press("ArrowDown");
    }
    expect(await active()).toBe("April 2015");
    await page.keyboard.press("Enter");
    await page.getByText(/^Saved to the settings sheet: Reporting month, April 2015\./).waitFor();
    expect(await cellValue(page, "CSC Settings", "B3")).toBe("2015-04");
    // The save did not take the focus away (a control disabled while focused sends it to <body>
    // in Chromium, and it stays there): the next key goes on from the month.
    const focusedName = async () => {
      const stop = await focused(page);
      return stop === null
        ? "(the page's body)"
        : stop === "dummy"
          ? "(a focus sentinel)"
          : stop.name;
    };
    expect(await eventually(focusedName, "Reporting month")).toMatch(/^Reporting month/);

    // The Benchmark authority, by keyboard: type its code, arrow down to it, Enter.
    await tabTo(page, /^Benchmark authority$/);
    await page.keyboard.type("874");
    await page.getByRole("option", { name: "Peterborough (874, East of England)" }).waitFor();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page
      .getByText(/^Saved to the settings sheet: Benchmark authority, Peterborough/)
      .waitFor();
    await page.getByText(/^In use: Peterborough \(874\)/).waitFor();
    const box = page.getByRole("combobox", { name: "Benchmark authority" });
    expect(
      await eventually(() => box.evaluate((element) => element === document.activeElement), true)
    ).toBe(true);
    expect(await box.inputValue()).toBe("Peterborough (874, East of England)");
    // And the keyboard goes on from there: Tab reaches Clear, the next control.
    // (past the box's own Open button, which is a Tab stop of its own)
    await tabTo(page, /^Clear benchmark authority/, 2);
    expect(watch.pageErrors).toEqual([]);
    await page.close();
  });
});

describe("Office's theme changed while the pane is open", () => {
  it("re-themes the pane without a reload, from Office's event or when the pane gets focus back", async () => {
    const { page, watch } = await open({ width: 350 });
    await page.getByRole("heading", { name: "Get started" }).waitFor();
    await page.getByRole("button", { name: "Insert sample data" }).click();
    await page.getByText(/^Inserted the sample data/).waitFor();
    await page.getByRole("button", { name: "Refresh scorecard" }).click();
    await page.getByRole("list", { name: "Indicators by rating" }).waitFor();
    const theme = () => page.locator("[data-theme]").getAttribute("data-theme");
    const loaded = await page.evaluate(() => performance.timeOrigin);
    expect(await theme()).toBe("light");
    const light = await paneBackground(page);

    await page.evaluate((dark) => window.__changeOfficeTheme?.(dark), DARK);
    expect(await eventually(theme, "dark")).toBe("dark");
    const dark = await paneBackground(page);
    expect(dark).not.toBe(light);
    expect(
      await page
        .getByRole("button", { name: "Refresh scorecard" })
        .evaluate((element) => getComputedStyle(element).backgroundColor)
    ).not.toBe("rgb(255, 255, 255)");
    await expectClean(page, watch, "results, re-themed dark");

    // Excel itself fires no event: it changes Office.context.officeTheme, read when focus returns.
    await page.evaluate(
      (light) => window.__changeOfficeTheme?.(light, { fireEvent: false }),
      LIGHT
    );
    await page.evaluate(() => window.dispatchEvent(new Event("focus")));
    expect(await eventually(theme, "light")).toBe("light");
    expect(await paneBackground(page)).toBe(light);
    expect(await seriousAxeViolations(page)).toEqual([]);
    // The same page throughout: the results are still there, the page never reloaded.
    await page.getByRole("list", { name: "Indicators by rating" }).waitFor();
    expect(await page.evaluate(() => performance.timeOrigin)).toBe(loaded);
    expect(watch.pageErrors).toEqual([]);
    await page.close();
  });
});

describe("the README's pictures at Office's default pane width (350 px)", () => {
  it("shows each main state, the settings page from its top", async () => {
    const { page, watch } = await open({ width: 350 });
    await page.getByRole("heading", { name: "Get started" }).waitFor();
    await screenshot(page, "first-run-350-light");
    await page.getByRole("button", { name: "Insert sample data" }).click();
    await page.getByText(/^Inserted the sample data/).waitFor();
    await page.getByRole("button", { name: "Refresh scorecard" }).click();
    await page.getByRole("list", { name: "Indicators by rating" }).waitFor();
    await screenshot(page, "results-350-light");
    await breakCell(page);
    await page.getByRole("button", { name: "Refresh scorecard" }).click();
    await page.getByRole("button", { name: "Go to B6 on CSC Data" }).waitFor();
    await screenshot(page, "issues-350-light");

    await page.getByRole("tab", { name: "Settings" }).click();
    const month = page.getByRole("combobox", { name: /Reporting month/ });
    await month.waitFor();
    await month.click();
    await page
      .getByRole("option", { name: "April 2015", includeHidden: true })
      .dispatchEvent("click");
    await page.getByText(/^Saved to the settings sheet/).waitFor();
    await month.press("Escape");
    // Nothing lies over the pane once the list has closed (a portal of the page's height did).
    expect(await coveringLayers(page)).toEqual([]);
    const room = await authorityBoxRoom(page);
    expect(room.placeholder).toBeLessThanOrEqual(room.room);
    expect(room.gapToChevron).toBeGreaterThanOrEqual(4);
    // The picture starts at the top of the page: its heading and tabs are drawn, not blank.
    await screenshot(page, "settings-350-light");
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.getByRole("heading", { name: "CSC Scorecard", level: 1 }).waitFor();

    for (const tab of ["Functions", "About"]) {
      await page.getByRole("tab", { name: tab }).click();
      await page.getByRole("heading", { level: 2 }).first().waitFor();
      if (tab === "About") {
        await page.locator("[data-file-name]").first().waitFor();
        expect(await fileNamesCutMidWord(page)).toEqual([]);
      }
      // The settings page's note is not carried onto the other pages.
      expect(await page.getByText(/^Saved to the settings sheet/).count()).toBe(0);
      await screenshot(page, `${tab.toLowerCase()}-350-light`);
    }
    expect(watch.pageErrors).toEqual([]);
    await page.close();
  });
});
