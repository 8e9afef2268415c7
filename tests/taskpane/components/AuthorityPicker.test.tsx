/**
 * @jest-environment jsdom
 */
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { PaneWorkbook } from "../../../src/excel/pane/read-pane-workbook";
import { App } from "../../../src/taskpane/components/App";
import type { PaneSeams } from "../../../src/taskpane/model/pane-seams";
import { loadBenchmarks } from "../../../src/domain/benchmarks/load-benchmarks";
import { WORKBOOK, seams } from "./pane-fixtures";

async function settle(): Promise<void> {
  await act(async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  });
}

/** The fixture workbook with the Benchmark authority setting saying `text`. */
function withAuthority(text: string): PaneWorkbook {
  const settings = WORKBOOK.settings!;
  return {
    ...WORKBOOK,
    settings: { ...settings, values: [...settings.values, ["Benchmark authority", text]] },
  };
}

async function openPicker(overrides: Partial<PaneSeams> = {}): Promise<HTMLInputElement> {
  render(
    <FluentProvider theme={webLightTheme}>
      <App seams={seams(overrides)} initialView="settings" />
    </FluentProvider>
  );
  return screen.findByRole<HTMLInputElement>(
    "combobox",
    { name: /Benchmark authority/ },
    { timeout: 15_000 }
  );
}

/** Types into the combobox as a keyboard user does, and returns the options it then offers. */
function type(box: HTMLInputElement, text: string): string[] {
  fireEvent.keyDown(box, { key: text.slice(0, 1) });
  fireEvent.change(box, { target: { value: text } });
  return screen.getAllByRole("option").map((option) => option.textContent ?? "");
}

jest.setTimeout(30_000);

describe("the benchmark authority picker", () => {
  it.each([
    ["peter", "a name's start"],
    ["874", "the DfE code"],
    ["E06000031", "the ONS code"],
    ["e06000031", "the ONS code in lower case"],
  ])("finds Peterborough by %s (%s)", async (text) => {
    const box = await openPicker();
    expect(type(box, text)[0]).toBe("Peterborough (874, East of England)");
  });

  it("offers only authorities: England and the regions are not ours to choose", async () => {
    const data = await loadBenchmarks();
    const notOurs = data.dataset.areas.filter((area) => area.level !== "la");
    expect(notOurs.map((area) => area.name)).toEqual(
      expect.arrayContaining(["England", "East of England", "London"])
    );
    const box = await openPicker();
    for (const area of notOurs) {
      const offered = type(box, area.name);
      expect(offered.filter((label) => label.startsWith(`${area.name} (`))).toEqual([]);
    }
  });

  it("says so when nothing matches", async () => {
    const box = await openPicker();
    expect(type(box, "Atlantis")).toEqual(['No English authority matches "Atlantis".']);
  });

  it("writes the chosen authority's code to the settings sheet once", async () => {
    const writeSetting = jest.fn(() => Promise.resolve());
    const box = await openPicker({ writeSetting });
    type(box, "874");
    fireEvent.click(screen.getByRole("option", { name: "Peterborough (874, East of England)" }));
    await settle();
    expect(writeSetting).toHaveBeenCalledTimes(1);
    expect(writeSetting).toHaveBeenCalledWith("authority", "874");
    expect(await screen.findByText(/Saved to the settings sheet/)).toBeTruthy();
  });

  it("is chosen by keyboard: type a code, arrow down to it, Enter", async () => {
    const writeSetting = jest.fn(() => Promise.resolve());
    const box = await openPicker({ writeSetting });
    type(box, "E06000031");
    fireEvent.keyDown(box, { key: "ArrowDown" });
    fireEvent.keyDown(box, { key: "Enter" });
    await settle();
    expect(writeSetting).toHaveBeenCalledTimes(1);
    expect(writeSetting).toHaveBeenCalledWith("authority", "874");
  });

  it("shows the authority in use with its code, and writes nothing when it is chosen again", async () => {
    const writeSetting = jest.fn(() => Promise.resolve());
    // The sheet names it by ONS code: choosing it by name is no change.
    const box = await openPicker({
      writeSetting,
      readWorkbook: () => Promise.resolve(withAuthority("E06000031")),
    });
    expect(await screen.findByText(/^In use: Peterborough \(874\)\./)).toBeTruthy();
    expect(box.value).toBe("Peterborough (874, East of England)");
    type(box, "Peterborough");
    fireEvent.click(screen.getByRole("option", { name: "Peterborough (874, East of England)" }));
    await settle();
    expect(writeSetting).not.toHaveBeenCalled();
  });

  it("clears the setting, and offers no clearing when there is nothing to clear", async () => {
    const writeSetting = jest.fn(() => Promise.resolve());
    await openPicker({ writeSetting, readWorkbook: () => Promise.resolve(withAuthority("874")) });
    await screen.findByText(/^In use: Peterborough/);
    fireEvent.click(screen.getByRole("button", { name: /^Clear benchmark authority/ }));
    await settle();
    expect(writeSetting).toHaveBeenCalledTimes(1);
    expect(writeSetting).toHaveBeenCalledWith("authority", "");
  });

  it("says that none is in use, and Clear does nothing then", async () => {
    const writeSetting = jest.fn(() => Promise.resolve());
    await openPicker({ writeSetting });
    expect(
      await screen.findByText(/^None: only the figures typed in the comparators sheet/)
    ).toBeTruthy();
    const clear = screen.getByRole("button", { name: /^Clear benchmark authority/ });
    expect(clear.getAttribute("aria-disabled")).toBe("true");
    fireEvent.click(clear);
    await settle();
    expect(writeSetting).not.toHaveBeenCalled();
  });

  it.each([
    [
      "909",
      "Cumbria",
      /Cumbria \(909\) was replaced by Cumberland \(942\) and Westmorland and Furness \(943\)/,
    ],
    ["928", "Northamptonshire", /Northamptonshire \(928\) was replaced by North Northamptonshire/],
    ["942", "Cumberland", /Cumbria \(909\) was replaced by Cumberland/],
  ])("shows the reorganisation note when %s (%s) is chosen", async (code, name, note) => {
    await openPicker({ readWorkbook: () => Promise.resolve(withAuthority(code)) });
    expect(await screen.findByText(new RegExp(`^In use: ${name} \\(${code}\\)`))).toBeTruthy();
    expect(screen.getByText(note)).toBeTruthy();
  });

  it("lists a replaced authority as replaced", async () => {
    const box = await openPicker();
    expect(type(box, "Cumbria")).toContain("Cumbria (909, North West, replaced)");
  });

  it("warns when the settings sheet names a region or something unknown", async () => {
    await openPicker({ readWorkbook: () => Promise.resolve(withAuthority("England")) });
    expect(
      await screen.findByText(/The settings sheet says "England": England is not a local authority/)
    ).toBeTruthy();
    screen.getByRole("combobox", { name: /Benchmark authority/ });
  });

  it("names the combobox by its visible label, and describes it by its hint", async () => {
    const box = await openPicker();
    const label = screen.getByText("Benchmark authority", { selector: "label" });
    expect(label.getAttribute("for")).toBe(box.id);
    expect(screen.getByRole("combobox", { name: "Benchmark authority" })).toBe(box);
    const hint = box.getAttribute("aria-describedby") ?? "";
    expect(hint).not.toBe("");
    expect(document.getElementById(hint.split(" ")[0]!)?.textContent).toMatch(/DfE code/);
  });

  it("says so in words when the dataset cannot be loaded", async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <App
          seams={seams({ loadBenchmarks: () => Promise.reject(new Error("chunk failed")) })}
          initialView="settings"
        />
      </FluentProvider>
    );
    const field = await screen.findByText(
      "The built-in benchmarks could not be loaded: chunk failed",
      undefined,
      { timeout: 15_000 }
    );
    expect(within(field.parentElement!).queryByRole("combobox")).toBeNull();
  });

  it("shows the new choice, never the old, until the settings sheet has been read again", async () => {
    let reads = 0;
    let finishReading: () => void = () => undefined;
    const readWorkbook = () => {
      reads++;
      if (reads === 1) return Promise.resolve(WORKBOOK);
      return new Promise<PaneWorkbook>((resolve) => {
        finishReading = () => resolve(withAuthority("874"));
      });
    };
    const box = await openPicker({ readWorkbook, writeSetting: () => Promise.resolve() });
    type(box, "874");
    fireEvent.click(screen.getByRole("option", { name: "Peterborough (874, East of England)" }));
    await settle();
    // Written, not yet read back: still saving, and the box says what was chosen.
    expect(reads).toBe(2);
    screen.getByText("Saving to the settings sheet…");
    expect(box.value).toBe("Peterborough (874, East of England)");
    expect(screen.queryByText(/Saved to the settings sheet/)).toBeNull();
    await act(async () => {
      finishReading();
      for (let i = 0; i < 5; i++) await Promise.resolve();
    });
    expect(await screen.findByText(/^In use: Peterborough \(874\)/)).toBeTruthy();
    expect(box.value).toBe("Peterborough (874, East of England)");
    expect(screen.queryByText("Saving to the settings sheet…")).toBeNull();
    screen.getByText(/Saved to the settings sheet: Benchmark authority, Peterborough/);
  });

  /**
   * What a live region says: its text, or for Fluent's announcer the innerText it gives the span
   * it puts in the region (which jsdom keeps as a property, not as text).
   */
  function regionText(region: Element): string {
    const spans = Array.from(region.children).map((child) => (child as HTMLElement).innerText);
    return `${region.textContent ?? ""} ${spans.filter((text) => text !== undefined).join(" ")}`;
  }

  /** The live regions on the page whose text includes `text`. */
  function liveRegionsSaying(text: string | RegExp): Element[] {
    return Array.from(
      document.querySelectorAll("[aria-live], [role=status], [role=alert], [role=log]")
    ).filter((region) =>
      typeof text === "string" ? regionText(region).includes(text) : text.test(regionText(region))
    );
  }

  it("has a reorganisation note read out by screen readers (Fluent's MessageBar announces)", async () => {
    await openPicker({ readWorkbook: () => Promise.resolve(withAuthority("909")) });
    const note = await screen.findByText(/Cumbria \(909\) was replaced by Cumberland/);
    // Not in a live region of its own: it is the announcer that reads it.
    expect(note.closest("[aria-live], [role=status], [role=alert]")).toBeNull();
    await waitFor(() =>
      expect(liveRegionsSaying(/Cumbria \(909\) was replaced by Cumberland/)).toHaveLength(1)
    );
  });

  it("has a saved setting's note read out once, not by two live regions", async () => {
    await openPicker({ writeSetting: () => Promise.resolve() });
    const box = screen.getByRole<HTMLInputElement>("combobox", { name: /Benchmark authority/ });
    type(box, "874");
    fireEvent.click(screen.getByRole("option", { name: "Peterborough (874, East of England)" }));
    await settle();
    const note = await screen.findByText(/^Saved to the settings sheet/);
    expect(note.closest("[aria-live], [role=status], [role=alert]")).toBeNull();
    await waitFor(() => expect(liveRegionsSaying("Saved to the settings sheet")).toHaveLength(1));
  });
});
