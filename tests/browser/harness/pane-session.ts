import type { BrowserContext } from "playwright-core";
import { CONTENT_SECURITY_POLICY } from "../../../webpack.config.js";
import { NOW } from "./pane-checks";
import { launchChromium, openPane, type PaneOptions } from "./pane-page";
import { browserBuild, type BrowserBuild } from "./production-build";
import { serveFolder, type StaticServer } from "./static-server";

/** What a browser test suite opens panes with, once its beforeAll has run. */
export interface PaneSession {
  /** A new pane page at NOW (unless the options say otherwise), office.js routed to the stand-in. */
  open(options: PaneOptions): ReturnType<typeof openPane>;
  /** The origin the production build is served from, with the pane's CSP as a header. */
  origin(): string;
}

/**
 * Every browser suite's set-up in one place: the production build (or BROWSER_TEST_DIST's), served
 * on localhost with the pane's Content-Security-Policy, and one Debian Chromium for the suite's
 * pages, closed after it. Call it at the top of a test file.
 * @example const pane = paneSession(); it("…", async () => { const { page } = await pane.open({ width: 320 }); });
 */
export function paneSession(): PaneSession {
  let build: BrowserBuild | undefined;
  let server: StaticServer | undefined;
  let chrome: { browser: BrowserContext; close(): Promise<void> } | undefined;

  beforeAll(async () => {
    build = await browserBuild();
    server = await serveFolder(build.dist, CONTENT_SECURITY_POLICY);
    chrome = await launchChromium();
  }, 600_000);

  afterAll(async () => {
    await chrome?.close();
    await server?.close();
  });

  const ready = () => {
    if (build === undefined || server === undefined || chrome === undefined)
      throw new Error("paneSession used before its beforeAll ran");
    return { build, server, chrome };
  };
  return {
    open(options) {
      const { build, server, chrome } = ready();
      return openPane(chrome.browser, server.origin, build.standIn, { now: NOW, ...options });
    },
    origin: () => ready().server.origin,
  };
}
