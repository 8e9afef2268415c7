/**
 * @jest-environment jsdom
 */
import path from "node:path";
import * as React from "react";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { App } from "../../../src/taskpane/components/App";
import { FunctionsView } from "../../../src/taskpane/components/FunctionsView";
import { OutsideExcel } from "../../../src/taskpane/components/OutsideExcel";
import { paneLocation } from "../../../src/taskpane/model/pane-location";
import { seams } from "./pane-fixtures";

const SOURCE = path.resolve(__dirname, "../../../src/functions/functions.ts");

function inProvider(element: React.JSX.Element) {
  return render(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);
}

/** Navigates within the page as a help link opened in the pane's window does. */
async function goTo(hash: string): Promise<void> {
  await act(async () => {
    window.location.hash = hash;
    // jsdom fires hashchange as a task of its own.
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

jest.setTimeout(60_000);

afterEach(() => {
  window.history.replaceState(null, "", window.location.pathname);
});

describe("the functions' help links", () => {
  let helpUrls: Array<{ id: string; url: string }>;
  beforeAll(async () => {
    // The help URLs as Excel gets them: functions.json, generated from the JSDoc as the build does.
    const result = await generateCustomFunctionsMetadata([SOURCE], true);
    expect(result.errors).toEqual([]);
    const metadata = JSON.parse(result.metadataJson) as {
      functions: Array<{ id: string; helpUrl?: string }>;
    };
    helpUrls = metadata.functions.map((fn) => ({ id: fn.id, url: fn.helpUrl ?? "" }));
  }, 60_000);

  it("each land on the task pane's Functions page, on an anchor that page has", () => {
    expect(helpUrls.length).toBeGreaterThan(15);
    const { container } = inProvider(<FunctionsView />);
    for (const { id, url } of helpUrls) {
      const link = new URL(url);
      expect(link.pathname).toBe("/taskpane.html");
      const location = paneLocation(link.hash);
      expect(location.view).toBe("functions");
      const target = container.querySelector(`[id="${location.anchor ?? ""}"]`);
      expect(target?.querySelector("h3")?.textContent).toBe(`CSC.${id}`);
    }
  });

  it("open the Functions page with the function in focus when the pane starts at one", async () => {
    window.history.replaceState(null, "", "#functions/csc-rag");
    inProvider(<App seams={seams()} />);
    expect(screen.getByRole("tab", { name: "Functions" }).getAttribute("aria-selected")).toBe(
      "true"
    );
    await waitFor(() => expect(document.activeElement?.id).toBe("csc-rag"));
    expect(within(document.activeElement as HTMLElement).getByText("CSC.RAG")).toBeTruthy();
  });

  it("follow a hash change while the pane is open", async () => {
    inProvider(<App seams={seams()} />);
    expect(await screen.findByRole("button", { name: "Refresh scorecard" })).toBeTruthy();
    await goTo("#functions/csc-dot");
    expect(screen.getByRole("heading", { name: "Worksheet functions" })).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.id).toBe("csc-dot"));
    await goTo("#functions/csc-ytd");
    await waitFor(() => expect(document.activeElement?.id).toBe("csc-ytd"));
    await goTo("#about");
    expect(screen.getByRole("heading", { name: "About CSC Scorecard" })).toBeTruthy();
  });

  it("ignore an address that names no page", async () => {
    window.history.replaceState(null, "", "#csc-rag");
    inProvider(<App seams={seams()} />);
    expect(screen.getByRole("tab", { name: "Scorecard" }).getAttribute("aria-selected")).toBe(
      "true"
    );
    expect(await screen.findByRole("button", { name: "Refresh scorecard" })).toBeTruthy();
  });

  it.each(["not-excel", "unreachable"] as const)(
    "show the Functions page in a plain browser window (%s), saying it works inside Excel",
    async (reason) => {
      window.history.replaceState(null, "", "#functions/csc-workingdays");
      inProvider(<OutsideExcel reason={reason} />);
      expect(screen.getByRole("heading", { name: "Worksheet functions" })).toBeTruthy();
      expect(screen.getByText(/These functions work inside Excel/)).toBeTruthy();
      expect(screen.queryByRole("alert")).toBeNull();
      await waitFor(() => expect(document.activeElement?.id).toBe("csc-workingdays"));
    }
  );

  it("leave any other page outside Excel saying why it cannot work", () => {
    inProvider(<OutsideExcel reason="not-excel" />);
    expect(screen.getByRole("alert").textContent).toMatch(/Open this pane in Excel/);
    expect(screen.queryByRole("heading", { name: "Worksheet functions" })).toBeNull();
  });
});

describe("paneLocation", () => {
  it("reads a page and a function's anchor, and nothing else", () => {
    expect(paneLocation("#functions/csc-rateper10k")).toEqual({
      view: "functions",
      anchor: "csc-rateper10k",
    });
    expect(paneLocation("#Functions")).toEqual({ view: "functions", anchor: undefined });
    expect(paneLocation("#settings")).toEqual({ view: "settings", anchor: undefined });
    expect(paneLocation("")).toEqual({ view: undefined, anchor: undefined });
    expect(paneLocation("#csc-rag")).toEqual({ view: undefined, anchor: undefined });
    expect(paneLocation("#functions/%E0")).toEqual({ view: "functions", anchor: "%E0" });
  });
});
