/**
 * @jest-environment jsdom
 */
import * as React from "react";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../../src/taskpane/components/App";
import type { RefreshOutcome } from "../../../src/refresh/refresh-outcome";
import type { StepListener } from "../../../src/refresh/refresh-step";
import type { PaneSeams } from "../../../src/taskpane/model/pane-seams";
import { DONE, EMPTY_WORKBOOK, seams } from "./pane-fixtures";

/** Clicks inside act, letting the promises the click starts settle before the assertions. */
async function click(element: HTMLElement | Promise<HTMLElement>): Promise<void> {
  const target = await element;
  await act(async () => {
    fireEvent.click(target);
    for (let i = 0; i < 5; i++) await Promise.resolve();
  });
}

function renderApp(overrides: Partial<PaneSeams> = {}) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App seams={seams(overrides)} />
    </FluentProvider>
  );
}

/** A refresh the test finishes by hand, telling it the steps in between. */
function heldRefresh() {
  let finish: (outcome: RefreshOutcome) => void = () => undefined;
  let step: StepListener = () => undefined;
  const refresh = jest.fn(
    (onStep: StepListener) =>
      new Promise<RefreshOutcome>((resolve) => {
        step = onStep;
        finish = resolve;
      })
  );
  return {
    refresh,
    step: (s: Parameters<StepListener>[0]) => act(() => step(s)),
    finish: (o: RefreshOutcome) =>
      act(async () => {
        finish(o);
        await Promise.resolve();
      }),
  };
}

jest.setTimeout(30_000);

describe("the task pane", () => {
  it("says which sheet holds the data and which month it will report", async () => {
    renderApp();
    expect(
      await screen.findByText(/Data from "CSC Data", reporting the latest month \(May 2015\)/)
    ).toBeTruthy();
    expect(screen.getByText('Found: "CSC Data".')).toBeTruthy();
    expect(screen.getByText(/Not found: "CSC Comparators" is optional/)).toBeTruthy();
  });

  it("says what each missing optional sheet means, each in its own words", async () => {
    renderApp({ readWorkbook: () => Promise.resolve(EMPTY_WORKBOOK) });
    const comparators = await screen.findByText(/^Not found: "CSC Comparators" is optional/);
    const settings = screen.getByText(/^Not found: "CSC Settings" is optional/);
    expect(comparators.textContent).toMatch(/no targets or comparators/);
    expect(settings.textContent).toMatch(/default settings are used/);
    expect(settings.textContent).not.toMatch(/targets|comparators/);
  });

  it("shows the step in words while refreshing, and the button cannot be pressed twice", async () => {
    const held = heldRefresh();
    renderApp({ refresh: held.refresh });
    const button = await screen.findByRole("button", { name: "Refresh scorecard" });
    await click(button);
    expect(screen.getByText("Reading the input sheets (step 1 of 4)…")).toBeTruthy();
    held.step("calculating");
    expect(screen.getByText("Calculating the indicators (step 3 of 4)…")).toBeTruthy();
    expect(screen.getByRole("progressbar")).toBeTruthy();
    const running = screen.getByRole("button", { name: "Refreshing…" });
    expect(running.getAttribute("aria-disabled")).toBe("true");
    await click(running);
    expect(held.refresh).toHaveBeenCalledTimes(1);
    await held.finish(DONE);
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("announces progress and results in a live region", async () => {
    const held = heldRefresh();
    renderApp({ refresh: held.refresh });
    await click(screen.findByRole("button", { name: "Refresh scorecard" }));
    const live = screen.getByText(/Reading the input sheets/).closest("[aria-live]");
    expect(live?.getAttribute("aria-live")).toBe("polite");
    await held.finish(DONE);
    expect(
      within(live as HTMLElement).getByText("Scorecard for Peterborough, May 2015")
    ).toBeTruthy();
  });

  it("counts the ratings and lists each Red with its value, comparators and direction", async () => {
    renderApp();
    await click(screen.findByRole("button", { name: "Refresh scorecard" }));
    const counts = screen.getByRole("list", { name: "Indicators by rating" });
    expect(
      within(counts)
        .getAllByRole("listitem")
        .map((item) => item.textContent)
    ).toEqual(["3 Red", "4 Amber", "10 Green", "10 not rated"]);
    const reds = screen.getByRole("region", { name: "Red indicators" });
    expect(within(reds).getByText("Re-referrals within 12 months")).toBeTruthy();
    expect(
      within(reds).getByText(
        "26.1%; against target 20.0% (also stat neighbours 23.6%); worsening since last month."
      )
    ).toBeTruthy();
    expect(within(reds).queryByText("Contacts")).toBeNull();
  });

  it("opens the scorecard sheet", async () => {
    const showSheet = jest.fn(() => Promise.resolve());
    renderApp({ showSheet });
    await click(screen.findByRole("button", { name: "Refresh scorecard" }));
    await click(screen.getByRole("button", { name: "Open the scorecard" }));
    expect(showSheet).toHaveBeenCalledWith("Scorecard");
  });

  it("groups the problems by severity, most serious first, each with Go to its cell", async () => {
    const goTo = jest.fn(() => Promise.resolve());
    renderApp({ goTo });
    await click(screen.findByRole("button", { name: "Refresh scorecard" }));
    expect(screen.getByRole("heading", { name: "3 things to check" })).toBeTruthy();
    const headings = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(headings.filter((h) => /error|warning|note/.test(h ?? ""))).toEqual([
      "1 error",
      "1 warning",
      "1 note",
    ]);
    const errors = screen.getByRole("region", { name: "1 error" });
    expect(within(errors).getByText(/the text "n\/a" is where a number belongs/)).toBeTruthy();
    await click(within(errors).getByRole("button", { name: "Go to F7 on CSC Data" }));
    expect(goTo).toHaveBeenCalledWith(expect.objectContaining({ sheet: "CSC Data", cell: "F7" }));
  });

  it("gives every Go to an accessible name that contains its visible text", async () => {
    renderApp();
    await click(screen.findByRole("button", { name: "Refresh scorecard" }));
    for (const button of screen.getAllByRole("button", { name: /^Go to/ })) {
      expect(button.getAttribute("aria-label")).toContain(button.textContent ?? "");
    }
  });

  it("says in words when Go to cannot reach its cell", async () => {
    renderApp({ goTo: () => Promise.reject(new Error("The requested resource doesn't exist.")) });
    await click(screen.findByRole("button", { name: "Refresh scorecard" }));
    await click(screen.getByRole("button", { name: "Go to F7 on CSC Data" }));
    expect(
      await screen.findByText("Could not go to CSC Data!F7: The requested resource doesn't exist.")
    ).toBeTruthy();
  });

  it("says in words why a refresh failed, and tries again", async () => {
    const refresh = jest
      .fn<Promise<RefreshOutcome>, [StepListener]>()
      .mockResolvedValueOnce({
        ok: false,
        message: 'There is no sheet named "CSC Data".',
        issues: [],
      })
      .mockResolvedValueOnce(DONE);
    renderApp({ refresh });
    await click(screen.findByRole("button", { name: "Refresh scorecard" }));
    expect(screen.getByText("The scorecard was not refreshed")).toBeTruthy();
    expect(screen.getByText('There is no sheet named "CSC Data".')).toBeTruthy();
    await click(screen.getByRole("button", { name: "Try again" }));
    expect(refresh).toHaveBeenCalledTimes(2);
    expect(screen.getByText("Scorecard for Peterborough, May 2015")).toBeTruthy();
  });

  it("turns a thrown refresh into a message, not a silent stop", async () => {
    renderApp({ refresh: () => Promise.reject(new Error("GeneralException")) });
    await click(screen.findByRole("button", { name: "Refresh scorecard" }));
    expect(screen.getByText(/The refresh stopped: GeneralException/)).toBeTruthy();
  });

  it("offers the blank template and the sample when there is no data sheet, and says what it did", async () => {
    const insertSample = jest.fn(() =>
      Promise.resolve({
        ok: false,
        inserted: [],
        kept: ["CSC Settings"],
        message: 'The workbook already has "CSC Settings".',
      })
    );
    const readWorkbook = jest.fn(() => Promise.resolve(EMPTY_WORKBOOK));
    renderApp({ readWorkbook, insertSample });
    expect(await screen.findByRole("heading", { name: "Get started" })).toBeTruthy();
    await click(screen.getByRole("button", { name: "Insert sample data" }));
    expect(insertSample).toHaveBeenCalled();
    expect(await screen.findByText('The workbook already has "CSC Settings".')).toBeTruthy();
    // The workbook is read again, so the pane shows what is there now.
    expect(readWorkbook.mock.calls.length).toBeGreaterThan(1);
  });

  it("says so when Excel will not let it read the workbook, and tries again", async () => {
    const readWorkbook = jest
      .fn()
      .mockRejectedValueOnce(new Error("InactiveWorkbook"))
      .mockResolvedValue(EMPTY_WORKBOOK);
    renderApp({ readWorkbook });
    expect(
      await screen.findByText(/Excel did not let the add-in read the workbook: InactiveWorkbook/)
    ).toBeTruthy();
    await click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("heading", { name: "Get started" })).toBeTruthy();
  });

  it("has the Functions and About pages", async () => {
    renderApp();
    await click(screen.getByRole("tab", { name: "Functions" }));
    expect(screen.getByRole("heading", { name: "CSC.RATEPER10K" })).toBeTruthy();
    expect(screen.getByText("=CSC.RATEPER10K(469, 42000)")).toBeTruthy();
    await click(screen.getByRole("tab", { name: "About" }));
    expect(screen.getByText(/Version \d+\.\d+\.\d+/)).toBeTruthy();
    expect(screen.getByText(/your figures never leave the workbook/)).toBeTruthy();
  });
});
