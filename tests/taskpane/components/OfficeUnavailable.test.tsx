/**
 * @jest-environment jsdom
 */
import * as React from "react";
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { OfficeUnavailable } from "../../../src/taskpane/components/OfficeUnavailable";
import { officeStart } from "../../../src/taskpane/boot/office-ready";

describe("a pane that cannot reach Office", () => {
  it("says in words that office.js could not load", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <OfficeUnavailable reason="unreachable" />
      </FluentProvider>
    );
    expect(screen.getByRole("alert").textContent).toMatch(/Office could not be reached.*offline/);
  });

  it("knows office.js did not load, did not answer, or is not in Excel", async () => {
    const office = (host: unknown, answer = true) => ({
      HostType: { Excel: "Excel" },
      onReady: () =>
        answer ? Promise.resolve({ host }) : new Promise<{ host: unknown }>(() => undefined),
    });
    expect(await officeStart(undefined, 10)).toEqual({ ok: false, reason: "unreachable" });
    expect(await officeStart(office("Excel", false), 10)).toEqual({
      ok: false,
      reason: "no-answer",
    });
    expect(await officeStart(office(null), 10)).toEqual({ ok: false, reason: "not-excel" });
    expect(await officeStart(office("Excel"), 10)).toEqual({ ok: true });
  });
});
