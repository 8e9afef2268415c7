/**
 * @jest-environment jsdom
 */
import * as React from "react";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App, type AppProps } from "../../../src/taskpane/components/App";
import type { RefreshOutcome } from "../../../src/refresh/refresh-outcome";
import { sheetIssue } from "../../../src/sheet/sheet-issue";

const DONE: RefreshOutcome = {
  ok: true,
  summary: {
    reportingMonth: "May 2015",
    indicators: 27,
    ratings: { Red: 3, Amber: 4, Green: 10, "Not rated": 10 },
    sheets: ["Scorecard", "Scorecard charts", "Scorecard notes"],
  },
  issues: [
    sheetIssue(
      "info",
      "SUPPRESSED_VALUE",
      "CSC Data",
      "F9",
      "a withheld value (c): the month is missing, not 0."
    ),
    sheetIssue(
      "error",
      "TEXT_NOT_NUMBER",
      "CSC Data",
      "F7",
      'the text "n/a" is where a number belongs.'
    ),
  ],
  notices: ['Your own sheet "Scorecard" was left alone; the scorecard is in "Scorecard (2)".'],
  report: {
    authority: "Peterborough",
    period: "2015-05",
    financialYear: "2015/16",
    indicators: [],
    reconciliation: [],
  },
};

/** Clicks inside act, letting the promises the click starts settle before the assertions. */
async function click(element: HTMLElement | Promise<HTMLElement>): Promise<void> {
  const target = await element;
  await act(async () => {
    fireEvent.click(target);
    await Promise.resolve();
  });
}

function renderApp(overrides: Partial<AppProps> = {}) {
  const props: AppProps = {
    readSheetNames: () => Promise.resolve(["Cover", "CSC Data"]),
    refresh: () => Promise.resolve(DONE),
    goTo: () => Promise.resolve(),
    ...overrides,
  };
  return render(
    <FluentProvider theme={webLightTheme}>
      <App {...props} />
    </FluentProvider>
  );
}

describe("the task pane", () => {
  it("says in words which input sheets it found and which are missing", async () => {
    renderApp();
    expect(await screen.findByText('Found: "CSC Data".')).toBeTruthy();
    expect(screen.getByText(/Not found: "CSC Comparators" is optional/)).toBeTruthy();
  });

  it("says how to add a missing data sheet, and still lets the settings name another", async () => {
    const refresh = jest.fn((): Promise<RefreshOutcome> =>
      Promise.resolve({
        ok: false,
        message: 'There is no sheet named "CSC Data" with the monthly data.',
        issues: [],
      })
    );
    renderApp({ readSheetNames: () => Promise.resolve([]), refresh });
    expect(
      await screen.findByText(/Missing: add a sheet named "CSC Data".*key Data sheet/)
    ).toBeTruthy();
    await click(screen.getByRole("button", { name: "Refresh scorecard" }));
    expect(refresh).toHaveBeenCalled();
    expect(await screen.findByText(/no sheet named "CSC Data"/)).toBeTruthy();
  });

  it("offers no Go to for a sheet that does not exist", async () => {
    const outcome: RefreshOutcome = {
      ...DONE,
      issues: [
        sheetIssue(
          "info",
          "SHEET_MISSING",
          "CSC Comparators",
          "A1",
          "there is no comparators sheet."
        ),
      ],
    };
    renderApp({ refresh: () => Promise.resolve(outcome) });
    await screen.findByText('Found: "CSC Data".');
    await click(screen.getByRole("button", { name: "Refresh scorecard" }));
    expect(await screen.findByText(/there is no comparators sheet/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Go to CSC Comparators/ })).toBeNull();
  });

  it("refreshes in one click and reports the ratings, the sheets written and the notices", async () => {
    renderApp();
    await screen.findByText('Found: "CSC Data".');
    await click(screen.getByRole("button", { name: "Refresh scorecard" }));
    expect(await screen.findByText("Scorecard refreshed for May 2015")).toBeTruthy();
    expect(
      screen.getByText(/27 indicators: 3 Red, 4 Amber, 10 Green, 10 not rated\./)
    ).toBeTruthy();
    expect(screen.getByText(/left alone; the scorecard is in "Scorecard \(2\)"/)).toBeTruthy();
  });

  it("lists the issues most serious first and goes to a cell when asked", async () => {
    const goTo = jest.fn(() => Promise.resolve());
    renderApp({ goTo });
    await screen.findByText('Found: "CSC Data".');
    await click(screen.getByRole("button", { name: "Refresh scorecard" }));
    const items = await screen.findAllByRole("listitem");
    const issueTexts = items
      .map((li) => li.textContent ?? "")
      .filter((t) => t.includes("CSC Data'!"));
    expect(issueTexts[0]).toMatch(/^Error.*F7/);
    fireEvent.click(screen.getByRole("button", { name: "Go to CSC Data F7" }));
    expect(goTo).toHaveBeenCalledWith(expect.objectContaining({ sheet: "CSC Data", cell: "F7" }));
  });

  it("counts what a grouped issue stands for, not the entries listed", async () => {
    const grouped = {
      ...sheetIssue(
        "warning",
        "UNKNOWN_MEASURE",
        "CSC Data",
        "A53",
        "and more unknown labels like this one."
      ),
      count: 129_950,
    };
    renderApp({ refresh: () => Promise.resolve({ ...DONE, issues: [...DONE.issues, grouped] }) });
    await screen.findByText('Found: "CSC Data".');
    await click(screen.getByRole("button", { name: "Refresh scorecard" }));
    expect(await screen.findByText("129,952 things to check")).toBeTruthy();
  });

  it("shows a failed refresh as an error that says the previous scorecard is unchanged", async () => {
    renderApp({ refresh: () => Promise.reject(new Error("GeneralException")) });
    await screen.findByText('Found: "CSC Data".');
    await click(screen.getByRole("button", { name: "Refresh scorecard" }));
    expect(await screen.findByText("The scorecard was not refreshed")).toBeTruthy();
    expect(
      screen.getByText(/GeneralException\. The previous scorecard is unchanged\./)
    ).toBeTruthy();
  });

  it("says so when it cannot go to a cell", async () => {
    renderApp({ goTo: () => Promise.reject(new Error("The worksheet doesn't exist.")) });
    await screen.findByText('Found: "CSC Data".');
    await click(screen.getByRole("button", { name: "Refresh scorecard" }));
    await click(await screen.findByRole("button", { name: "Go to CSC Data F7" }));
    expect(
      await screen.findByText(/Could not go to CSC Data!F7: The worksheet doesn't exist\./)
    ).toBeTruthy();
  });

  it("looks again for the input sheets when asked", async () => {
    let names = ["Cover"];
    const read = jest.fn(() => Promise.resolve(names));
    renderApp({ readSheetNames: read });
    await screen.findByText(/Missing: add a sheet named "CSC Data"/);
    names = ["Cover", "CSC Data"];
    await click(screen.getByRole("button", { name: "Check again" }));
    expect(await screen.findByText('Found: "CSC Data".')).toBeTruthy();
  });
});
