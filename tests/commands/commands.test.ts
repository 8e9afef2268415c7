import workbook from "../../docs/example-workbook.json";
import { lastRefresh } from "../../src/excel/refresh/refresh-log";
import { createExcelModel, type ModelBatch, type ModelRunOptions } from "../support/excel-model";

/** The commands module as the shared runtime loads it: Office ready, Excel.run on the model. */
function loadCommands() {
  const model = createExcelModel();
  for (const sheet of workbook.sheets) model.addSheet(sheet.name, sheet.values);
  const associated = new Map<string, (event: Office.AddinCommands.Event) => void>();
  const runOptions: ModelRunOptions[] = [];
  Object.assign(globalThis, {
    Office: {
      onReady: (ready: () => void) => {
        ready();
        return Promise.resolve();
      },
      actions: {
        associate: (name: string, action: (event: Office.AddinCommands.Event) => void) =>
          associated.set(name, action),
      },
    },
    Excel: {
      run: (options: ModelRunOptions, batch: ModelBatch<unknown>) => {
        runOptions.push(options);
        return model.run(options, batch);
      },
    },
  });
  let commands: typeof import("../../src/commands/commands") | undefined;
  jest.isolateModules(() => {
    commands = jest.requireActual<typeof import("../../src/commands/commands")>(
      "../../src/commands/commands"
    );
  });
  return { model, associated, runOptions, commands: commands! };
}

afterEach(() => {
  Reflect.deleteProperty(globalThis, "Office");
  Reflect.deleteProperty(globalThis, "Excel");
});

describe("the ribbon's commands", () => {
  it("register the refresh and the function reference when Office is ready", () => {
    const { associated } = loadCommands();
    expect([...associated.keys()]).toEqual(["openFunctionReference", "refreshScorecard"]);
  });

  it("refresh the scorecard without the pane, waiting out cell edits, and leave the outcome for the pane", async () => {
    const { model, runOptions, commands } = loadCommands();
    const completed = jest.fn();
    await commands.refreshScorecard({ completed } as unknown as Office.AddinCommands.Event);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(runOptions).toEqual([{ delayForCellEdit: true }]);
    expect(model.workbook.sheetNames()).toContain("Scorecard");
    expect(lastRefresh()).toMatchObject({ source: "ribbon", outcome: { ok: true } });
  });
});
