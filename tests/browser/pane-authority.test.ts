/**
 * The benchmark authority picker and the functions' help links in a real browser (the production
 * build in headless Chromium, office.js routed to the stand-in as in pane.test.ts): the dataset is
 * fetched only when the Settings page is opened, choosing an authority writes its code to the
 * settings sheet, and a help link opens the Functions page on its function, in Excel or in a plain
 * browser window where office.js does not load.
 */
import { cellValue, eventually, expectClean } from "./harness/pane-checks";
import type { PaneOptions } from "./harness/pane-page";
import { paneSession } from "./harness/pane-session";

jest.setTimeout(180_000);

const pane = paneSession();
const open = (options: PaneOptions) => pane.open(options);

const SETTINGS_SHEET = {
  name: "CSC Settings",
  values: [
    ["Setting", "Value"],
    ["Local authority", "Peterborough"],
  ],
};

describe.each([320, 450])("at %i px", (width) => {
  it("loads the authorities only for the Settings page, and saves the one chosen by its code", async () => {
    const { page, watch } = await open({ width, standIn: { sheets: [SETTINGS_SHEET] } });
    const chunks: string[] = [];
    page.on("request", (request) => {
      if (request.url().endsWith("/benchmarks.js")) chunks.push(request.url());
    });
    await page.getByRole("tab", { name: "Scorecard" }).waitFor();
    expect(chunks).toEqual([]);
    await page.getByRole("tab", { name: "Settings" }).click();
    const box = page.getByRole("combobox", { name: "Benchmark authority" });
    await box.waitFor();
    expect(chunks).toHaveLength(1);
    await box.click();
    await box.pressSequentially("E06000031");
    await page.getByRole("option", { name: "Peterborough (874, East of England)" }).waitFor();
    await expectClean(page, watch, "the list open");
    if (process.env.PICTURES_DIR)
      await page.screenshot({ path: `${process.env.PICTURES_DIR}/authority-open-${width}.png` });
    await box.press("ArrowDown");
    await box.press("Enter");
    await page.getByText(/^In use: Peterborough \(874\)/).waitFor();
    // The write path adds the key's row below the others (settingWrite decides where).
    const rows = await page.evaluate(() =>
      window.__excelModel?.workbook.sheet("CSC Settings").values("A1:B10")
    );
    expect(rows?.filter((row) => row[0] === "Benchmark authority")).toEqual([
      ["Benchmark authority", "874"],
    ]);
    expect(await cellValue(page, "CSC Settings", "B2")).toBe("Peterborough");
    await expectClean(page, watch, "an authority in use");
    if (process.env.PICTURES_DIR)
      await page.screenshot({
        path: `${process.env.PICTURES_DIR}/authority-chosen-${width}.png`,
        fullPage: true,
      });
    expect(watch.pageErrors).toEqual([]);
  });
});

it.each([
  ["in Excel", "stand-in"],
  ["in a plain browser window, office.js unreachable", "unreachable"],
] as const)("a help link opens the Functions page on its function %s", async (_, officeJs) => {
  const { page, watch } = await open({ width: 450, officeJs });
  await page.goto("about:blank");
  await page.goto(new URL("taskpane.html#functions/csc-rag", pane.origin()).toString());
  await page.getByRole("heading", { name: "Worksheet functions" }).waitFor();
  expect(await eventually(() => page.evaluate(() => document.activeElement?.id), "csc-rag")).toBe(
    "csc-rag"
  );
  const top = await page.locator("#csc-rag").evaluate((el) => el.getBoundingClientRect().top);
  expect(top).toBeLessThan(100);
  if (officeJs === "unreachable")
    await page.getByText("These functions work inside Excel", { exact: false }).waitFor();
  await expectClean(page, watch, `help link ${officeJs}`);
  if (process.env.PICTURES_DIR)
    await page.screenshot({ path: `${process.env.PICTURES_DIR}/help-link-${officeJs}.png` });
});
