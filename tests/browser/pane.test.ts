/**
 * The task pane in a real browser: the production build (npm run build) served on localhost and
 * opened in Debian's headless Chromium at the widths Office gives a pane, office.js routed to a
 * stand-in that runs the strict Excel model in the page. Every state is checked for clipping (each
 * element's box inside the viewport's width), for axe-core's serious and critical violations, for
 * CSP violations and for any request that is neither localhost nor office.js.
 * UPDATE_SCREENSHOTS=1 writes the README's pictures of each state into docs/pane/.
 */
import { cellValue, eventually, expectClean, screenshot, sheetNames } from "./harness/pane-checks";
import type { PaneOptions } from "./harness/pane-page";
import { paneSession } from "./harness/pane-session";

jest.setTimeout(180_000);

const pane = paneSession();
const open = (options: PaneOptions) => pane.open(options);

const THEMES = [
  { theme: "light", options: {} },
  {
    theme: "dark",
    options: {
      standIn: {
        theme: {
          bodyBackgroundColor: "#262626",
          bodyForegroundColor: "#FFFFFF",
          controlBackgroundColor: "#363636",
          controlForegroundColor: "#FFFFFF",
        },
      },
    },
  },
  { theme: "high contrast", options: { forcedColors: "active" as const } },
] as const;

describe.each([320, 450])("the pane at %i px", (width) => {
  describe.each(THEMES)("in the $theme theme", ({ theme, options }) => {
    it("inserts the sample, refreshes, finds a broken cell, goes to it, and saves a setting", async () => {
      const shot = (state: string) =>
        screenshot(page, `${state}-${width}-${theme.replace(" ", "-")}`);
      const { page, watch } = await open({ width, ...options });
      await page.getByRole("heading", { name: "Get started" }).waitFor();
      expect(await page.locator("[data-theme]").getAttribute("data-theme")).toBe(theme);
      await expectClean(page, watch, "first run");
      await shot("first-run");

      // Insert sample data: the command line's sample, through the inserter, clearly labelled.
      await page.getByRole("button", { name: "Insert sample data" }).click();
      await page.getByText(/^Inserted the sample data/).waitFor();
      expect(await sheetNames(page)).toEqual([
        "Sheet1",
        "CSC Data",
        "CSC Comparators",
        "CSC Settings",
      ]);
      expect(await cellValue(page, "CSC Data", "A1")).toMatch(
        /^SAMPLE DATA: Sample Borough is a fictional authority/
      );

      // Refresh: the scorecard's sheets are written, the results named in the pane.
      await page.getByRole("button", { name: "Refresh scorecard" }).click();
      await page
        .getByRole("heading", { name: "Scorecard for Sample Borough (SAMPLE DATA), May 2015" })
        .waitFor();
      expect(await sheetNames(page)).toEqual(
        expect.arrayContaining(["Scorecard", "Scorecard charts", "Scorecard notes"])
      );
      const counts = await page.getByRole("list", { name: "Indicators by rating" }).innerText();
      const reds = Number(/(\d+) Red/.exec(counts)?.[1]);
      if (reds > 0) {
        expect(
          await page.getByRole("region", { name: "Red indicators" }).locator("li").count()
        ).toBe(reds);
      }
      await expectClean(page, watch, "results");
      await shot("results");

      // Open the scorecard.
      await page.getByRole("button", { name: "Open the scorecard" }).click();
      expect(
        await eventually(
          () => page.evaluate(() => window.__excelModel?.workbook.activeSheet()),
          "Scorecard"
        )
      ).toBe("Scorecard");

      // Break a cell (Refs for Jun-13), refresh, see the problem and go to it.
      await page.evaluate(() =>
        window.__excelModel?.run(async (context) => {
          context.workbook.worksheets.getItem("CSC Data").getRange("B6").values = [["n/a"]];
          await context.sync();
        })
      );
      await page.getByRole("button", { name: "Refresh scorecard" }).click();
      const goTo = page.getByRole("button", { name: "Go to B6 on CSC Data" });
      await goTo.waitFor();
      await expectClean(page, watch, "issues");
      await goTo.scrollIntoViewIfNeeded();
      await shot("issues");
      await goTo.click();
      const selected = () =>
        page.evaluate(() =>
          window.__excelModel?.run(async (context) => {
            const range = context.workbook.getSelectedRange();
            range.load("address");
            await context.sync();
            return range.address;
          })
        );
      expect(await eventually(selected, "'CSC Data'!B6")).toBe("'CSC Data'!B6");

      // Change the reporting month: written to the settings sheet, and the next refresh uses it.
      await page.getByRole("tab", { name: "Settings" }).click();
      await page.getByRole("combobox", { name: /Reporting month/ }).click();
      // The option is chosen by its click event: Playwright's scrolling the option into view at the
      // foot of the viewport closes Fluent's positioned list before its pointer reaches it.
      await page
        .getByRole("option", { name: "April 2015", includeHidden: true })
        .dispatchEvent("click");
      await page.getByText(/^Saved to the settings sheet/).waitFor();
      // Fluent's list stays open once its option has been chosen this way: close it.
      await page.getByRole("combobox", { name: /Reporting month/ }).press("Escape");
      await expectClean(page, watch, "settings");
      await shot("settings");
      expect(await cellValue(page, "CSC Settings", "A3")).toBe("Reporting month");
      expect(await cellValue(page, "CSC Settings", "B3")).toBe("2015-04");
      await page.getByRole("tab", { name: "Scorecard" }).press("Enter");
      await page.getByRole("button", { name: "Refresh scorecard" }).click();
      await page
        .getByRole("heading", { name: "Scorecard for Sample Borough (SAMPLE DATA), April 2015" })
        .waitFor();

      for (const tab of ["Functions", "About"]) {
        await page.getByRole("tab", { name: tab }).press("Enter");
        await page.getByRole("heading", { level: 2 }).first().waitFor();
        await expectClean(page, watch, tab);
        await shot(tab.toLowerCase());
      }
      expect(watch.pageErrors).toEqual([]);
      await page.close();
    });
  });

  it("says in words that Office cannot be reached when office.js does not load", async () => {
    const { page, watch } = await open({ width, officeJs: "unreachable" });
    await page.getByRole("alert").getByText("Office could not be reached").waitFor();
    await expectClean(page, watch, "offline");
    await screenshot(page, `offline-${width}`);
    await page.close();
  });

  it("shows each step while a refresh runs, and holds the button", async () => {
    const { page, watch } = await open({ width, standIn: { syncDelayMs: 400 } });
    await page.getByRole("button", { name: "Insert sample data" }).click();
    await page.getByText(/^Inserted the sample data/).waitFor();
    await page.getByRole("button", { name: "Refresh scorecard" }).click();
    const running = page.getByRole("button", { name: "Refreshing…" });
    await running.waitFor();
    expect(await running.getAttribute("aria-disabled")).toBe("true");
    await page.getByText(/^Reading the input sheets \(step 1 of 4\)/).waitFor();
    await page.getByRole("progressbar").waitFor();
    await expectClean(page, watch, "refreshing");
    await screenshot(page, `refreshing-${width}`);
    await page.getByRole("button", { name: "Refresh scorecard" }).waitFor({ timeout: 60_000 });
    await page.getByRole("list", { name: "Indicators by rating" }).waitFor();
    await page.close();
  });
});

describe("the production build", () => {
  it("sets a Content-Security-Policy of its own origin and Office's, with no inline script", async () => {
    const { page } = await open({ width: 350 });
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute("content");
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    const inline = await page.evaluate(() =>
      Array.from(document.scripts)
        .filter((script) => !script.src)
        .map((script) => script.text.slice(0, 40))
    );
    expect(inline).toEqual([]);
    await page.close();
  });
});
