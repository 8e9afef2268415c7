/**
 * @jest-environment jsdom
 */
import * as React from "react";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../../src/taskpane/components/App";
import type { PaneSeams } from "../../../src/taskpane/model/pane-seams";
import { seams } from "./pane-fixtures";

async function settle(): Promise<void> {
  await act(async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  });
}

async function openSettings(overrides: Partial<PaneSeams> = {}) {
  render(
    <FluentProvider theme={webLightTheme}>
      <App seams={seams(overrides)} initialView="settings" />
    </FluentProvider>
  );
  await screen.findByRole("heading", { name: "Settings" }, { timeout: 10_000 });
}

jest.setTimeout(30_000);

describe("the settings page", () => {
  it("shows what the settings sheet says", async () => {
    await openSettings();
    expect(screen.getByRole("combobox", { name: /Data sheet/ }).textContent).toContain("CSC Data");
    expect(screen.getByRole("combobox", { name: /Reporting month/ }).textContent).toContain(
      "Latest (May 2015)"
    );
    expect(screen.getByRole<HTMLInputElement>("textbox", { name: /Local authority/ }).value).toBe(
      "Peterborough"
    );
    expect(screen.getByRole<HTMLInputElement>("switch").checked).toBe(false);
  });

  it("offers the months with figures, latest first, and writes the one chosen", async () => {
    const writeSetting = jest.fn(() => Promise.resolve());
    await openSettings({ writeSetting });
    fireEvent.click(screen.getByRole("combobox", { name: /Reporting month/ }));
    const options = screen.getAllByRole("option").map((option) => option.textContent);
    expect(options).toEqual(["Latest (May 2015)", "May 2015", "April 2015"]);
    fireEvent.click(screen.getByRole("option", { name: "April 2015" }));
    await settle();
    expect(writeSetting).toHaveBeenCalledWith("reportingMonth", "2015-04");
    expect(await screen.findByText(/Saved to the settings sheet/)).toBeTruthy();
  });

  it("offers only the workbook's own sheets as the data sheet", async () => {
    await openSettings();
    fireEvent.click(screen.getByRole("combobox", { name: /Data sheet/ }));
    expect(screen.getAllByRole("option").map((option) => option.textContent)).toEqual([
      "Cover",
      "CSC Data",
    ]);
  });

  it("writes nothing until the analyst changes something", async () => {
    const writeSetting = jest.fn(() => Promise.resolve());
    await openSettings({ writeSetting });
    const authority = screen.getByRole("textbox", { name: /Local authority/ });
    fireEvent.blur(authority);
    fireEvent.click(screen.getByRole("combobox", { name: /RAG basis/ }));
    fireEvent.click(screen.getByRole("option", { name: "Each indicator's default" }));
    await settle();
    expect(writeSetting).not.toHaveBeenCalled();
  });

  it("writes the authority, the RAG basis and suppression in words the settings sheet reads", async () => {
    const writeSetting = jest.fn(() => Promise.resolve());
    await openSettings({ writeSetting });
    const authority = screen.getByRole("textbox", { name: /Local authority/ });
    fireEvent.change(authority, { target: { value: "Sample Borough " } });
    fireEvent.keyDown(authority, { key: "Enter" });
    await settle();
    expect(writeSetting).toHaveBeenLastCalledWith("localAuthority", "Sample Borough");
    await screen.findByText(/Saved to the settings sheet: Local authority, Sample Borough\./);
    fireEvent.click(screen.getByRole("combobox", { name: /RAG basis/ }));
    fireEvent.click(screen.getByRole("option", { name: "Stat neighbours" }));
    await settle();
    expect(writeSetting).toHaveBeenLastCalledWith("ragBasis", "Stat neighbours");
    await screen.findByText(/Saved to the settings sheet: RAG basis, Stat neighbours\./);
    fireEvent.click(screen.getByRole("switch"));
    await settle();
    expect(writeSetting).toHaveBeenLastCalledWith("suppression", "yes");
  });

  it("says in words when a setting could not be saved", async () => {
    await openSettings({
      writeSetting: () => Promise.reject(new Error("The sheet is protected.")),
    });
    fireEvent.click(screen.getByRole("switch"));
    await settle();
    expect(
      await screen.findByText("The setting was not saved: The sheet is protected.")
    ).toBeTruthy();
  });

  it("says which setting was saved, on the Settings page only", async () => {
    await openSettings();
    fireEvent.click(screen.getByRole("combobox", { name: /Reporting month/ }));
    fireEvent.click(screen.getByRole("option", { name: "April 2015" }));
    await settle();
    expect(
      await screen.findByText(
        "Saved to the settings sheet: Reporting month, April 2015. Refresh to see it in the scorecard."
      )
    ).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "Scorecard" }));
    await screen.findByRole("button", { name: "Refresh scorecard" });
    expect(screen.queryByText(/Saved to the settings sheet/)).toBeNull();
    // Nor is it there, stale, on coming back.
    fireEvent.click(screen.getByRole("tab", { name: "Settings" }));
    await screen.findByRole("heading", { name: "Settings" });
    expect(screen.queryByText(/Saved to the settings sheet/)).toBeNull();
  });

  it("keeps the controls enabled to the browser while saving, taking no input until it is done", async () => {
    let finish: () => void = () => undefined;
    const writeSetting = jest.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    await openSettings({ writeSetting });
    const month = screen.getByRole("combobox", { name: /Reporting month/ });
    fireEvent.click(month);
    fireEvent.click(screen.getByRole("option", { name: "April 2015" }));
    await settle();
    screen.getByText("Saving to the settings sheet…");
    // Disabled, a focused control would lose the keyboard focus (tests/browser/pane-access.test.ts).
    const fields = [
      month,
      screen.getByRole("combobox", { name: /Data sheet/ }),
      screen.getByRole("combobox", { name: /RAG basis/ }),
      screen.getByRole("switch"),
    ];
    for (const field of fields) {
      expect({ field: field.id, disabled: (field as HTMLInputElement).disabled }).toEqual({
        field: field.id,
        disabled: false,
      });
      expect(field.getAttribute("aria-disabled")).toBe("true");
    }
    const authority = screen.getByRole<HTMLInputElement>("textbox", { name: /Local authority/ });
    expect(authority.disabled).toBe(false);
    expect(authority.readOnly).toBe(true);
    fireEvent.click(screen.getByRole("switch"));
    fireEvent.click(screen.getByRole("combobox", { name: /RAG basis/ }));
    fireEvent.click(screen.getByRole("option", { name: "Stat neighbours" }));
    await settle();
    expect(writeSetting).toHaveBeenCalledTimes(1);
    await act(async () => {
      finish();
      for (let i = 0; i < 5; i++) await Promise.resolve();
    });
    await waitFor(() => expect(screen.queryByText("Saving to the settings sheet…")).toBeNull());
    expect(month.getAttribute("aria-disabled")).not.toBe("true");
  });
});
