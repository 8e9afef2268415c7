/**
 * A stand-in for office.js in the browser tests: the pane's production build loads it from
 * Office's script address (the test routes that request here), and it runs the strict Excel model
 * (tests/support/excel-model) in the page. It gives the pane exactly what Office gives an Excel
 * add-in: `Office.onReady`, `Office.context.officeTheme`, `Excel.run`, `CustomFunctions.associate`.
 * A test configures it before the page loads (window.__CSC_STAND_IN__) and inspects the workbook
 * afterwards through window.__excelModel.
 */
import { createExcelModel, type ExcelModel, type SeedValue } from "../../support/excel-model";

export interface StandInConfig {
  /** Office's theme colours, as Office.context.officeTheme gives them. */
  readonly theme?: {
    readonly bodyBackgroundColor: string;
    readonly bodyForegroundColor: string;
    readonly controlBackgroundColor: string;
    readonly controlForegroundColor: string;
  };
  /** Sheets to seed the workbook with, in tab order; one empty "Sheet1" when none. */
  readonly sheets?: ReadonlyArray<{ readonly name: string; readonly values: SeedValue[][] }>;
  /** Milliseconds each sync takes, so that a test sees the progress of a refresh. */
  readonly syncDelayMs?: number;
}

type OfficeTheme = NonNullable<StandInConfig["theme"]>;

declare global {
  interface Window {
    __CSC_STAND_IN__?: StandInConfig;
    __excelModel?: ExcelModel;
    /**
     * The analyst picks another Office theme (File > Account > Office Theme) while the pane is
     * open: Excel changes Office.context.officeTheme in place (office-js#713), and a host that
     * supports Office.EventType.OfficeThemeChanged calls its handlers with the new theme
     * (https://learn.microsoft.com/javascript/api/outlook/office.officethemechangedeventargs).
     * `fireEvent: false` changes the theme only, as Excel does with no event to tell the pane.
     */
    __changeOfficeTheme?: (theme: OfficeTheme, options?: { fireEvent?: boolean }) => void;
  }
}

const config: StandInConfig = window.__CSC_STAND_IN__ ?? {};
const model = createExcelModel();
for (const sheet of config.sheets ?? [{ name: "Sheet1", values: [] }]) {
  model.addSheet(sheet.name, sheet.values);
}
model.resetCounters();
window.__excelModel = model;

const delay = config.syncDelayMs ?? 0;
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, delay));

/**
 * Each batch's syncs take `syncDelayMs`, as a round trip to Excel does. The context is wrapped, not
 * changed: the strict model would record a property set on it as an operation.
 */
function slowed<C extends { sync(): Promise<void> }>(context: C): C {
  if (delay === 0) return context;
  return new Proxy(context, {
    get(target, property, receiver) {
      if (property === "sync") {
        return async () => {
          await pause();
          await target.sync();
        };
      }
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}

const LIGHT = {
  bodyBackgroundColor: "#FFFFFF",
  bodyForegroundColor: "#000000",
  controlBackgroundColor: "#FFFFFF",
  controlForegroundColor: "#000000",
};

type Batch = (context: unknown) => Promise<unknown>;
const excel = {
  run(first: object | Batch, second?: Batch): Promise<unknown> {
    const [options, batch] = typeof first === "function" ? [{}, first] : [first, second];
    if (batch === undefined) throw new Error("Excel.run needs a batch");
    return model.run(options, (context) => batch(slowed(context)));
  },
};

class CustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string
  ) {
    super(message);
  }
}

const officeTheme: OfficeTheme = { ...(config.theme ?? LIGHT) };
type ThemeHandler = (event: { type: string; officeTheme: OfficeTheme }) => void;
const themeHandlers: ThemeHandler[] = [];

const office = {
  HostType: { Excel: "Excel" },
  EventType: { OfficeThemeChanged: "officeThemeChanged" },
  PlatformType: { OfficeOnline: "OfficeOnline" },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  context: {
    officeTheme,
    document: {
      addHandlerAsync(
        eventType: string,
        handler: ThemeHandler,
        callback?: (result: { status: string }) => void
      ): void {
        if (eventType === "officeThemeChanged") themeHandlers.push(handler);
        callback?.({ status: eventType === "officeThemeChanged" ? "succeeded" : "failed" });
      },
    },
    diagnostics: { version: "16.0.0.0", platform: "OfficeOnline" },
    requirements: { isSetSupported: () => true },
    ui: {
      displayDialogAsync(_url: string, _options: object, callback: (result: object) => void) {
        callback({ status: "failed", error: { message: "no dialogs in the stand-in" } });
      },
    },
  },
  actions: { associate: (): void => undefined },
  onReady(callback?: (info: object) => void): Promise<object> {
    const info = { host: "Excel", platform: "OfficeOnline" };
    return new Promise((resolve) =>
      setTimeout(() => {
        callback?.(info);
        resolve(info);
      }, 0)
    );
  },
};

window.__changeOfficeTheme = (theme, options) => {
  Object.assign(officeTheme, theme);
  if (options?.fireEvent === false) return;
  for (const handler of themeHandlers)
    handler({ type: "officeThemeChanged", officeTheme: { ...theme } });
};

Object.assign(window, {
  Office: office,
  Excel: excel,
  CustomFunctions: {
    associate: (): void => undefined,
    Error: CustomFunctionsError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
  },
});
