import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import type { StandInConfig } from "../stand-in/office-stand-in";

/** Debian's Chromium (`apt-get install chromium`; .ci/run installs it). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Office's script address: the only request the pane may make that is not to its own origin. */
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Flags headless Chromium needs on a CI machine with no display, GPU or network. */
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

export async function launchChromium(): Promise<{
  browser: BrowserContext;
  close(): Promise<void>;
}> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: install Debian's (apt-get install chromium), as .ci/run does, or set CHROMIUM_PATH.`
    );
  }
  const profile = mkdtempSync(path.join(tmpdir(), "csc-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 350, height: 700 },
  });
  return { browser: context, close: () => context.close() };
}

/** What a page did that the product must never do. */
export interface PageWatch {
  /** Requests to anywhere but the pane's own origin and office.js. */
  readonly foreignRequests: string[];
  /** Content-Security-Policy violations the page reported. */
  readonly cspViolations: string[];
  /** Uncaught errors in the page. */
  readonly pageErrors: string[];
}

export interface PaneOptions {
  /** The pane's width in CSS pixels (Office's pane width divided by the zoom). */
  readonly width: number;
  readonly height?: number;
  /**
   * Device pixels per CSS pixel: Office's 350 px pane at 200 % zoom (Windows display scaling or
   * the browser's zoom in Excel on the web) is 175 CSS pixels wide, drawn at 2.
   */
  readonly deviceScaleFactor?: number;
  readonly standIn?: StandInConfig;
  /** Whether office.js loads (routed to the stand-in) or fails as it does offline. */
  readonly officeJs?: "stand-in" | "unreachable";
  readonly colorScheme?: "light" | "dark";
  readonly forcedColors?: "active" | "none";
  /** The page's clock, so that a refresh's "now" is the same on every run. */
  readonly now?: Date;
}

/**
 * Opens the production build's taskpane.html in a new page of `context`, office.js routed to the
 * stand-in (or failing), watching every request and CSP violation.
 */
export async function openPane(
  context: BrowserContext,
  origin: string,
  standInFile: string,
  options: PaneOptions
): Promise<{ page: Page; watch: PageWatch }> {
  const page = await context.newPage();
  await page.setViewportSize({ width: options.width, height: options.height ?? 700 });
  if (options.deviceScaleFactor !== undefined) {
    // The shared (persistent) context has one scale for all its pages: set this page's through
    // Chrome's own emulation, which Playwright's viewport is a front for.
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setDeviceMetricsOverride", {
      width: options.width,
      height: options.height ?? 700,
      deviceScaleFactor: options.deviceScaleFactor,
      mobile: false,
    });
  }
  await page.emulateMedia({
    colorScheme: options.colorScheme ?? "light",
    forcedColors: options.forcedColors ?? "none",
    reducedMotion: "reduce",
  });
  if (options.now !== undefined) await page.clock.setFixedTime(options.now);
  const watch: PageWatch = { foreignRequests: [], cspViolations: [], pageErrors: [] };
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && url !== OFFICE_JS && !url.startsWith("data:")) {
      watch.foreignRequests.push(url);
    }
  });
  page.on("pageerror", (error) => watch.pageErrors.push(error.message));
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) watch.cspViolations.push(message.text());
  });
  await page.exposeFunction("__reportCspViolation", (text: string) =>
    watch.cspViolations.push(text)
  );
  await page.addInitScript((config) => {
    const win = window as unknown as {
      __CSC_STAND_IN__?: unknown;
      __reportCspViolation: (text: string) => void;
    };
    win.__CSC_STAND_IN__ = config;
    document.addEventListener("securitypolicyviolation", (event) =>
      win.__reportCspViolation(`${event.violatedDirective} blocked ${event.blockedURI}`)
    );
  }, options.standIn ?? {});
  const standIn = readFileSync(standInFile, "utf8");
  await page.route(OFFICE_JS, (route) =>
    options.officeJs === "unreachable"
      ? route.abort("internetdisconnected")
      : route.fulfill({ status: 200, contentType: "text/javascript", body: standIn })
  );
  // Anything else off this machine fails as it would offline (and is recorded above).
  await page.route(
    (url) => !url.href.startsWith(origin) && url.href !== OFFICE_JS,
    (route) => route.abort("internetdisconnected")
  );
  await page.goto(new URL("taskpane.html", origin).toString());
  return { page, watch };
}

/**
 * Every element drawn on the page whose box reaches outside the viewport's width, and whether
 * the page scrolls sideways: a pane that fits has neither.
 */
export async function clippedElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width + 1) {
      found.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    }
    for (const element of Array.from(document.body.querySelectorAll("*"))) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const style = getComputedStyle(element);
      if (style.visibility === "hidden" || style.display === "none") continue;
      // Visually hidden on purpose, for screen readers only (Fluent's AriaLiveAnnouncer region,
      // clipped to nothing and drawn at -1 px).
      if (style.clip === "rect(0px, 0px, 0px, 0px)") continue;
      if (box.left < -0.5 || box.right > width + 0.5) {
        const text = (element.textContent ?? "").trim().slice(0, 40);
        found.push(
          `<${element.tagName.toLowerCase()} class="${element.className.toString().slice(0, 30)}"> "${text}" spans ${Math.round(box.left)}–${Math.round(box.right)} of ${width}`
        );
      }
    }
    return found;
  });
}

/** Axe's serious and critical violations on the page as it is now, one line each. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  // Fluent UI's focus manager (Tabster) puts aria-hidden focus sentinels ("dummy inputs") at the
  // edges of the tab list and other focus groups: they pass focus straight on and are never read,
  // so axe's aria-hidden-focus rule does not apply to them (microsoft/tabster#288, microsoft/fluentui#25133).
  const results = await new AxeBuilder({ page }).exclude("[data-tabster-dummy]").analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(" "))
          .join(", ")}`
    );
}

export type { Browser, Page };
