/**
 * @jest-environment jsdom
 */
import * as React from "react";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../../src/taskpane/components/App";

function renderApp(readSheetNames: () => Promise<string[]>) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App readSheetNames={readSheetNames} />
    </FluentProvider>
  );
}

describe("the task pane", () => {
  it("says in words which input sheets it found and which are missing", async () => {
    renderApp(() => Promise.resolve(["Cover", "CSC Data"]));
    expect(await screen.findByText('Found: "CSC Data".')).toBeTruthy();
    expect(screen.getByText(/Not found: "CSC Comparators" is optional/)).toBeTruthy();
    expect(screen.getByText(/Not found: "CSC Settings" is optional/)).toBeTruthy();
  });

  it("tells the analyst how to add a missing data sheet", async () => {
    renderApp(() => Promise.resolve([]));
    expect(await screen.findByText(/Missing: add a sheet named "CSC Data"/)).toBeTruthy();
  });

  it("looks again when asked, and sees a sheet added since", async () => {
    let names = ["Cover"];
    const read = jest.fn(() => Promise.resolve(names));
    renderApp(read);
    await screen.findByText(/Missing: add a sheet named "CSC Data"/);
    names = ["Cover", "CSC Data"];
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Check again" }));
      await Promise.resolve();
    });
    expect(await screen.findByText('Found: "CSC Data".')).toBeTruthy();
    expect(read).toHaveBeenCalledTimes(2);
  });

  it("shows Excel's failure as an error message rather than an empty pane", async () => {
    renderApp(() => Promise.reject(new Error("The workbook is busy.")));
    expect(
      await screen.findByText(/Excel did not list the workbook's sheets: The workbook is busy\./)
    ).toBeTruthy();
  });
});
